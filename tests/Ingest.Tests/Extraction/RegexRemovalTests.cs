using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;

namespace Ingest.Tests.Extraction;

public class RegexRemovalTests
{
    private static readonly Regex Aside = new(@"\s*\([^)]*\)");

    [Theory]
    [InlineData("Sở Nội vụ (cơ quan thường trực) và Sở Tài chính (phối hợp)", "Sở Nội vụ và Sở Tài chính")]
    [InlineData("(mở đầu) giữa (cuối)", " giữa")]
    [InlineData("không có gì", "không có gì")]
    [InlineData("", "")]
    public void Removes_every_match_and_keeps_the_rest_as_Replace_with_nothing_does(string text, string expected)
    {
        Assert.Equal(expected, Aside.Remove(text));
        Assert.Equal(Aside.Replace(text, ""), Aside.Remove(text));
    }

    [Fact]
    public void A_text_without_a_match_comes_back_as_the_same_string()
    {
        var text = "Ủy ban nhân dân tỉnh";
        Assert.Same(text, Aside.Remove(text));
    }
}
