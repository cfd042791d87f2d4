using Ingest.Jobs;
using Ingest.Ocr;

namespace Ingest.Tests.Ocr;

/// <summary>
/// The layout regions kept with each OCR'd page of real office scans (issue 15): the header
/// table's two columns, the body, the closing table's recipients and signer, in the order they
/// were read, and boxes where the words dropped as no text were — the handwritten note down the
/// margin of a Đà Nẵng police letter, the digital-signature stamp over a city letter's header.
/// </summary>
public class PageLayoutTests
{
    private static async Task<(PageWords Words, IReadOnlyList<PageRegion> Regions)> Read(string file, int page)
    {
        var pdf = RealFiles.Path_(file.Split('/'));
        var p = (await new DocumentReader(TestPool.Shared).ReadAsync(pdf, Path.GetFileName(pdf)))[page - 1];
        return (PageWords.Parse(p.WordBoxesTsv!), PageRegion.FromJson(p.RegionsJson));
    }

    [Theory]
    // Sở GD&ĐT Đà Nẵng, 1-bit CCITT at 200 dpi: the columns nearly touch on the first row.
    [InlineData("danang-scans/data/1.pdf")]
    // Công an TP Đà Nẵng, 300 dpi colour JPEG with handwriting in the left margin.
    [InlineData("danang-scans/data/2.pdf")]
    // Sở GD&ĐT Đà Nẵng's 1906/SGDĐT-CTrTT photographed: a rule between the columns, read "_",
    // joined their first lines into one until rules stopped being words.
    [InlineData("danang-scans/data/4_1.jpg")]
    public async Task Page_one_reads_the_header_columns_then_the_body_below_them(string file)
    {
        var (words, regions) = await Read(file, 1);
        var shown = string.Join("\n", regions);
        Assert.True(regions.Count >= 3, shown);
        Assert.Equal([RegionKind.HeaderLeft, RegionKind.HeaderRight, RegionKind.Body], regions.Take(3).Select(r => r.Kind));
        var (left, right, body) = (regions[0], regions[1], regions[2]);
        // The gutter runs between the columns, near the middle of the page.
        Assert.True(left.Right < right.Left, shown);
        Assert.True(left.Left < words.Width / 2 && right.Right > words.Width / 2, shown);
        // Both in the top quarter of the page; the body starts below the lower of them.
        Assert.True(left.Top < words.Height / 4 && right.Top < words.Height / 4, shown);
        Assert.True(body.Top >= Math.Max(left.Bottom, right.Bottom), shown);
        Assert.True(body.Height > words.Height / 3, shown);
        // Every region lies on the page.
        Assert.All(regions, r => Assert.True(r.Left >= 0 && r.Top >= 0 && r.Right <= words.Width && r.Bottom <= words.Height && r.Width >= 0 && r.Height >= 0, r.ToString()));
    }

    [Fact]
    public async Task The_handwritten_note_down_the_margin_is_a_dropped_region()
    {
        // 2.pdf page 1 (2551×4200 at 300 dpi): a note written up the left margin beside the
        // first body paragraphs, x below ~450, y ~600–1800; Tesseract made "ẽẽẽ”...", "~", "Š" of it.
        var (words, regions) = await Read("danang-scans/data/2.pdf", 1);
        var shown = string.Join("\n", regions);
        var margin = regions.Where(r => r.Kind == RegionKind.Dropped && r.Right < words.Width / 5 && r.Top > words.Height / 8 && r.Bottom < words.Height / 2).ToList();
        Assert.True(margin.Count > 0, shown);
        // One box holds most of the note: its fragments touch, so they are grouped.
        Assert.True(margin.Max(r => r.Height) > 400, shown);
        // Dropped regions come after every region that was read.
        Assert.Equal(regions.Count(r => r.Kind != RegionKind.Dropped), regions.TakeWhile(r => r.Kind != RegionKind.Dropped).Count());
    }

    // 3.pdf page 1: "Kính gửi:" stands under the left column, beside the date line; it follows
    // the whole table, motto and date included.
    [Fact]
    public async Task Kinh_gui_is_read_after_the_header_table()
    {
        var text = (await TestPool.Shared.RecognizeAsync(RealFiles.Rendered(1, "danang-scans", "data", "3.pdf"))).Text;
        var motto = text.IndexOf("Độc lập", StringComparison.Ordinal);
        var addressed = text.IndexOf("Kính gửi", StringComparison.Ordinal);
        Assert.True(motto >= 0 && addressed > motto, text);
        Assert.True(text.IndexOf("năm 2023", StringComparison.Ordinal) < addressed, text);
    }

    [Fact]
    public async Task A_seal_over_the_signer_leaves_the_recipients_and_the_signer()
    {
        // 3.pdf page 1: the round red seal of UBND Đà Nẵng prints over "CHỦ TỊCH" and the
        // signature, bottom right. The block is read again without it (SignerAreaTests), so
        // the closing table is read as recipients then signer and no seal noise is left to drop.
        // (Its digital-signature stamp over the motto is not drawn at all: SignatureWidgetTests.)
        var (words, regions) = await Read("danang-scans/data/3.pdf", 1);
        var shown = string.Join("\n", regions);
        var kinds = regions.Select(r => r.Kind).ToList();
        Assert.True(kinds.IndexOf(RegionKind.Recipients) >= 0 && kinds.IndexOf(RegionKind.Recipients) + 1 == kinds.IndexOf(RegionKind.Signer), shown);
        var signer = regions.Single(r => r.Kind == RegionKind.Signer);
        var recipients = regions.Single(r => r.Kind == RegionKind.Recipients);
        Assert.True(signer.Left > recipients.Right && signer.Left > words.Width / 2 && signer.Top > words.Height / 2, shown);
        Assert.DoesNotContain(regions, r => r.Kind == RegionKind.Dropped && r.Width > words.Width / 10);
    }

    [Fact]
    public async Task The_last_page_reads_the_recipients_then_the_signer_beside_them()
    {
        // 1.pdf page 2: "Nơi nhận:" and seven recipients on the left, "KT. GIÁM ĐỐC" and the name on the right.
        var (_, regions) = await Read("danang-scans/data/1.pdf", 2);
        var shown = string.Join("\n", regions);
        var read = regions.Where(r => r.Kind != RegionKind.Dropped).ToList();
        Assert.Equal([RegionKind.Body, RegionKind.Recipients, RegionKind.Signer], read.Select(r => r.Kind));
        var (body, recipients, signer) = (read[0], read[1], read[2]);
        Assert.True(recipients.Right < signer.Left, shown);
        Assert.True(recipients.Top > body.Bottom && signer.Top > body.Bottom, shown);
    }

    [Fact]
    public void Dropped_words_that_touch_make_one_box_and_a_stray_mark_its_own()
    {
        // Three seal fragments side by side and one under them, a stray mark far below, and one word of text.
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "1\t1\t0\t0\t0\t0\t0\t0\t1600\t2300\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t900\t500\t60\t40\t10\tẽẽẽ”...\n5\t1\t1\t1\t1\t2\t980\t505\t50\t40\t5\tŠ\n"
            + "5\t1\t1\t1\t1\t3\t1200\t500\t200\t40\t95\tThực\n"
            + "5\t1\t1\t1\t2\t1\t930\t560\t70\t40\t0\t_&\n"
            + "5\t1\t1\t1\t3\t1\t300\t1500\t30\t30\t3\tI¬sïš.\n";
        var page = PageWords.Parse(tsv);
        var areas = DroppedAreas.Of(page.Lines, PageNoise.Clean(page.Lines));
        Assert.Equal(
            [new PageRegion(RegionKind.Dropped, 900, 500, 130, 100), new PageRegion(RegionKind.Dropped, 300, 1500, 30, 30)],
            areas);
        var layout = PageLayout.Read(page, dropNoise: true, readColumns: true);
        Assert.Equal(new PageRegion(RegionKind.Body, 1200, 500, 200, 40), layout.Regions[0]);
        Assert.Equal(3, layout.Regions.Count);
    }

    [Fact]
    public void Regions_round_trip_through_their_json()
    {
        PageRegion[] regions = [new(RegionKind.HeaderLeft, 209, 163, 548, 296), new(RegionKind.Dropped, 0, 697, 437, 749)];
        var json = PageRegion.ToJson(regions);
        Assert.Contains("\"kind\":\"header-left\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("right", json, StringComparison.Ordinal);
        Assert.Equal(regions, PageRegion.FromJson(json));
        Assert.Empty(PageRegion.FromJson(null));
    }
}
