using Ingest.Ocr;

namespace Ingest.Tests.Ocr;

/// <summary>The page number at the top centre, read with a speck beside it (issue 15).</summary>
public class PageNumberTests
{
    // danang-scans 3.pdf: the annex's second page (the file's third) is numbered "2" at the top.
    [Fact]
    public async Task A_page_number_read_with_a_stray_letter_is_the_number()
    {
        var image = RealFiles.Rendered(3, "danang-scans", "data", "3.pdf");
        using var plain = new EnginePool(new OcrOptions { DropNoise = false, Engines = 1 });
        var asRead = (await plain.RecognizeAsync(image)).Text;
        var mended = (await TestPool.Shared.RecognizeAsync(image)).Text;
        Assert.Matches(@"^\S?2\S?\n", asRead);
        Assert.StartsWith("2\n", mended, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_number_or_a_word_at_the_top_is_left()
    {
        static OcrLine Line(int top, params (int Left, string Text)[] words) =>
            new([.. words.Select(w => new OcrWord(1, 1, top, w.Left, top, 40, 30, 90, w.Text))]);
        var body = Line(200, (100, "Căn"), (150, "cứ"));
        Assert.Equal("3", PageNumber.Mend([Line(50, (830, "P3")), body], 1700)![0].Words[0].Text);
        Assert.Null(PageNumber.Mend([Line(50, (830, "1.")), body], 1700));
        Assert.Null(PageNumber.Mend([Line(50, (830, "2)")), body], 1700));
        Assert.Null(PageNumber.Mend([Line(50, (100, "P3")), body], 1700)); // not centred
        Assert.Null(PageNumber.Mend([Line(50, (830, "3")), body], 1700)); // nothing to mend
    }
}
