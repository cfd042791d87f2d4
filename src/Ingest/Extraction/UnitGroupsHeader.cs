using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A two-row header written one cell per line whose upper cells each name their unit over a run of the
/// lower cells, which follow them: "STT" / "Tên bản" / "Số hộ được hỗ trợ" / "(hộ)" / "Kinh phí hỗ trợ" /
/// "(triệu đồng)" / "Ghi chú" / "Xây mới" / "Sửa chữa" / "Xây mới" / "Sửa chữa" / "Cộng" (corpus/blind bg05),
/// where the lower row repeats its parts once per upper cell and a total after the runs sums the last; or
/// "Lực lượng tham gia (người)" / "Phương tiện (chiếc)" / "Ghi chú" / "Dân quân tự vệ" / "Dự bị động viên" /
/// "Ô tô" / "Mô tô, xe máy" (bg08), an even share each, unless the kinds of the lower cells mark runs of their own
/// ("Lực lượng (người)" over "Lực lượng xung kích" / "Dân quân", "Phương tiện (chiếc)" over three vehicles, bi01). Each column counts what
/// <see cref="SpannedHeader.UnitUnder"/> says a column under its upper cell counts (money nothing), given
/// for its part. Read only when the lower cells are as many as the first row's figures and split so; any
/// other header is <see cref="QuotaTable"/>'s to read.
/// </summary>
internal static class UnitGroupsHeader
{
    private static readonly RuleRef TotalRule = new("quota.table-total");
    private static readonly RuleRef ForceCellRule = new("quota.table-force-cell");

    /// <summary>The header whose "STT" cell is line <paramref name="start"/>, when it is such a header; else null.</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="lines">The body's lines.</param>
    /// <param name="start">The index of the header's "STT" cell.</param>
    /// <param name="end">Where the header ends (QuotaTable.HeaderEnd).</param>
    /// <param name="first">The index of row 1's number cell, whose figures the columns must match.</param>
    /// <param name="measured">The unit "Đơn vị tính:" under the caption gives, or null.</param>
    public static HeaderColumns? Read(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, int end, int first, string? measured)
    {
        if (HolderHeaderCells.Read(rules, lines, start, end, 6) is not { Columns: var rest, Level: var level } header)
        {
            return null;
        }
        var upper = rest.TakeWhile(c => HeaderBracket.Of(rules, c) is not null).ToList();
        var lower = rest[upper.Count..];
        if (upper.Count < 2 || lower.Exists(c => HeaderBracket.Of(rules, c) is not null)
            || lower.Count != QuotaTable.FirstRowShape(rules, lines, first).Figures)
        {
            return null;
        }
        // One run of parts per upper cell: the same names each time, what is left after them only totals;
        // or, where the names differ, the runs the kinds of the cells mark, else an even share each.
        var run = lower.Count / upper.Count;
        var repeated = run >= 2 && Enumerable.Range(run, run * (upper.Count - 1)).All(k => string.Equals(lower[k], lower[k % run], StringComparison.OrdinalIgnoreCase))
            && lower.Skip(run * upper.Count).All(c => TotalRule.In(rules).IsMatch(VietnameseText.Fold(c)));
        if (lower.Exists(c => TotalRule.In(rules).IsMatch(VietnameseText.Fold(c))) && !repeated)
        {
            return null;
        }
        var runs = repeated ? [.. Enumerable.Repeat(run, upper.Count)] : KindRuns(rules, upper, lower)
            ?? (run >= 2 && lower.Count % upper.Count == 0 ? [.. Enumerable.Repeat(run, upper.Count)] : null);
        if (runs is null)
        {
            return null;
        }
        var units = new List<string?>();
        var purposes = new List<string?>();
        for (int u = 0, from = 0; u < upper.Count; from += runs[u], u++)
        {
            var cell = upper[u];
            var parts = lower.Skip(from).Take(runs[u]).ToList();
            units.AddRange(parts.Select(part => SpannedHeader.UnitUnder(rules, cell, part)));
            // Each column given for its part under its group, as a stacked header's: "Số hộ được hỗ trợ: Xây mới".
            purposes.AddRange(parts.Select(part => cell[..HeaderBracket.Of(rules, cell)!.Value.Index].Trim() + ": " + part));
        }
        // The sums after the last run count nothing of their own.
        units.AddRange(Enumerable.Repeat<string?>(null, lower.Count - units.Count));
        purposes.AddRange(Enumerable.Repeat<string?>(null, lower.Count - purposes.Count));
        return new HeaderColumns(units, purposes, false, header.Notes, level, end);
    }

    // "Lực lượng (người)" / "Phương tiện (chiếc)" over "Lực lượng xung kích" / "Dân quân" / "Xuồng" / "Ca nô" / "Ô tô"
    // (corpus/blind bi01): runs of unequal length, which the kinds mark: the parts under a cell that counts people
    // name kinds of people or forces (rule quota.table-force-cell), those under one that counts things do not. Null unless the uppers alternate between the
    // two and every part's kind agrees with the run it falls in.
    private static int[]? KindRuns(RuleBook rules, List<string> upper, List<string> lower)
    {
        var people = upper.Select(c => HeaderBracket.CountedIn(rules, c) is { } unit
            && (unit.Trim().Equals("người", StringComparison.OrdinalIgnoreCase) || SpannedHeader.PeopleCell(rules, unit))).ToList();
        var runs = new int[upper.Count];
        var k = 0;
        for (var u = 0; u < upper.Count; u++)
        {
            while (k < lower.Count && (SpannedHeader.PeopleCell(rules, lower[k]) || ForceCellRule.In(rules).IsMatch(VietnameseText.Fold(lower[k]))) == people[u])
            {
                runs[u]++;
                k++;
            }
            if (runs[u] == 0 || u > 0 && people[u] == people[u - 1])
            {
                return null;
            }
        }
        return k == lower.Count ? runs : null;
    }
}
