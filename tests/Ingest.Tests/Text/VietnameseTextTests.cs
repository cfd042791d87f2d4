using System.Text;
using Ingest.Text;

namespace Ingest.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    // "Nguyễn Đình Tuấn" typed with combining marks, as a Mac keyboard or a scanner's OCR layer gives it.
    [InlineData("Nguye\u0302\u0303n \u0110i\u0300nh Tua\u0302\u0301n", "Nguyễn Đình Tuấn")]
    // Singletons map to another character even with nothing beside them: OHM SIGN, EM QUAD.
    [InlineData("10 \u2126", "10 \u03A9")]
    [InlineData("a\u2000b", "a\u2002b")]
    [InlineData("Kế hoạch số 128/KH-UBND – “Đắk Lắk” …", "Kế hoạch số 128/KH-UBND – “Đắk Lắk” …")]
    public void Nfc_composes_what_is_decomposed_and_keeps_what_is_composed(string text, string nfc)
    {
        Assert.Equal(nfc.Normalize(NormalizationForm.FormC), nfc);
        Assert.Equal(nfc, VietnameseText.Nfc(text));
    }

    [Fact]
    public void Nfc_returns_composed_text_itself()
    {
        var text = "Ủy ban nhân dân tỉnh Quảng Ngãi – lần thứ II";
        Assert.Same(text, VietnameseText.Nfc(text));
    }

    // The ranges Nfc takes as NFC without asking ICU: each character there must be NFC alone and
    // unchanged after any other character of the ranges.
    [Fact]
    public void Every_character_Nfc_passes_without_ICU_is_NFC()
    {
        var chars = Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x1E00, 0x100)).Concat(Enumerable.Range(0x2002, 0x206F - 0x2002 + 1))
            .Select(i => (char)i).ToArray();
        foreach (var c in chars)
        {
            Assert.True(c.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}");
            Assert.Equal(c.ToString(), VietnameseText.Nfc(c.ToString()));
        }
        var all = new string(chars);
        Assert.True(all.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("VĐV", true)]
    [InlineData("THCS", true)]
    [InlineData("CAND", true)]
    [InlineData("A", false)]
    [InlineData("Giáo", false)]
    [InlineData("VIÊN", true)]
    [InlineData("(1)", false)]
    [InlineData("QUYẾT", true)]
    [InlineData("THANHNIEN", false)]
    public void An_acronym_is_a_short_word_all_in_capital_letters(string word, bool acronym) =>
        Assert.Equal(acronym, VietnameseText.IsAcronym(word));
}
