namespace Ingest.Catalog;

/// <summary>A finding of the text comparison: the document at <paramref name="Ordinal"/> of a file reads as the original plan's text.</summary>
/// <param name="Ordinal">The document's position in its file.</param>
/// <param name="OriginalPlanId">The plan of an earlier file its text matches.</param>
/// <param name="Similarity">Word-shingle Jaccard similarity of the two texts, 0–1.</param>
public sealed record TextDuplicate(int Ordinal, long OriginalPlanId, double Similarity);
