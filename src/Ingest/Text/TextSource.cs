namespace Ingest.Text;

/// <summary>Where a page's text came from.</summary>
public enum TextSource
{
    /// <summary>The PDF's own text layer, kept because it reads as Vietnamese.</summary>
    TextLayer,
    /// <summary>Tesseract OCR of the page image.</summary>
    Ocr,
    /// <summary>
    /// Tesseract OCR of the page image, stopped by the per-page time limit: the text is what was
    /// read until then. Stored as the page's source, so the catalog says which pages are partial.
    /// </summary>
    OcrTimedOut,
    /// <summary>A plain-text file: one page.</summary>
    PlainText,
}
