using Ingest.Text;

namespace Ingest.Tests.Text;

public class ParenthesesTests
{
    // corpus/blind f02: the verb "trình" inside the aside is the aside's, "đề xuất" after it the subject's.
    private const string Line = "Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực Chương trình) đề xuất 02 tập thể";

    [Fact]
    public void A_word_inside_an_open_aside_is_enclosed() =>
        Assert.True(Parentheses.Enclose(Line, Line.IndexOf("trình", StringComparison.Ordinal)));

    [Fact]
    public void A_word_after_the_aside_closes_is_not() =>
        Assert.False(Parentheses.Enclose(Line, Line.IndexOf("đề xuất", StringComparison.Ordinal)));

    [Fact]
    public void A_word_before_any_aside_is_not() =>
        Assert.False(Parentheses.Enclose(Line, Line.IndexOf("Phát", StringComparison.Ordinal)));

    [Fact]
    public void An_aside_never_closed_encloses_the_rest() =>
        Assert.True(Parentheses.Enclose("01 lớp (cho cán bộ 02 xã", 20));
}
