using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Tests.Restoration;

public class SyllableTests
{
    [Theory]
    [InlineData("hoạch", true)]
    [InlineData("hoach", false)] // a stop final takes only sắc or nặng
    [InlineData("nghiệp", true)]
    [InlineData("nghiêp", false)]
    [InlineData("người", true)]
    [InlineData("quyết", true)]
    [InlineData("gì", true)]
    [InlineData("Quỳnh", true)]  // qu + uynh without its medial u (found by the hunspell-vi cross-check)
    [InlineData("quýt", true)]
    [InlineData("yểng", true)]
    [InlineData("hynh", false)]  // "ynh" only after qu
    [InlineData("giếng", true)]
    [InlineData("kế", true)]
    [InlineData("cế", false)]   // c before e is written k
    [InlineData("ghe", true)]
    [InlineData("gha", false)]  // gh only before i, e, ê
    [InlineData("hòa", true)]   // old tone placement
    [InlineData("hoà", true)]   // new tone placement
    [InlineData("Đồng", true)]
    [InlineData("ndm", false)]
    [InlineData("cir", false)]
    [InlineData("s6", false)]
    public void Legality_follows_the_spelling_rules(string token, bool legal) =>
        Assert.Equal(legal, Syllable.IsLegal(token));

    [Fact]
    public void The_generated_lexicon_holds_every_syllable_of_the_laws_sample()
    {
        const string text = "Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022 của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam; "
            + "Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức thực hiện phong trào thi đua yêu nước, khuyến khích nghiên cứu khoa học";
        var lexicon = SyllableLexicon.AllLowerCase.ToHashSet(StringComparer.Ordinal);
        foreach (var w in text.Split(' ', ',', ';').Where(w => w.Length > 0 && w.All(char.IsLetter)))
        {
            Assert.Contains(w.ToLowerInvariant(), lexicon);
        }
        Assert.InRange(lexicon.Count, 8_000, 40_000);
    }
}

public class ToneplacementTests
{
    [Theory]
    [InlineData("ngươi", 1, "người")]
    [InlineData("đươc", 5, "được")]
    [InlineData("trương", 1, "trường")]
    [InlineData("hoa", 1, "hoà")]
    [InlineData("thuy", 3, "thuỷ")]
    [InlineData("quy", 2, "quý")]
    [InlineData("gia", 2, "giá")]
    [InlineData("hoach", 5, "hoạch")]
    [InlineData("khuyên", 2, "khuyến")]
    public void The_tone_goes_on_the_vowel_the_modern_convention_chooses(string letters, int tone, string expected) =>
        Assert.Equal(expected, Ingest.Text.Syllable.WithTone(letters, tone));

    [Theory]
    [InlineData("hoa", 1, "hòa")]
    [InlineData("thuy", 3, "thủy")]
    public void The_old_convention_is_generated_too(string letters, int tone, string expected) =>
        Assert.Equal(expected, Ingest.Text.Syllable.WithOldTone(letters, tone));
}
