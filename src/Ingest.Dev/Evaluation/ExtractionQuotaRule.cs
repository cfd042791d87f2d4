using Ingest.Extraction;

namespace Ingest.Evaluation;

/// <summary>A quota matches on its holder(s) (case, marks and order aside), count and unit.</summary>
public sealed class ExtractionQuotaRule : IExtractionRule<Quota>
{
    /// <inheritdoc />
    public double? Similarity(Quota gold, Quota predicted) =>
        gold.Count == predicted.Count
        && ExtractionText.Normalise(gold.Unit) == ExtractionText.Normalise(predicted.Unit)
        && Holders(gold).SetEquals(Holders(predicted))
            ? 1
            : null;

    private static HashSet<string> Holders(Quota q) => [.. q.Holder.Select(ExtractionText.Normalise)];
}
