using Ingest.Pdf;
using Ingest.Text;
using UglyToad.PdfPig;

namespace Ingest.Tests.Text;

/// <summary>
/// Text layers whose font lost the marked letters are told from clean ones, page by page, on
/// Hà Nội's real layers (read from ../shared/real at test time), on damage made from them, and
/// on real English-model OCR (which is other damage: its restorer must still see it).
/// </summary>
public class MissingGlyphsTests
{
    private static string Layers => RealFiles.Path_("hanoi-decisions", "pdftotext");

    // pdftotext pages with letters on them, as (file, page, text).
    private static IEnumerable<(string File, int Page, string Text)> TextLayerPages(Func<string, bool> which) =>
        Directory.EnumerateFiles(Layers, "*.txt").Where(f => which(Path.GetFileName(f))).Order(StringComparer.Ordinal)
            .SelectMany(f => VietnameseText.Nfc(File.ReadAllText(f)).Split('\f').Select((t, i) => (Path.GetFileName(f), i + 1, t)))
            .Where(p => p.Item3.Any(char.IsLetter));

    private static IEnumerable<(string File, int Page, string Text)> CleanPages() =>
        TextLayerPages(name => !name.StartsWith("35.2024", StringComparison.Ordinal)).Concat(PdfLayerPages());

    private static IEnumerable<(string File, int Page, string Text)> PdfLayerPages()
    {
        foreach (var file in Directory.EnumerateFiles(RealFiles.Path_("hanoi-decisions", "pdf_subset"), "*.pdf").Order(StringComparer.Ordinal))
        {
            using var pdf = PdfDocument.Open(file);
            foreach (var page in pdf.GetPages())
            {
                var text = TextLayerReader.Read(page);
                if (text.Any(char.IsLetter))
                {
                    yield return (Path.GetFileName(file), page.Number, text);
                }
            }
        }
    }

    /// <summary>Every letter with a Vietnamese mark, and đ, lost; its place left blank or closed up.</summary>
    internal static string DropMarkedLetters(string text, bool leaveGap) =>
        string.Concat(text.Select(c => IsMarked(c) ? (leaveGap ? " " : "") : c.ToString()));

    private static bool IsMarked(char c) => c is 'đ' or 'Đ' || (c > 0x7F && char.IsLetter(c) && VietnameseText.FoldChar(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y');

    [Fact]
    public void Hanoi_35_2024_pages_that_lost_letters_are_judged_damaged_and_its_clean_page_is_not()
    {
        // Read by eye: pages 1–7 and 9 lose á, à, é, ú, ầ, ẫ… ("x t t ng" for "xét tặng", page
        // 7 only "c a quyết đ nh"); page 8 ("Mẫu số 02") is set in a font that kept them.
        var judged = TextLayerPages(name => name == "35.2024.txt").Where(p => MissingGlyphs.Found(p.Text)).Select(p => p.Page);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 9], judged);
    }

    [Fact]
    public void Every_other_Hanoi_layer_is_judged_clean()
    {
        var pages = CleanPages().ToList();
        Assert.True(pages.Count > 300, $"{pages.Count} pages");
        var wrong = pages.Where(p => MissingGlyphs.Found(p.Text)).Select(p => $"{p.File} p{p.Page} {MissingGlyphs.Measure(p.Text)}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Clean_pages_with_their_marked_letters_dropped_are_judged_damaged(bool leaveGap)
    {
        var pages = CleanPages().Where(p => MissingGlyphs.Measure(p.Text).Tokens >= 20).ToList();
        Assert.True(pages.Count > 250, $"{pages.Count} pages");
        var missed = pages.Where(p => !MissingGlyphs.Found(DropMarkedLetters(p.Text, leaveGap))).Select(p => $"{p.File} p{p.Page}").ToList();
        Assert.True(missed.Count == 0, string.Join("\n", missed));
    }

    [Fact]
    public void Real_english_model_ocr_is_not_taken_for_lost_letters()
    {
        // Seed 001 (Tesseract eng on a Vietnamese scan) and a scanner's own OCR layer
        // ("CONG HOA xA HQI CilU NGHIA VIT NAM"): damage the English channel undoes, not lost glyphs.
        string[] files =
        [
            CorpusFiles.Path_("seeds", "001_b8dc3a9494ef592a.txt"),
            RealFiles.Path_("danang-scans", "embedded_text_layer", "1.pdf.txt"),
            RealFiles.Path_("danang-scans", "embedded_text_layer", "3.pdf.txt"),
        ];
        foreach (var file in files)
        {
            var text = VietnameseText.Nfc(File.ReadAllText(file));
            Assert.False(TextQuality.ReadsAsVietnamese(text), file);
            Assert.False(MissingGlyphs.Found(text), $"{file}: {MissingGlyphs.Measure(text)}");
        }
    }

    [Fact]
    public void A_text_file_that_lost_its_letters_is_kept_as_it_is_and_noted()
    {
        // No page image to read again: the English channel would "restore" "M u b o c o" into
        // other words ("Mở u bộ ở cơ"), so the text comes back byte for byte.
        var clean = File.ReadAllText(CorpusFiles.Path_("plans", "a01.txt"));
        var damaged = DropMarkedLetters(VietnameseText.Nfc(clean), leaveGap: true);
        var pages = Ingest.Jobs.DocumentReader.ReadText("a01-lost.txt", System.Text.Encoding.UTF8.GetBytes(damaged));
        Assert.All(pages, p => Assert.Contains("lost its marked letters", p.Note));
        Assert.Equal(pages.Select(p => p.Text), TestModels.Pages.Restore(pages));
    }
}
