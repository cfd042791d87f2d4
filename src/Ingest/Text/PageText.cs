namespace Ingest.Text;

/// <summary>The text of one page and its provenance.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Text">NFC text, lines separated by '\n', blocks by a blank line.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Confidence">Mean OCR confidence 0–100, or null for a text layer.</param>
/// <param name="Elapsed">Time spent producing it.</param>
public sealed record PageText(int Number, string Text, TextSource Source, double? Confidence, TimeSpan Elapsed)
{
    /// <summary>Word boxes as Tesseract TSV, when the text came from OCR.</summary>
    public string? WordBoxesTsv { get; init; }

    /// <summary>
    /// The layout regions OCR read the page by, as JSON in the word boxes' pixels (Ocr's
    /// <c>PageRegion.ToJson</c>); null for text layers and pages stored before regions were kept.
    /// </summary>
    public string? RegionsJson { get; init; }

    /// <summary>Why the text came from where it did ("no text layer; DCTDecode image").</summary>
    public string? Note { get; init; }

    /// <summary>True when OCR was stopped by the per-page time limit (the text is partial).</summary>
    public bool TimedOut => Source == TextSource.OcrTimedOut;

    /// <summary>True when the text came from our OCR, whole or stopped by the time limit.</summary>
    public bool IsOcr => Source is TextSource.Ocr or TextSource.OcrTimedOut;

    /// <summary>The Tesseract language that read the page, when it was OCR'd ("vie", "eng").</summary>
    public OcrLanguage? OcrLanguage { get; init; }
}
