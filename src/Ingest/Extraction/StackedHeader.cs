using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A two-row header written one cell per line, the upper row first: "TT" / "Đơn vị" / "Số mô hình thành
/// lập mới" / "Số học viên tập huấn khởi sự kinh doanh (người)" / "Tổ hợp tác" / "Hợp tác xã" / "Câu lạc
/// bộ phụ nữ khởi nghiệp" (corpus/blind ah04). In the upper row a cell that closes on its bracket is a
/// column of its own (it stands over both rows); one without a bracket spans the lower cells, which
/// follow the upper row. Read only when exactly one split into rows makes the columns as many as the
/// first row's figures, with no bracket or "Số …" cell among the lower ones; any other header is
/// <see cref="QuotaTable"/>'s to read. What a spanned column counts, <see cref="SpannedHeader.UnitUnder"/> says.
/// </summary>
internal static class StackedHeader
{
    private static readonly RuleRef TotalRule = new("quota.table-total");
    private static readonly RuleRef BreakdownRule = new("table.breakdown-cell");
    private static readonly RuleRef HowManyRule = new("quota.table-how-many-cell");

    /// <summary>The header whose "STT" cell is line <paramref name="start"/>, when it is such a header; else null.</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="lines">The body's lines.</param>
    /// <param name="start">The index of the header's "STT" cell.</param>
    /// <param name="end">Where the header ends (QuotaTable.HeaderEnd).</param>
    /// <param name="first">The index of row 1's number cell, whose figures the columns must match.</param>
    /// <param name="measured">The unit "Đơn vị tính:" under the caption gives, or null.</param>
    public static HeaderColumns? Read(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, int end, int first, string? measured)
    {
        if (HolderHeaderCells.Read(rules, lines, start, end, 4) is not { Columns: var rest, Level: var level } header)
        {
            return null;
        }
        var figures = QuotaTable.FirstRowShape(rules, lines, first).Figures;
        // "Tổng số" over "Biên chế công chức" and "Số người làm việc", the latter over "Sự nghiệp giáo dục" / "Sự
        // nghiệp y tế" / "Khác" (corpus/blind be05): a total on top that no figure stands under names no column.
        if (rest.Count > 1 && TotalRule.In(rules).IsMatch(VietnameseText.Fold(rest[0])) && rest.Count - 1 > figures)
        {
            rest.RemoveAt(0);
        }
        // A total or a "Trong đó" / "Chia ra" is another header's to read.
        if (rest.Exists(c => TotalRule.In(rules).IsMatch(VietnameseText.Fold(c)) || BreakdownRule.In(rules).IsMatch(VietnameseText.Fold(c))))
        {
            return null;
        }
        var spanning = rest.Count - figures;
        if (spanning < 1)
        {
            return null;
        }
        HeaderColumns? found = null;
        for (var upper = spanning; upper < rest.Count - 1; upper++)
        {
            if (Split(rules, rest[..upper], rest[upper..], spanning, measured) is not { } columns)
            {
                continue;
            }
            if (found is not null)
            {
                return null;
            }
            found = new HeaderColumns([.. columns.Select(c => c.Unit)], [.. columns.Select(c => c.Purpose)], false, header.Notes, level, end);
        }
        return found;
    }

    // The columns when the upper row is upper and the lower lower: each spanning upper cell over an
    // even share of the lower cells, each own cell a column; null when the split does not hold.
    private static List<(string? Unit, string? Purpose)>? Split(RuleBook rules, List<string> upper, List<string> lower, int spanning, string? measured)
    {
        var own = upper.Select(c => HeaderBracket.Of(rules, c) is not null).ToList();
        // "Biên chế công chức" beside "Số lượng người làm việc trong đơn vị sự nghiệp công lập" over "Sự nghiệp giáo
        // dục và đào tạo" / "Sự nghiệp khác" (corpus/blind aw02): where the cells that ask how many are as many as
        // span, and the upper row ends on one, they span, and those before them are columns of their own, bracket or none.
        if (own.Count(o => !o) != spanning && upper.Count(c => HowManyRule.In(rules).IsMatch(c)) == spanning && HowManyRule.In(rules).IsMatch(upper[^1]))
        {
            own = [.. upper.Select(c => !HowManyRule.In(rules).IsMatch(c))];
        }
        if (own.Count(o => !o) != spanning || lower.Count < 2 * spanning
            || lower.Exists(c => HeaderBracket.Of(rules, c) is not null || HowManyRule.In(rules).IsMatch(c)))
        {
            return null;
        }
        var shares = lower.Count % spanning == 0 ? lower.Chunk(lower.Count / spanning).Select(g => g.ToList()).ToList() : null;
        if (shares is null)
        {
            return null;
        }
        var columns = new List<(string? Unit, string? Purpose)>();
        var next = 0;
        for (var k = 0; k < upper.Count; k++)
        {
            if (own[k])
            {
                // Without a bracket, what the vocabulary knows it counts: "Biên chế công chức" (aw02).
                var unit = HeaderBracket.Of(rules, upper[k]) is not { } bracket ? SpannedHeader.AmountOf(rules, upper[k], asked: false)
                    : bracket.Measure ? null : QuotaTable.CountedUnit(rules, upper[k]) is { Known: true } counted ? counted.Unit : QuotaTable.NamedUnit(rules, upper[k], measured);
                columns.Add((unit, null));
                continue;
            }
            foreach (var cell in shares[next++])
            {
                columns.Add((SpannedHeader.UnitUnder(rules, upper[k], cell) ?? SpannedHeader.KindUnder(rules, upper[k], cell, measured), char.ToLowerInvariant(upper[k][0]) + upper[k][1..]));
            }
        }
        return columns;
    }
}
