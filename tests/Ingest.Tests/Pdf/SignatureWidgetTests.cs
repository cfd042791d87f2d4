using Ingest.Ocr;
using Ingest.Pdf;

namespace Ingest.Tests.Pdf;

/// <summary>
/// A scan signed as a certified copy carries the signature's widget over the page: danang-scans
/// 3.pdf (UBND Đà Nẵng, 2023) has "SAO Y / Ủy ban nhân dân thành phố Đà Nẵng / Thời gian ký:
/// 19/10/2023 10:56:22 +07:00" drawn over its motto. The page is read without it.
/// </summary>
public class SignatureWidgetTests
{
    [Fact]
    public async Task A_signature_widget_over_a_real_scans_motto_is_not_read()
    {
        var pdf = RealFiles.Path_("danang-scans", "data", "3.pdf");
        using var pool = new EnginePool();
        var read = await pool.RecognizeAsync(new PageImage(PdfRasterizer.ForReading(pdf, 1, 200), 200, "pdftoppm"));
        var shown = await pool.RecognizeAsync(new PageImage(PdfRasterizer.RenderGray(pdf, 1, 200), 200, "pdftoppm"));

        // As a person sees the page, the widget is there and spoils the motto under it …
        Assert.Contains("SAO", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CHỦ NGHĨA VIỆT NAM", shown.Text, StringComparison.Ordinal);
        // … as the page is read, only the scan is.
        Assert.Contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Thời gian ký", read.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SAO", read.Text, StringComparison.Ordinal);
    }
}
