using Ingest.Extraction;

namespace Ingest.Tests.Extraction;

public class DocumentNumberTests
{
    [Theory]
    [InlineData("666/QĐ-TTg")]
    [InlineData("666/QD-TTg")]
    [InlineData("666 qđ ttg")]
    [InlineData("666/QĐ–TTg")]
    [InlineData(" 666 / qd - ttg ")]
    public void Every_typing_of_a_number_has_one_key(string typed) =>
        Assert.Equal(DocumentNumber.Key("666/QĐ-TTg"), DocumentNumber.Key(typed));

    [Theory]
    [InlineData("1258/QD-TTg", "1258/QĐ-TTg")]
    [InlineData("91/2017/ND-CP", "91/2017/NĐ-CP")]
    [InlineData("2919/BTDKT-P.III", "2919/BTĐKT-P.III")]
    [InlineData("11325 / KH - UBND", "11325/KH-UBND")]
    [InlineData("45/NQ-HDND", "45/NQ-HĐND")]
    [InlineData("15-CT/TU", "15-CT/TU")]
    // Issue 16: the code's letters as printed; only Đ is restored ("CTrTT" was written "CTRTT").
    [InlineData("1906/SGDDT-CTrTT", "1906/SGDĐT-CTrTT")]
    [InlineData("194/TTr-BTL", "194/TTr-BTL")]
    [InlineData("115 /CV-PA83", "115/CV-PA83")]
    public void Canonical_form_restores_Vietnamese_letters_and_drops_spaces(string raw, string expected) =>
        Assert.Equal(expected, TestModels.Rules.Codes.Canonical(raw));

    [Theory]
    [InlineData("11325/KH-UBND", true)]
    [InlineData("11325 kh-ubnd", true)]
    [InlineData("91/2017/NĐ-CP", true)]
    [InlineData("chung tay vi nguoi ngheo", false)]
    [InlineData("2017", false)]
    public void Looks_like_number(string query, bool expected) =>
        Assert.Equal(expected, Ingest.Search.PlanQuery.LooksLikeNumber(query));

    [Fact]
    public void Citations_are_found_across_line_breaks_with_their_dates()
    {
        var lines = TextLines.FromText(TestModels.Rules, "Sở Tư pháp nhận được Kế hoạch số\n11325/KH-UBND ngày 02/11/2017 của UBND tỉnh; Căn cứ Nghị định 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017");
        var found = new CitationFinder(TestModels.Rules).Find(lines);
        Assert.Collection(found,
            c => Assert.Equal(("Kế hoạch", "11325/KH-UBND", "2017-11-02"), (c.Kind, c.Number, c.Date?.ToString())),
            c => Assert.Equal(("Nghị định", "91/2017/NĐ-CP", "2017-07-31"), (c.Kind, c.Number, c.Date?.ToString())));
    }
}
