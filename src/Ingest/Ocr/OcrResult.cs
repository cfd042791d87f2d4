namespace Ingest.Ocr;

/// <summary>What Tesseract read on one page image.</summary>
/// <param name="Text">UTF-8 text as Tesseract gives it (NFC applied by the caller).</param>
/// <param name="Tsv">Word boxes and confidences, Tesseract's TSV.</param>
/// <param name="MeanConfidence">Mean word confidence 0–100.</param>
/// <param name="TimedOut">True when the per-page time limit stopped recognition early.</param>
public sealed record OcrResult(string Text, string Tsv, int MeanConfidence, bool TimedOut)
{
    /// <summary>The page's layout regions in reading order, then where its noise was dropped (<see cref="PageLayout"/>).</summary>
    public IReadOnlyList<PageRegion> Regions { get; init; } = [];
}
