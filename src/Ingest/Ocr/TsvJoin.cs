using System.Globalization;
using System.Text;

namespace Ingest.Ocr;

/// <summary>
/// One page's TSV made of the TSVs of its parts read one rectangle at a time (a page with ruled
/// tables, <see cref="RuledTables"/>): one page row of the whole image, then each part's rows in
/// reading order with their blocks renumbered so no two parts share one — text parts from 1,
/// table cells from <see cref="RuledTables.FirstBlock"/> — since lines are told apart by block.
/// </summary>
internal sealed class TsvJoin
{
    private readonly StringBuilder _tsv = new();
    private int _textBlocks;
    private int _cellBlocks = RuledTables.FirstBlock - 1;

    /// <param name="header">The header row, with its line break.</param>
    /// <param name="width">The page image's width, pixels.</param>
    /// <param name="height">Its height.</param>
    /// <param name="choices">Whether rows carry a <c>choices</c> cell (the page row then an empty one).</param>
    public TsvJoin(string header, int width, int height, bool choices)
    {
        _tsv.Append(header);
        _tsv.Append(CultureInfo.InvariantCulture, $"1\t1\t0\t0\t0\t0\t0\t0\t{width}\t{height}\t-1\t");
        _tsv.Append(choices ? "\t\n" : "\n");
    }

    /// <summary>
    /// Adds the rows of the text read outside the tables (a TSV with its header row, which is
    /// skipped, as is its page row) whose middle lies from <paramref name="fromY"/> down to, not
    /// including, <paramref name="toY"/>: what stands above a table, or beside and below it.
    /// </summary>
    public void AddText(string tsv, int fromY, int toY) => Add(tsv, false, 0, 0, r => r.Top + (r.Height / 2) >= fromY && r.Top + (r.Height / 2) < toY);

    /// <summary>Adds the rows of a text whose words do not lie wholly inside <paramref name="area"/>.</summary>
    public void AddTextOutside(string tsv, PageRect area) =>
        Add(tsv, false, 0, 0, r => !area.Encloses(r));

    /// <summary>Adds the rows of a part read as text from the area whose top left corner is (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public void AddTextPart(string tsv, int left, int top) => Add(tsv, false, left, top, null);

    /// <summary>Adds the rows of a part read from the area at (<paramref name="left"/>, <paramref name="top"/>) whose box in the part is kept by <paramref name="keep"/>.</summary>
    public void AddTextPart(string tsv, int left, int top, Func<PageRect, bool> keep) => Add(tsv, false, left, top, keep);

    /// <summary>Adds the rows of one cell read from the area whose top left corner is (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public void AddCell(string tsv, int left, int top) => Add(tsv, true, left, top, null);

    // keep: which rows, by their box as read (null: all).
    private void Add(string tsv, bool isCell, int left, int top, Func<PageRect, bool>? keep)
    {
        var offset = isCell ? _cellBlocks : _textBlocks;
        var last = 0;
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var f = row.Split('\t');
            if (f.Length < 12 || f[0] == "1" || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var block)
                || !int.TryParse(f[6], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var x)
                || !int.TryParse(f[7], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y)
                || !int.TryParse(f[8], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
                || !int.TryParse(f[9], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
                || keep is not null && !keep(new PageRect(x, y, width, height)))
            {
                continue;
            }
            // A joined page's own cells added again as text (a page number read after its
            // tables) keep their numbers: they are numbered among the cells already.
            if (isCell || block < RuledTables.FirstBlock)
            {
                last = Math.Max(last, block);
                f[2] = (offset + block).ToString(CultureInfo.InvariantCulture);
            }
            f[6] = Shift(f[6], left);
            f[7] = Shift(f[7], top);
            _tsv.AppendJoin('\t', f).Append('\n');
        }
        if (isCell)
        {
            _cellBlocks += last;
        }
        else
        {
            _textBlocks += last;
        }
    }

    private static string Shift(string value, int by) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? (v + by).ToString(CultureInfo.InvariantCulture) : value;

    public override string ToString() => _tsv.ToString();
}
