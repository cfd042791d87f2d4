using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// The header, one cell per line, of a table that gives each row a total and its parts: "TT" / "Đơn vị"
/// / "Tổng chỉ tiêu" / "Chia ra" / "Ghi chú" / "(người)" / "Nhập ngũ" / "(người)" / "Nghĩa vụ tham gia" /
/// "CAND (người)" (corpus/blind at02). A text layer writes the upper row first (the total, the cell
/// over the parts, the notes), then the lower: the total's own bracket, then each part, its name
/// wrapped onto its bracket. Under "Chia ra" the parts are what each row is given and the total only
/// their sum; under "Trong đó" the total is given and the parts only say what it holds (README-b, rule
/// quota.table-subset-column). Read only when the parts and the total are as many as the first row's
/// figures; any other header is <see cref="QuotaTable"/>'s to read.
/// </summary>
internal static class BreakdownHeader
{
    private static readonly RuleRef HolderColumnRule = new("quota.table-holder-column");
    private static readonly RuleRef LevelColumnRule = new("quota.table-level-column");
    private static readonly RuleRef TotalColumnRule = new("quota.table-total-column");
    private static readonly RuleRef BreakdownRule = new("table.breakdown-cell");
    private static readonly RuleRef SubsetColumnRule = new("quota.table-subset-column");
    private static readonly RuleRef NoteColumnRule = new("quota.table-note-column");

    /// <summary>The header whose "STT" cell is line <paramref name="start"/>, when it is such a header; else null.</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="lines">The body's lines.</param>
    /// <param name="start">The index of the header's "STT" cell.</param>
    /// <param name="end">The index of the first row's or group's number cell: where the header ends.</param>
    /// <param name="first">The index of row 1's number cell, whose figures the columns must match.</param>
    /// <param name="measured">The unit "Đơn vị tính:" under the caption gives, or null.</param>
    public static HeaderColumns? Read(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, int end, int first, string? measured)
    {
        var raw = Enumerable.Range(start + 1, Math.Max(0, end - start - 1)).Select(k => lines[k]).Where(l => !l.IsBlank).ToList();
        if (raw.Count < 5)
        {
            return null;
        }
        // "Huyện, thị xã," / "thành phố", "Tổng số" / "(lượt hộ)" (corpus/blind bc01): a cell wrapped onto the
        // next line, or closed by its bracket there, is one cell.
        // Lower cells with no bracket (av02, below) are one line each; lower cells that close on their
        // brackets may wrap.
        var cells = Cells(rules, raw, joinOpen: raw.Skip(3).Any(l => l.Text.TrimEnd().EndsWith(')') && HeaderBracket.Of(rules, l.Text.Trim()) is { Index: > 0 }));
        if (cells.Count < 5 || !HolderColumnRule.In(rules).IsMatch(Fold(cells[0])) || !TotalColumnRule.In(rules).IsMatch(Fold(cells[1]))
            || !BreakdownRule.In(rules).IsMatch(Fold(cells[2])))
        {
            return null;
        }
        var lower = 3;
        var notes = NoteColumnRule.In(rules).IsMatch(Fold(cells[lower]));
        lower += notes ? 1 : 0;
        // "Kinh phí (triệu đồng)" after "Chia ra", before the parts (bc01): money of the upper row, its column
        // after the parts', that allots nothing.
        var money = 0;
        while (lower + money < cells.Count && HeaderBracket.Of(rules, cells[lower + money]) is { Measure: true })
        {
            money++;
        }
        var given = SubsetColumnRule.In(rules).IsMatch(Fold(cells[2]));
        var level = LevelColumnRule.In(rules).IsMatch(Fold(cells[0])) ? cells[0].ToLowerInvariant() : null;
        // "Tổng số" / "Chia ra theo trình độ" / "Ghi chú" / "Sơ cấp" / "Dưới 3 tháng" under "Đơn vị tính: người"
        // (corpus/blind av02): no cell names a unit, the table's measure counts each part.
        var bare = cells.Skip(lower).ToList();
        var figures = QuotaTable.FirstRowShape(rules, lines, first).Figures;
        if (money == 0 && measured is not null && bare.Count >= 2 && bare.TrueForAll(c => HeaderBracket.Of(rules, c) is null) && figures == bare.Count + 1)
        {
            return new HeaderColumns(
                [given ? measured : null, .. bare.Select(_ => given ? null : measured)],
                [null, .. bare.Select(c => given ? null : c)], false, notes, level, end);
        }
        // The total's own bracket: on its cell, or the first of the lower row (at02's "(người)").
        var totalBracket = HeaderBracket.Of(rules, cells[1]);
        var parts = cells.Skip(lower + money).ToList();
        if (totalBracket is null && parts.Count > 0 && HeaderBracket.Of(rules, parts[0]) is { Index: 0 } own)
        {
            (totalBracket, parts) = (own, parts[1..]);
        }
        if (parts.Count < 2 || totalBracket is not { Measure: false } counted)
        {
            return null;
        }
        var split = parts.Select(p => (Part: p, Bracket: HeaderBracket.Of(rules, p))).ToList();
        if (split.Exists(p => p.Bracket is not { Measure: false, Index: > 0 }) || figures != parts.Count + 1 + money)
        {
            return null;
        }
        List<string?> units = [given ? counted.Unit.Trim() : null, .. split.Select(p => given ? null : p.Bracket!.Value.Unit.Trim()), .. Enumerable.Repeat<string?>(null, money)];
        List<string?> purposes = [null, .. split.Select(p => given ? null : p.Part[..p.Bracket!.Value.Index].Trim()), .. Enumerable.Repeat<string?>(null, money)];
        return new HeaderColumns(units, purposes, false, notes, level, end);
    }

    private static string Fold(string cell) => VietnameseText.Fold(cell.Trim());

    // The header's cells, each whole: a line in lower case, or a bracket alone, goes on the cell above it;
    // so does a line after a cell left open ("Hỗ trợ" / "nhà ở" / "(hộ)"), each lower cell closing on its
    // bracket.
    private static List<string> Cells(RuleBook rules, List<SourceLine> raw, bool joinOpen)
    {
        var cells = new List<string>();
        // Whether the last cell ends the upper row ("Chia ra", "Ghi chú": a bracket under them is the lower
        // row's first cell, the total's, "Ghi chú" / "(người)", at02), and whether it is left open.
        var (upperEnds, open) = (false, false);
        foreach (var text in raw.Select(l => l.Text.Trim()))
        {
            if (cells.Count > 0 && !upperEnds && (open || text.StartsWith('(') || char.IsLower(text[0])))
            {
                cells[^1] += " " + text;
            }
            else
            {
                cells.Add(text);
            }
            var folded = Fold(cells[^1]);
            upperEnds = BreakdownRule.In(rules).IsMatch(folded) || NoteColumnRule.In(rules).IsMatch(folded);
            // A cell that does not close on its bracket goes on when the cells around it close on theirs.
            open = joinOpen && cells.Count > 3 && !upperEnds && !cells[^1].EndsWith(')')
                && HeaderBracket.Of(rules, cells[^1]) is null && !TotalColumnRule.In(rules).IsMatch(folded);
        }
        return cells;
    }
}
