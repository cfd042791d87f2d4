using Ingest.Ocr;
using Ingest.Ocr.Native;

namespace Ingest.Tests.Ocr;

/// <summary>
/// Ruled tables on real pages (issue 15): the Ministry of Health's price list (QĐ 3467/QĐ-BYT,
/// ../shared/real/byt-decision-scans, 150-dpi landscape pages of six ruled columns) is found with
/// its cells and read row by row, cell by cell; a letter with no rules has no table.
/// </summary>
public class RuledTablesTests
{
    private static readonly string PricePage = RealFiles.Path_("byt-decision-scans", "sample_ocr", "page_0201.png");

    private static RuledTables? Find(string file)
    {
        using var pix = PixHandle.Read(File.ReadAllBytes(file));
        return RuledTables.Find(pix);
    }

    [Fact]
    public void The_price_list_is_one_table_of_six_columns_read_row_by_row()
    {
        // page_0201: a heading row and rows 1586–1599, six columns each (STT, Mã tương đương,
        // two service names, Mức giá, Ghi chú): 15 rows.
        var tables = Find(PricePage);
        Assert.NotNull(tables);
        var table = Assert.Single(tables.Tables);
        Assert.Equal(15 * 6, tables.Cells.Count);
        Assert.All(tables.Cells, c => Assert.True(table.Encloses(c), c.ToString()));
        // Reading order: six cells left to right, then the next row below them.
        for (var i = 0; i + 1 < tables.Cells.Count; i++)
        {
            var (a, b) = (tables.Cells[i], tables.Cells[i + 1]);
            Assert.True((i + 1) % 6 == 0 ? b.Top >= a.Bottom : b.Left >= a.Right && b.Top == a.Top, $"{i}: {a} then {b}");
        }
    }

    [Theory]
    // A Đà Nẵng letter photographed (~70 dpi): a header table without rules, a rule under the motto.
    [InlineData("danang-scans/data/4_1.jpg")]
    // The decision's first page: rules under its headings, no table.
    [InlineData("byt-decision-scans/sample_ocr/page_0001.png")]
    public void A_page_without_a_ruled_table_has_none(string file) =>
        Assert.Null(Find(RealFiles.Path_(file.Split('/'))));

    [Theory]
    // Plain 1-bit pages whose bits have 1 for paper, as Leptonica reads these files: turned
    // ink-is-1 their paper is no ink, and the page no table of a thousand cells.
    [InlineData("a06-page1.png")]
    [InlineData("a01-pages1-2.tif")]
    public void A_page_with_one_for_paper_has_no_table(string file)
    {
        var page = CorpusFiles.Path_("images", file);
        using var pix = PixHandle.Read(File.ReadAllBytes(page));
        Assert.True(pix.PaperIsOne);
        // As the engine hands it over: ink is 1.
        using var upright = pix.InkAsOne();
        Assert.NotNull(upright);
        Assert.Null(RuledTables.Find(upright));
    }

    [Fact]
    public async Task Each_row_of_the_price_list_is_read_whole_before_the_next()
    {
        var ocr = await TestPool.Shared.RecognizeAsync(new PageImage(File.ReadAllBytes(PricePage), 150, "PNG"));
        // Each row's number, its code and its price come in order, and before the next row's
        // number: Tesseract's own lines run across the columns and mixed rows and rules
        // ("00 |18.0077.0028 |Chụp" on page_0013).
        var tokens = ocr.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var rows = Enumerable.Range(1586, 14).Select(n => tokens.IndexOf(n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.All(rows, at => Assert.True(at >= 0, ocr.Text));
        Assert.Equal(rows.Order(), rows);
        Assert.DoesNotContain(tokens, t => t.Contains('|'));
        // The stored word boxes are in the page's own pixels, each inside a cell of the table,
        // and the page's layout names the table.
        var words = PageWords.Parse(ocr.Tsv);
        Assert.Equal((1754, 1240), (words.Width, words.Height));
        var cells = Find(PricePage)!.Cells;
        var inTable = words.Lines.SelectMany(l => l.Words).Where(w => w.Block >= RuledTables.FirstBlock).ToList();
        Assert.True(inTable.Count > 100, ocr.Tsv);
        Assert.All(inTable, w => Assert.Contains(cells, c => c.Encloses(new PageRect(w.Left, w.Top, w.Width, w.Height))));
        Assert.Contains(ocr.Regions, r => r.Kind == RegionKind.Table);
    }
}
