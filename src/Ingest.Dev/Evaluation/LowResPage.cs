using System.Runtime.InteropServices;
using Ingest.Ocr;
using Ingest.Ocr.Native;
using Ingest.Pdf;

namespace Ingest.Evaluation;

/// <summary>
/// Synthetic low-resolution tune material (issue 15: no real tune page is below 150 dpi): a page
/// of a real scanned PDF rendered by pdftoppm at a low resolution — poppler averages the scan's
/// pixels down, as a phone camera's sensor does — or a real page image scaled down by Leptonica,
/// written as a JPEG (quality 75) that declares no resolution (JFIF "aspect ratio 1×1"), as
/// danang4's phone photos do, so the product works its resolution out from the page's size alone.
/// </summary>
public static class LowResPage
{
    /// <summary>Page <paramref name="page"/> (1-based) of <paramref name="pdf"/> as a JPEG at <paramref name="dpi"/>.</summary>
    public static byte[] Make(string pdf, int page, int dpi)
    {
        using var pix = PixHandle.Read(PdfRasterizer.RenderGray(pdf, page, dpi));
        return Jpeg(pix);
    }

    /// <summary>An image file's first page, at <paramref name="dpi"/> from its own <paramref name="fromDpi"/>, as a JPEG.</summary>
    public static byte[] Scale(byte[] image, int fromDpi, int dpi)
    {
        using var pix = PixHandle.Read(image);
        var factor = (float)dpi / fromDpi;
        using var small = PixHandle.Own(Lept.pixScale(pix, factor, factor), "pixScale failed");
        return Jpeg(small);
    }

    private static byte[] Jpeg(PixHandle pix)
    {
        // Set no resolution, so Leptonica's JFIF header says only "1×1".
        Lept.pixSetResolution(pix, 0, 0);
        return pix.Encode(Lept.IFF_JFIF_JPEG);
    }
}
