using Ingest.Extraction;

namespace Ingest.Evaluation;

/// <summary>
/// A target matches on comparator, value and unit; among several such, the one whose indicator
/// overlaps most is paired.
/// </summary>
public sealed class ExtractionTargetRule : IExtractionRule<Target>
{
    /// <inheritdoc />
    public double? Similarity(Target gold, Target predicted) =>
        gold.Comparator == predicted.Comparator && gold.Value == predicted.Value
        && ExtractionText.Normalise(gold.Unit) == ExtractionText.Normalise(predicted.Unit)
            ? ExtractionText.Overlap(gold.Indicator, predicted.Indicator)
            : null;
}
