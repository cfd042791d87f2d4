using Ingest.Jobs;
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

    // corpus/scans-official a01-200.pdf, a 1-bit G4 render in the decree's layout: pages 2 to 4
    // are numbered at the top centre, printed clean, and Tesseract's layout leaves each number out.
    [Fact]
    public async Task A_page_number_the_layout_left_out_is_read_from_its_band()
    {
        var path = CorpusFiles.Path_("scans-official", "a01-200.pdf");
        using var plain = new EnginePool(new OcrOptions { ReadPageNumber = false, Engines = 1 });
        var asRead = await new DocumentReader(plain).ReadAsync(path, "a01-200.pdf");
        var read = await new DocumentReader(TestPool.Shared).ReadAsync(path, "a01-200.pdf");
        Assert.All(asRead.Skip(1), p => Assert.DoesNotMatch(@"^\d+\n", p.Text));
        Assert.Equal(["2", "3", "4"], read.Skip(1).Select(p => p.Text.Split('\n')[0]));
        Assert.DoesNotMatch(@"^\d+\n", read[0].Text); // the first page has no number
    }

    // danang-scans 1.pdf, a real 1-bit office scan, numbers its two pages at the bottom right,
    // below the last line (page 2: far below the signer's name); Tesseract left both out.
    [Fact]
    public async Task A_page_number_at_the_foot_of_a_real_scan_is_read()
    {
        var path = RealFiles.Path_("danang-scans", "data", "1.pdf");
        using var plain = new EnginePool(new OcrOptions { ReadPageNumber = false, Engines = 1 });
        var asRead = await new DocumentReader(plain).ReadAsync(path, "1.pdf");
        var read = await new DocumentReader(TestPool.Shared).ReadAsync(path, "1.pdf");
        Assert.All(asRead, p => Assert.DoesNotMatch(@"\n\d\s*$", p.Text));
        Assert.Equal(["1", "2"], read.Select(p => p.Text.TrimEnd().Split('\n')[^1]));
        Assert.EndsWith("điểm trên.\n\n1", read[0].Text.TrimEnd(), StringComparison.Ordinal);
    }

    // QĐ 3467/QĐ-BYT page 3: a page read table by table (RuledTables), its "1" at the foot below the table.
    [Fact]
    public async Task A_page_number_below_a_ruled_table_is_read()
    {
        var image = ImageFile.Page(File.ReadAllBytes(RealFiles.Path_("byt-decision-scans", "sample_ocr", "page_0003.png")), 0);
        using var plain = new EnginePool(new OcrOptions { ReadPageNumber = false, Engines = 1 });
        Assert.DoesNotMatch(@"\n1\s*$", (await plain.RecognizeAsync(image)).Text);
        var read = await TestPool.Shared.RecognizeAsync(image);
        Assert.EndsWith("\n1", read.Text.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(read.Regions, r => r.Kind == RegionKind.Table);
    }

    [Fact]
    public void A_band_with_more_than_a_number_or_only_specks_gives_none()
    {
        const int line = 40;
        PageRect Mark(int left, int height = 28, int width = 18) => new(left, 10, width, height);
        Assert.NotNull(PageNumber.Glyphs([Mark(100), Mark(120), new(300, 5, 3, 3)], line)); // "12" and a speck
        Assert.Null(PageNumber.Glyphs([new(100, 10, 4, 4), new(300, 5, 3, 3)], line)); // specks only
        Assert.Null(PageNumber.Glyphs([Mark(100), Mark(300)], line)); // two marks far apart
        Assert.Null(PageNumber.Glyphs([Mark(100), Mark(120), Mark(140), Mark(160)], line)); // a word
        Assert.Null(PageNumber.Glyphs([Mark(100, height: 90)], line)); // taller than a line: a rule or a seal
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
        Assert.Equal("8", PageNumber.Mend([Line(50, (830, "§")), body], 1700)![0].Words[0].Text); // vbpl pline_2's 8
    }
}
