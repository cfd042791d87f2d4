using Ingest.Extraction;

namespace Ingest.Evaluation;

/// <summary>A reference matches on its number (as the key every way of typing it shares).</summary>
public sealed class ExtractionReferenceRule : IExtractionRule<Reference>
{
    /// <inheritdoc />
    public double? Similarity(Reference gold, Reference predicted) =>
        DocumentNumber.Key(gold.Number) == DocumentNumber.Key(predicted.Number) ? 1 : null;
}
