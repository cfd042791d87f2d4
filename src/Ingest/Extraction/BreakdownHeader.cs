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
        var cells = Enumerable.Range(start + 1, Math.Max(0, end - start - 1)).Select(k => lines[k]).Where(l => !l.IsBlank).ToList();
        if (cells.Count < 5 || !HolderColumnRule.In(rules).IsMatch(cells[0].Folded) || !TotalColumnRule.In(rules).IsMatch(cells[1].Folded)
            || !BreakdownRule.In(rules).IsMatch(cells[2].Folded))
        {
            return null;
        }
        var lower = 3;
        var notes = NoteColumnRule.In(rules).IsMatch(cells[lower].Folded);
        lower += notes ? 1 : 0;
        var given = SubsetColumnRule.In(rules).IsMatch(cells[2].Folded);
        var level = LevelColumnRule.In(rules).IsMatch(cells[0].Folded) ? cells[0].Text.Trim().ToLowerInvariant() : null;
        // "Tổng số" / "Chia ra theo trình độ" / "Ghi chú" / "Sơ cấp" / "Dưới 3 tháng" under "Đơn vị tính: người"
        // (corpus/blind av02): no cell names a unit, the table's measure counts each part.
        var bare = cells.Skip(lower).ToList();
        var figures = QuotaTable.FirstRowShape(rules, lines, first).Figures;
        if (measured is not null && bare.Count >= 2 && bare.TrueForAll(c => HeaderBracket.Of(rules, c.Text) is null) && figures == bare.Count + 1)
        {
            return new HeaderColumns(
                [given ? measured : null, .. bare.Select(_ => given ? null : measured)],
                [null, .. bare.Select(c => given ? null : c.Text.Trim())], false, notes, level, end);
        }
        // The lower row: each cell closes on its bracket.
        var parts = new List<string>();
        var open = new List<string>();
        foreach (var line in cells.Skip(lower))
        {
            open.Add(line.Text.Trim());
            if (line.Text.TrimEnd().EndsWith(')'))
            {
                parts.Add(string.Join(' ', open));
                open.Clear();
            }
        }
        if (open.Count > 0 || parts.Count < 3 || HeaderBracket.Of(rules, parts[0]) is not { Index: 0 } totalBracket || totalBracket.Measure)
        {
            return null;
        }
        var split = parts.Skip(1).Select(p => (Part: p, Bracket: HeaderBracket.Of(rules, p))).ToList();
        if (split.Exists(p => p.Bracket is not { Measure: false, Index: > 0 }) || figures != parts.Count)
        {
            return null;
        }
        List<string?> units = [given ? totalBracket.Unit.Trim() : null, .. split.Select(p => given ? null : p.Bracket!.Value.Unit.Trim())];
        List<string?> purposes = [null, .. split.Select(p => given ? null : p.Part[..p.Bracket!.Value.Index].Trim())];
        return new HeaderColumns(units, purposes, false, notes, level, end);
    }
}
