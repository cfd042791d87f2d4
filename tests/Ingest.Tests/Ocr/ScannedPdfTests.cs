using Ingest.Evaluation;
using Ingest.Jobs;
using Ingest.Pdf;
using Ingest.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Ingest.Tests.Ocr;

/// <summary>
/// Real scans from corpus/scans through real Tesseract, one test per way a page image reaches
/// the engine. The accuracy floors are well below what the eval measures (≥ 97%) and far above
/// what a wrong path gives (inverted or missing images read as nothing).
/// </summary>
public class ScannedPdfTests
{
    private static async Task<(IReadOnlyList<PageText> Pages, TextAccuracy Accuracy)> Ocr(string path, string truthPath)
    {
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(path, Path.GetFileName(path));
        var accuracy = TextAccuracy.Measure(await File.ReadAllTextAsync(truthPath), string.Join('\n', pages.Select(p => p.Text)));
        return (pages, accuracy);
    }

    [Theory]
    [InlineData("004-200", "DCTDecode")]
    [InlineData("a01-200", "CCITTFaxDecode")]
    [InlineData("b07-200", "FlateDecode")]
    public async Task Page_images_are_taken_from_the_pdf_as_stored_and_read(string name, string filter)
    {
        var (pages, accuracy) = await Ocr(CorpusFiles.Path_("scans", name + ".pdf"), CorpusFiles.Path_("scans", name + ".true.txt"));
        Assert.All(pages, p =>
        {
            Assert.Equal(TextSource.Ocr, p.Source);
            Assert.Contains(filter, p.Note, StringComparison.Ordinal);
            Assert.InRange(p.Confidence!.Value, 80, 100);
            Assert.StartsWith("level\tpage_num", p.WordBoxesTsv, StringComparison.Ordinal);
        });
        Assert.True(accuracy.SyllableAccuracy > 0.95, $"syllable accuracy {accuracy.SyllableAccuracy:P2}");
    }

    [Fact]
    public async Task A_page_without_a_usable_image_is_rendered_by_pdftoppm_and_read()
    {
        // The scan placed at 70% on the page (as when a small original is scanned onto A4):
        // no image covers most of the page, so the page is rendered whole at 300 dpi.
        using var dir = new TempDir();
        var jpeg = FirstPageJpeg(CorpusFiles.Path_("scans", "004-200.pdf"));
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var w = page.PageSize.Width * 0.7;
        var h = page.PageSize.Height * 0.7;
        page.AddJpeg(jpeg, new PdfRectangle(0, page.PageSize.Height - h, w, page.PageSize.Height));
        var path = Path.Combine(dir.Path, "small-scan.pdf");
        await File.WriteAllBytesAsync(path, builder.Build());

        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(path, "small-scan.pdf");
        var p = Assert.Single(pages);
        Assert.Equal(TextSource.Ocr, p.Source);
        Assert.Contains("pdftoppm", p.Note, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp", p.Text, StringComparison.Ordinal);
        Assert.Contains("2123/STP-VP", p.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_with_neither_image_nor_text_is_rendered_and_gives_no_error()
    {
        using var dir = new TempDir();
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new PdfPoint(100, 400), 300, 200, 2);
        var path = Path.Combine(dir.Path, "drawing.pdf");
        await File.WriteAllBytesAsync(path, builder.Build());

        var p = Assert.Single(await new DocumentReader(TestPool.Shared).ReadAsync(path, "drawing.pdf"));
        Assert.Equal(TextSource.Ocr, p.Source);
        Assert.Contains("pdftoppm", p.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(p.Text, char.IsLetter);
    }

    [Fact]
    public async Task An_english_model_text_layer_is_detected_and_replaced_by_ocr_of_the_image()
    {
        // A scan whose invisible text layer is English-model OCR of Vietnamese, as in seed 001
        // ("Ké hoach s6 128/KH-UBND ngay 08 thang 6 ndm 2022").
        using var dir = new TempDir();
        var jpeg = FirstPageJpeg(CorpusFiles.Path_("scans", "004-200.pdf"));
        var badLayer = File.ReadAllLines(CorpusFiles.Path_("seeds", "001_b8dc3a9494ef592a.txt")).Take(40).ToList();
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Ingest.Corpus.BornDigitalPdf.DefaultFont));
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddJpeg(jpeg, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        page.SetTextRenderingMode(TextRenderingMode.Neither);
        for (var i = 0; i < badLayer.Count; i++)
        {
            page.AddText(badLayer[i], 10, new PdfPoint(60, page.PageSize.Height - 40 - i * 14), font);
        }
        var path = Path.Combine(dir.Path, "bad-layer.pdf");
        await File.WriteAllBytesAsync(path, builder.Build());

        using (var doc = PdfDocument.Open(path))
        {
            var triaged = PageTriage.Triage(doc.GetPage(1));
            Assert.Equal(PageAction.OcrImage, triaged.Action);
            Assert.Contains("hoach", triaged.LayerText, StringComparison.Ordinal);
        }
        var p = Assert.Single(await new DocumentReader(TestPool.Shared).ReadAsync(path, "bad-layer.pdf"));
        Assert.Equal(TextSource.Ocr, p.Source);
        Assert.Contains("not Vietnamese", p.Note, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp nhận được Kế hoạch số 11325/KH-UBND", p.Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_vietnamese_text_layer_is_kept_without_ocr()
    {
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(CorpusFiles.Path_("pdf", "004_feedb6838d389360.pdf"), "004.pdf");
        Assert.All(pages, p => Assert.Equal(TextSource.TextLayer, p.Source));
    }

    private static byte[] FirstPageJpeg(string pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.GetPage(1).GetImages().Single().RawMemory.ToArray();
    }
}
