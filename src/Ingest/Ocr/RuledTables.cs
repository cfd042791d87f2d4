using Ingest.Ocr.Native;

namespace Ingest.Ocr;

/// <summary>
/// The ruled tables of a page image and their cells, found from the ruling lines alone: long
/// horizontal and vertical runs of ink (a morphological opening by a long thin brick), joined
/// into tables, and the white areas the rules enclose, which are the cells. A price list such as
/// the Ministry of Health's (QĐ 3467/QĐ-BYT, ../shared/real/byt-decision-scans, landscape pages
/// of six ruled columns) is read cell by cell, row by row, instead of Tesseract's text lines,
/// which run across the columns and take the rules for letters ("00 |18.0077.0028 |Chụp").
/// </summary>
/// <param name="Tables">Each table's outer box, top to bottom.</param>
/// <param name="Cells">Every table's cells in reading order: table by table, row by row, left to right.</param>
public sealed record RuledTables(IReadOnlyList<PageRect> Tables, IReadOnlyList<PageRect> Cells)
{
    /// <summary>The first block number of table cells in a page's TSV (<see cref="TsvJoin"/>): the layout reads them as a table.</summary>
    public const int FirstBlock = 100_000;

    // A rule is at least this share of the page's width (horizontal) or height (vertical):
    // longer than any run of ink inside a word, shorter than a table's narrowest column rule.
    private const int RuleShare = 25;

    // A table is at least half the page wide and has at least this many cells (a boxed title or
    // a page frame is no table).
    private const int MinCells = 4;

    // A cell is at least this many pixels each way; thinner white slivers lie between double rules.
    private const int MinCellSide = 8;

    // Dark enough to be a rule: anti-aliased one-pixel rules of a 150-dpi rendering are mid-gray.
    private const int InkThreshold = 180;

    /// <summary>The page's ruled tables, or null when it has none worth reading by cells; plain 1-bit pages must have 1 for ink.</summary>
    internal static RuledTables? Find(PixHandle page)
    {
        int width = page.Width, height = page.Height;
        using var ink = page.Ink(InkThreshold);
        // Thickened across before the opening, so a rule a scanner skewed by a pixel every few
        // hundred still runs unbroken.
        using var thickH = PixHandle.Own(Lept.pixDilateBrick(IntPtr.Zero, ink, 1, 3), "pixDilateBrick failed");
        using var horizontal = PixHandle.Own(Lept.pixOpenBrick(IntPtr.Zero, thickH, Math.Max(40, width / RuleShare), 1), "pixOpenBrick failed");
        using var thickV = PixHandle.Own(Lept.pixDilateBrick(IntPtr.Zero, ink, 3, 1), "pixDilateBrick failed");
        using var vertical = PixHandle.Own(Lept.pixOpenBrick(IntPtr.Zero, thickV, 1, Math.Max(40, height / RuleShare)), "pixOpenBrick failed");
        using var rules = PixHandle.Own(Lept.pixOr(IntPtr.Zero, horizontal, vertical), "pixOr failed");
        var tables = rules.ComponentBoxes(8).Where(b => b.Width * 2 >= width).ToList();
        if (tables.Count == 0)
        {
            return null;
        }
        // The white the rules enclose: 4-connected, so cells touching only at a corner stay two.
        using var white = PixHandle.Own(Lept.pixInvert(IntPtr.Zero, rules), "pixInvert failed");
        var areas = white.ComponentBoxes(4).Where(b => b.Width >= MinCellSide && b.Height >= MinCellSide).ToList();
        var kept = new List<PageRect>();
        var cells = new List<PageRect>();
        foreach (var table in tables.OrderBy(t => t.Top))
        {
            var inside = areas.Where(a => table.Encloses(a)).ToList();
            if (inside.Count < MinCells)
            {
                continue;
            }
            kept.Add(table);
            cells.AddRange(ReadingOrder(inside));
        }
        return kept.Count == 0 ? null : new RuledTables(kept, cells);
    }

    /// <summary>The cells of <paramref name="table"/> (one of <see cref="Tables"/>), in reading order.</summary>
    public IEnumerable<PageRect> CellsOf(PageRect table) => Cells.Where(table.Encloses);

    // Rows: a cell starts a new row when its top is below every cell of the current row's top
    // by more than half the row's shortest cell; a cell spanning two rows is read with the first.
    private static IEnumerable<PageRect> ReadingOrder(List<PageRect> cells)
    {
        var rows = new List<List<PageRect>>();
        foreach (var cell in cells.OrderBy(c => c.Top).ThenBy(c => c.Left))
        {
            var row = rows.Count == 0 ? null : rows[^1];
            if (row is null || cell.Top - row.Max(c => c.Top) > row.Min(c => c.Height) / 2)
            {
                rows.Add([cell]);
            }
            else
            {
                row.Add(cell);
            }
        }
        return rows.SelectMany(r => r.OrderBy(c => c.Left));
    }
}
