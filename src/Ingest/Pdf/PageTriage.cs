using Ingest.Ocr;
using Ingest.Text;
using UglyToad.PdfPig.Content;
using static System.FormattableString;

namespace Ingest.Pdf;

/// <summary>What to do with one page.</summary>
public enum PageAction
{
    /// <summary>The text layer reads as Vietnamese: keep it.</summary>
    KeepTextLayer,
    /// <summary>OCR the page image taken from the PDF as it is.</summary>
    OcrImage,
    /// <summary>Render the page with pdftoppm, then OCR.</summary>
    OcrRendered,
    /// <summary>The page is over a limit (its image or its rendering has too many pixels): the reason says which.</summary>
    Refuse,
}

/// <summary>The triage of one page, with what it found.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Action">What to do.</param>
/// <param name="LayerText">The page's text layer (possibly empty).</param>
/// <param name="Image">The page image when <see cref="PageAction.OcrImage"/>.</param>
/// <param name="Dpi">Resolution of the page image, or the one to render at.</param>
/// <param name="Reason">Why, in words, for the page record.</param>
public sealed record TriagedPage(int Number, PageAction Action, string LayerText, PageImage? Image, int Dpi, string Reason);

/// <summary>
/// Per-page triage: a text layer that reads as Vietnamese is kept; no text → OCR of the page
/// image; a text layer that is itself bad OCR (English-model Vietnamese, as in the seeds), or
/// whose font lost its marked letters (<see cref="MissingGlyphs"/>) → OCR of the image. Pages with no image we can hand over go to pdftoppm at their resolution
/// (300 dpi when unknown).
/// </summary>
public static class PageTriage
{
    /// <summary>Resolution for pages whose image resolution is unknown.</summary>
    public const int DefaultDpi = 300;

    /// <summary>
    /// Triage of one page. A page that would need an image of more than <paramref name="maxPixels"/>
    /// pixels decoded or rendered is refused before anything is decoded.
    /// </summary>
    public static TriagedPage Triage(Page page, long maxPixels = long.MaxValue)
    {
        var text = TextLayerReader.Read(page);
        var hasText = text.Any(char.IsLetter);
        // A layer whose font lost its marked letters ("M u b o c o đề nghị x t tặng") still has
        // many correct marked words, and restoring it guesses worse ("Mở u bộ ở cơ sở"): the page
        // image has every letter, so OCR it. Judged per page: a document's fonts differ by page.
        var lostLetters = hasText && MissingGlyphs.Found(text);
        if (hasText && !lostLetters && TextQuality.ReadsAsVietnamese(text))
        {
            return new TriagedPage(page.Number, PageAction.KeepTextLayer, text, null, 0, "text layer reads as Vietnamese");
        }
        foreach (var candidate in page.GetImages())
        {
            var (w, h) = ImagePixels.Declared(candidate);
            // In doubles: a hostile /Columns can make the product overflow a long.
            if ((double)w * h > maxPixels)
            {
                return Refuse(page, text, Invariant($"page image of {w:N0} × {h:N0} px is over the limit of {maxPixels:N0} px (--max-pixels); not decoded"));
            }
        }
        var image = PageImageExtractor.TryExtract(page, out var dpi);
        var why = lostLetters ? "text layer " + MissingGlyphs.Reason
            : hasText ? "text layer is not Vietnamese (bad OCR?)" : "no text layer";
        if (image is not null)
        {
            return new TriagedPage(page.Number, PageAction.OcrImage, text, image, dpi, $"{why}; {image.Origin} image");
        }
        if (hasText && !lostLetters && page.GetImages().Any() is false)
        {
            // A text layer that is not Vietnamese and nothing else on the page: a born-digital
            // page in another language. Keep it rather than OCR its own rendering.
            var (legal, _, _) = TextQuality.Measure(text);
            if (legal >= 0.9)
            {
                return new TriagedPage(page.Number, PageAction.KeepTextLayer, text, null, 0, "text layer, no image");
            }
        }
        var renderDpi = dpi is >= 100 and <= 600 ? dpi : DefaultDpi;
        var (rw, rh) = (Math.Ceiling(page.Width / 72 * renderDpi), Math.Ceiling(page.Height / 72 * renderDpi));
        if (!(rw * rh <= maxPixels))
        {
            return Refuse(page, text, Invariant($"page of {page.Width:0} × {page.Height:0} pt rendered at {renderDpi} dpi would be {rw:N0} × {rh:N0} px, over the limit of {maxPixels:N0} px (--max-pixels)"));
        }
        return new TriagedPage(page.Number, PageAction.OcrRendered, text, null, renderDpi, $"{why}; rendered by pdftoppm");
    }

    private static TriagedPage Refuse(Page page, string text, string reason) => new(page.Number, PageAction.Refuse, text, null, 0, reason);
}
