using Ingest.Corpus;
using Ingest.Jobs;
using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Tests.Restoration;

/// <summary>
/// Text that is already right comes out exactly as it went in (issue 15): a real Hà Nội
/// decision's text layer restored "lần thứ II" to "lần thứ Vi", "Đăk Lăk" to "Đắk Lắk".
/// </summary>
public class NoHarmTests
{
    [Fact]
    public async Task A_real_born_digital_decision_comes_back_byte_for_byte()
    {
        // QĐ 01/2025/QĐ-UBND of Hà Nội: a born-digital PDF with "CHƯƠNG II" headings, abbreviations
        // (VAT), units ("3m") and single-letter list labels, each of which restoration used to change.
        var pdf = RealFiles.Path_("hanoi-decisions", "pdf_subset", "VanBanGoc_QĐ_01.2025.pdf");
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(pdf, Path.GetFileName(pdf));
        // Its appendix tables are scanned pages, which are OCR'd and restored; the rest is its own layer.
        var layers = pages.Where(p => p.Source == TextSource.TextLayer).ToList();
        Assert.True(layers.Count >= 5, $"{layers.Count} text-layer pages");
        Assert.Contains(layers, p => p.Text.Contains(" II", StringComparison.Ordinal));
        var restored = TestModels.Pages.Restore(pages);
        foreach (var page in layers)
        {
            Assert.Equal(page.Text, restored[page.Number - 1]);
        }
    }

    [Fact]
    public async Task A_text_layer_with_numerals_foreign_words_and_local_spellings_is_kept()
    {
        const string text = """
            ỦY BAN NHÂN DÂN
            THÀNH PHỐ HÀ NỘI
            KẾ HOẠCH
            Tổ chức Festival Thăng Long - Hà Nội lần thứ II
            Phối hợp với tỉnh Đăk Lăk quảng bá sản phẩm, hỗ trợ ma-ket-tinh cho các làng nghề.
            Chương XIV quy định trách nhiệm của các sở, ngành; quý III năm 2025 tổng kết.
            """;
        using var dir = new TempDir();
        var pdf = Path.Combine(dir.Path, "festival.pdf");
        await File.WriteAllBytesAsync(pdf, BornDigitalPdf.Render(text));
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(pdf, "festival.pdf");
        Assert.Equal(TextSource.TextLayer, pages[0].Source);
        Assert.Contains("lần thứ II", pages[0].Text, StringComparison.Ordinal);
        Assert.Equal(pages.Select(p => p.Text), TestModels.Pages.Restore(pages));
    }

    [Fact]
    public void A_text_file_of_english_model_ocr_is_still_restored()
    {
        var raw = File.ReadAllText(CorpusFiles.Path_("seeds", "001_b8dc3a9494ef592a.txt"));
        var pages = DocumentReader.ReadText("001.txt", System.Text.Encoding.UTF8.GetBytes(raw));
        var restored = TestModels.Pages.Restore(pages);
        Assert.Contains("Kế hoạch", restored[0], StringComparison.Ordinal);
        Assert.NotEqual(pages[0].Text, restored[0]);
    }

    [Theory]
    [InlineData("vie", "Festival Thăng Long - Hà Nội lần thứ II được tổ chức", "lần thứ II")]
    [InlineData("eng", "Festival Thang Long - Ha Noi lan thu II duoc to chuc", "II")]
    [InlineData("vie", "CHƯƠNG II\nQUY ĐỊNH CHUNG", "CHƯƠNG II\n")]
    [InlineData("eng", "CHUONG II\nQUY DINH CHUNG", " II\n")]
    [InlineData("vie", "Chương XIV quy định chung", "Chương XIV")]
    [InlineData("vie", "trong quý III năm 2025", "quý III")]
    [InlineData("vie", "PHẦN IV. TỔ CHỨC THỰC HIỆN", "PHẦN IV.")]
    public void Roman_numerals_in_ocr_text_are_left_as_they_are(string channel, string text, string expected)
    {
        var restored = TestModels.Shared.For(channel == "eng" ? TestModels.Shared.EnglishOcr : TestModels.Shared.VietnameseOcr).Restore(text);
        Assert.Contains(expected, restored, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capitals_heading_word_spelt_like_a_numeral_is_still_a_word()
    {
        // English-model OCR of "VI PHẠM HÀNH CHÍNH": "VI" stands between words in capitals.
        Assert.False(RomanNumeral.IsWordInCapitals(LineTokenizer.Tokenize("PHẦN II"), 1));
        Assert.True(RomanNumeral.IsWordInCapitals(LineTokenizer.Tokenize("XỬ LÝ VI PHẠM HÀNH CHÍNH"), 2));
    }
}
