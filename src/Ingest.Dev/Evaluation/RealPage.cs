namespace Ingest.Evaluation;

/// <summary>Which half of the real development set a page is in.</summary>
public enum RealPageSplit
{
    /// <summary>Pages settings and rules may be tuned on.</summary>
    Tune,
    /// <summary>Pages only reported on: a figure here was not fitted to them.</summary>
    Report,
}

/// <summary>
/// One page of the real development set: a page of a file in <c>../shared/real</c> (a scan
/// nobody here made), with its true text transcribed by hand from the image.
/// </summary>
/// <param name="Name">Short name, e.g. <c>danang1-p1</c>.</param>
/// <param name="Source">The file the page is in (absolute path).</param>
/// <param name="Page">1-based page number within <paramref name="Source"/> (1 for an image file).</param>
/// <param name="Split">Tuning or reporting half.</param>
/// <param name="TruthPath">The hand-written true text (printed text only, in reading order).</param>
public sealed record RealPage(string Name, string Source, int Page, RealPageSplit Split, string TruthPath)
{
    /// <summary>True when the source is an image file rather than a PDF.</summary>
    public bool IsImage => !Source.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>The true text, NFC, as every measure of the page compares it.</summary>
    public async Task<string> TruthAsync(CancellationToken cancel = default) =>
        Text.VietnameseText.Nfc(await File.ReadAllTextAsync(TruthPath, cancel).ConfigureAwait(false));
}
