using Ingest.Corpus;
using Ingest.Pdf;
using UglyToad.PdfPig;

namespace Ingest.Tests.Pdf;

/// <summary>
/// The polarity of 1-bit CCITT pages. Tesseract reads an inverted page too — slower and a little
/// worse — so reading the text is no proof; the pixels are: a page of text is mostly white.
/// </summary>
public class PageImageExtractorTests
{
    [Fact]
    public void A_ccitt_page_is_black_text_on_white_however_the_pdf_states_its_polarity()
    {
        // The corpus scan as Leptonica writes it: an image mask, /BlackIs1 false.
        var mask = Extract(File.ReadAllBytes(CorpusFiles.Path_("scans", "a01-200.pdf")), out var raw, out var w, out var h);
        Assert.InRange(BlackShare(mask), 0.005, 0.15);

        // The same G4 code as archival scanners write it: a DeviceGray image, /BlackIs1 false …
        var gray = Extract(BadCorpus.ImagePage(w, h, 200,
            $"/Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {w} /Rows {h} /BlackIs1 false >>", raw), out _, out _, out _);
        // … and with /BlackIs1 true, its samples turned round by /Decode [1 0]: the same picture.
        var decoded = Extract(BadCorpus.ImagePage(w, h, 200,
            $"/Decode [1 0] /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {w} /Rows {h} /BlackIs1 true >>", raw), out _, out _, out _);

        Assert.Equal(mask, gray);
        Assert.Equal(mask, decoded);
    }

    private static byte[] Extract(byte[] pdf, out byte[] raw, out int width, out int height)
    {
        using var doc = PdfDocument.Open(pdf);
        var page = doc.GetPage(1);
        var image = page.GetImages().First();
        raw = image.RawMemory.ToArray();
        width = image.WidthInSamples;
        height = image.HeightInSamples;
        var extracted = PageImageExtractor.TryExtract(page, out var dpi);
        Assert.NotNull(extracted);
        Assert.Equal("CCITTFaxDecode", extracted.Origin);
        Assert.Equal(200, dpi);
        return extracted.Bytes;
    }

    // Share of 1 (black) bits in a PBM P4's raster.
    private static double BlackShare(byte[] pbm)
    {
        var text = System.Text.Encoding.ASCII.GetString(pbm, 0, 32);
        var header = text.IndexOf('\n', text.IndexOf('\n') + 1) + 1;
        var ones = 0L;
        for (var i = header; i < pbm.Length; i++)
        {
            ones += System.Numerics.BitOperations.PopCount(pbm[i]);
        }
        return ones / (8.0 * (pbm.Length - header));
    }
}
