namespace Ingest.Evaluation;

/// <summary>
/// One real file of the extraction development set (<c>corpus/records/manifest.tsv</c>): a file
/// nobody here wrote, its gold record written by hand beside the manifest.
/// </summary>
/// <param name="Name">Short name, e.g. <c>hanoi-qd09-2025</c>; the gold is <c>NAME.record.json</c>.</param>
/// <param name="Split">Tuning or reporting half.</param>
/// <param name="Sources">The file's parts in order (absolute paths): one PDF, or text files read as consecutive pages.</param>
/// <param name="GoldPath">The hand-written expected record.</param>
public sealed record RealRecord(string Name, RealPageSplit Split, IReadOnlyList<string> Sources, string GoldPath)
{
    /// <summary>True when the source is a PDF, read the way the archive reads one (text layer or OCR).</summary>
    public bool IsPdf => Sources.Count == 1 && Sources[0].EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
}
