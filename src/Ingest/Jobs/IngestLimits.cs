namespace Ingest.Jobs;

/// <summary>
/// How much one file may cost before it is refused: a hostile or broken file fails alone, with
/// a one-line reason, instead of taking the machine's memory or the batch's time. Each limit is
/// checked before the expensive step it guards (file size before reading, pixels before
/// decoding an image); a page over the OCR time limit keeps what was read and is marked.
/// </summary>
public sealed record IngestLimits
{
    /// <summary>Bytes a file may have (<c>--max-file-mb</c>). 256 MB is a 300-page 300-dpi colour scan with room to spare.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Pages a PDF may have (<c>--max-pages</c>); the plans we receive have 1–60.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>
    /// Pixels a page image may have (<c>--max-pixels</c>), judged from its declared size before
    /// decoding. 100 million holds A3 at 600 dpi (70 Mpx); Tesseract keeps several 8-bit copies
    /// of a page, so a 900 Mpx page would need gigabytes.
    /// </summary>
    public long MaxPixelsPerPage { get; init; } = 100_000_000;

    /// <summary>OCR time per page (<c>--page-timeout</c>); recognition stops there, the partial text is kept and marked.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Why a file of <paramref name="bytes"/> is refused by <see cref="MaxFileBytes"/> ("300 MB is
    /// over the limit of 256 MB per file"), or null: one wording for `ingest add`, upload and reading.
    /// </summary>
    public string? SizeRefusal(long bytes) =>
        bytes > MaxFileBytes ? System.FormattableString.Invariant($"{Megabytes(bytes)} MB is over the limit of {Megabytes(MaxFileBytes)} MB per file") : null;

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The limits a run uses unless told otherwise.</summary>
    public static IngestLimits Default { get; } = new();
}
