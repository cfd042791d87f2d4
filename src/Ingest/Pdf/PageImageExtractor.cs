using System.Text;
using Ingest.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Ingest.Pdf;

/// <summary>
/// Takes a scanned page's image out of the PDF without resampling: DCTDecode → the JPEG bytes as
/// stored; FlateDecode → PNG of the decoded samples; CCITT G3/G4 → the decoded bitmap as PBM.
/// Anything else (JBIG2, several images, no image) is left to <see cref="PdfRasterizer"/>.
/// </summary>
public static class PageImageExtractor
{
    /// <summary>
    /// The page's scan image, or null when the page has no single image covering most of it or
    /// its filter is one we do not hand over as it is. <paramref name="dpi"/> is the image's
    /// resolution on the page (or 0).
    /// </summary>
    public static PageImage? TryExtract(Page page, out int dpi)
    {
        dpi = 0;
        var images = page.GetImages().ToList();
        if (images.Count == 0)
        {
            return null;
        }
        var pageArea = page.Width * page.Height;
        var image = images.MaxBy(i => i.BoundingBox.Width * i.BoundingBox.Height)!;
        if (image.BoundingBox.Width * image.BoundingBox.Height < 0.5 * pageArea || image.WidthInSamples < 100)
        {
            return null;
        }
        dpi = (int)Math.Round(image.WidthInSamples / (image.BoundingBox.Width / 72.0));
        if (images.Count > 1 && images.Where(i => i != image).Any(i => i.BoundingBox.Width * i.BoundingBox.Height > 0.05 * pageArea))
        {
            return null; // several images make up the page: render it whole
        }
        var filter = FilterOf(image);
        switch (filter)
        {
            case "DCTDecode":
                return new PageImage(image.RawMemory.ToArray(), dpi, filter);
            case "FlateDecode":
                return image.TryGetPng(out var png) ? new PageImage(png, dpi, filter) : null;
            case "CCITTFaxDecode":
                return image.TryGetBytesAsMemory(out var bits) ? new PageImage(ToPbm(image, bits.Span), dpi, filter) : null;
            default:
                return null;
        }
    }

    private static string? FilterOf(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var token) && !image.ImageDictionary.TryGet(NameToken.F, out token))
        {
            return null;
        }
        return token switch
        {
            NameToken name => name.Data,
            ArrayToken { Data.Count: 1 } array when array.Data[0] is NameToken only => only.Data,
            _ => null, // a chain of filters: let poppler do it
        };
    }

    // Decoded 1-bit samples in PDF's sense (0 = black for DeviceGray, 1 = paint for an image
    // mask), rows padded to whole bytes, as PBM P4 (1 = black) for Leptonica.
    private static byte[] ToPbm(IPdfImage image, ReadOnlySpan<byte> samples)
    {
        var w = image.WidthInSamples;
        var h = image.HeightInSamples;
        var rowBytes = (w + 7) / 8;
        var header = Encoding.ASCII.GetBytes($"P4\n{w} {h}\n");
        var pbm = new byte[header.Length + rowBytes * h];
        header.CopyTo(pbm, 0);
        // With the default Decode [0 1], a 1-bit DeviceGray sample is black where it is 0, and an
        // image mask paints (in the fill colour, black on a scan) where it is 0 too (PDF 32000
        // 8.9.6.2); Decode [1 0] turns both round. PdfPig has already applied /BlackIs1.
        var oneIsBlack = image.Decode.Count >= 2 && image.Decode[0] > image.Decode[1];
        var n = Math.Min(samples.Length, rowBytes * h);
        for (var i = 0; i < n; i++)
        {
            pbm[header.Length + i] = oneIsBlack ? samples[i] : (byte)~samples[i];
        }
        return pbm;
    }
}
