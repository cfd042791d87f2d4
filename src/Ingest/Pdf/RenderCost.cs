using UglyToad.PdfPig.Content;
using static System.FormattableString;

namespace Ingest.Pdf;

/// <summary>
/// What rendering a page would cost, judged from what the file declares and before anything is
/// decoded: pdftoppm decodes every image of the page at its full declared size whatever the
/// output resolution (the 30,000 × 30,000 px bomb is 900 MB of gray inside poppler for a page
/// shown at 100 dpi), then holds the output bitmap. A page over the limit on either count is
/// refused with the reason, so showing a page costs at most what ingesting it may.
/// </summary>
public static class RenderCost
{
    /// <summary>
    /// Why rendering <paramref name="page"/> at <paramref name="dpi"/> is refused under
    /// <paramref name="maxPixels"/>, in words, or null when it may be rendered.
    /// </summary>
    public static string? Refusal(Page page, int dpi, long maxPixels)
    {
        foreach (var image in page.GetImages())
        {
            var (w, h) = ImagePixels.Declared(image);
            // In doubles: a hostile /Columns can make the product overflow a long.
            if ((double)w * h > maxPixels)
            {
                return Invariant($"page image of {w:N0} × {h:N0} px is over the limit of {maxPixels:N0} px; not rendered");
            }
        }
        var (rw, rh) = (Math.Ceiling(page.Width / 72 * dpi), Math.Ceiling(page.Height / 72 * dpi));
        if (!(rw * rh <= maxPixels))
        {
            return Invariant($"page of {page.Width:0} × {page.Height:0} pt shown at {dpi} dpi would be {rw:N0} × {rh:N0} px, over the limit of {maxPixels:N0} px; not rendered");
        }
        return null;
    }
}
