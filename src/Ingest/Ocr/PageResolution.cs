namespace Ingest.Ocr;

/// <summary>
/// The resolution an image file's page is read at. Image files often declare a meaningless one
/// — JFIF's "aspect ratio 1×1" from a phone, PNG with no pHYs chunk, a default 72 dpi on a
/// 3,000-pixel photo — while Tesseract and <see cref="PageScale"/> need the real one, so a
/// declared resolution is trusted only when it makes the page a plausible sheet of paper, from
/// A5 to A3; otherwise the page is taken as a portrait or landscape A4, its shorter side 8.27 in.
/// </summary>
public static class PageResolution
{
    /// <summary>A4's shorter side, inches: what a page's shorter side is taken to be when its file declares nothing believable.</summary>
    public const double A4ShortInches = 8.27;

    // A5 (5.83 × 8.27 in) to A3 (11.69 × 16.54 in), with room for a scan's margins or a crop:
    // the corpus' images declare 200 dpi over 1,668 × 2,350 px (8.3 × 11.8 in); danang4's
    // 576 × 960 photo at its JFIF 1×1 "resolution" would be 48 × 80 feet.
    private const double ShortMin = 5.83 * 0.85, ShortMax = 11.69 * 1.1, LongMin = 8.27 * 0.85, LongMax = 16.54 * 1.1;

    /// <summary>
    /// The resolution, in dots per inch, of a page of <paramref name="width"/> × <paramref name="height"/>
    /// pixels whose file declares <paramref name="declaredDpi"/> (0 when none); 0 (unknown) for
    /// an empty page.
    /// </summary>
    public static int Of(long width, long height, double declaredDpi)
    {
        if (width <= 0 || height <= 0)
        {
            return 0;
        }
        var (shortSide, longSide) = (Math.Min(width, height), Math.Max(width, height));
        if (declaredDpi > 0 && shortSide / declaredDpi is >= ShortMin and <= ShortMax && longSide / declaredDpi is >= LongMin and <= LongMax)
        {
            return (int)Math.Round(declaredDpi);
        }
        return Math.Max(1, (int)Math.Round(shortSide / A4ShortInches));
    }
}
