using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// An allocation table with no "STT" column, as a text layer gives it: under a caption that allots,
/// "Đơn vị" / "Số giáo viên (người)", then each row's name and its figures — "Thành phố Rạch Giá" /
/// "20" / "Thành phố Hà Tiên" / "8" … "Tổng cộng" / "170" (corpus/blind v06). Read only when every
/// row has as many figures as the header has columns; the total is no one's. Rules
/// quota.table-caption, quota.table-holder-column, quota.table-counted-column, quota.table-count-cell
/// and quota.table-total.
/// </summary>
public static class UnnumberedQuotaTable
{
    private static readonly RuleRef CaptionRule = new("quota.table-caption");
    private static readonly RuleRef HolderColumnRule = new("quota.table-holder-column");
    private static readonly RuleRef CountColumnRule = new("quota.table-count-column");
    private static readonly RuleRef CountCellRule = new("quota.table-count-cell");
    private static readonly RuleRef TotalRule = new("quota.table-total");
    private static readonly RuleRef LeadUnitRule = new("quota.table-lead-unit");
    private static readonly RuleRef PeopleRule = new("quota.table-people");

    // A header of a column or two of figures: the cells between the holders' and the first row.
    private const int MaxColumns = 3;

    // The caption stands right above the holder column's cell ("Bảng 2. Phân bổ …" / "Đơn vị").
    private const int CaptionReach = 2;

    /// <summary>The table whose holder column's cell is line <paramref name="start"/>, or null when none is.</summary>
    public static QuotaTable? At(RuleBook rules, IReadOnlyList<SourceLine> lines, int start)
    {
        if (start + 3 >= lines.Count || !HolderColumnRule.In(rules).IsMatch(lines[start].Folded)
            || !Enumerable.Range(Math.Max(0, start - CaptionReach), Math.Min(CaptionReach, start)).Any(k => CaptionRule.In(rules).IsMatch(lines[k].Folded)))
        {
            return null;
        }
        // The header's cells run up to the first row's name, the line its first figure follows.
        var i = start + 1;
        var units = new List<string>();
        // Columns of words after the figures' ("Điểm tập huấn": "Điểm 2", corpus/blind w03).
        var words = 0;
        for (; i + 1 < lines.Count && units.Count + words < MaxColumns && !IsFigure(rules, lines[i + 1]); i++)
        {
            if (words == 0 && UnitOf(rules, lines[i].Text.Trim()) is { } unit)
            {
                units.Add(unit);
            }
            else if (units.Count > 0)
            {
                words++;
            }
            else
            {
                return null;
            }
        }
        if (units.Count == 0)
        {
            return null;
        }
        var rows = new List<(string, AllottedRow)>();
        while (i + units.Count < lines.Count && !TotalRule.In(rules).IsMatch(lines[i].Folded) && !IsFigure(rules, lines[i]) && TableCells.IsCell(rules, lines[i]))
        {
            var figures = Enumerable.Range(i + 1, units.Count).Select(k => lines[k]).ToList();
            if (!figures.All(f => IsFigure(rules, f)) || i + units.Count + words >= lines.Count
                || Enumerable.Range(i + 1 + units.Count, words).Any(k => IsFigure(rules, lines[k]) || !TableCells.IsCell(rules, lines[k])))
            {
                break;
            }
            var who = VietnameseText.CollapseSpaces(lines[i].Text.Trim());
            var counts = figures.Select((f, k) => (Text: f.Text.Trim().Replace(".", "", StringComparison.Ordinal), Unit: units[k]))
                .Where(c => c.Text.All(char.IsAsciiDigit) && c.Text.Any(d => d is > '0' and <= '9'))
                .Select(c => (int.Parse(c.Text, System.Globalization.CultureInfo.InvariantCulture), c.Unit, (string?)null)).ToList();
            if (counts.Count > 0)
            {
                rows.Add((who + ": " + string.Join(", ", counts.Select(c => $"{c.Item1} {c.Unit}")), new AllottedRow(who, counts)));
            }
            i += 1 + units.Count + words;
        }
        // The total row and its figures.
        if (i < lines.Count && TotalRule.In(rules).IsMatch(lines[i].Folded))
        {
            for (i++; i < lines.Count && IsFigure(rules, lines[i]); i++)
            {
            }
        }
        return rows.Count < 2 ? null : new QuotaTable(rows, i);
    }

    // "Số giáo viên (người)": giáo viên; "Tập thể": tập thể. Null for a cell that names no count.
    private static string? UnitOf(RuleBook rules, string cell)
    {
        var folded = VietnameseText.Fold(cell);
        if (CountColumnRule.In(rules).Match(folded) is { Success: true } column)
        {
            return cell.Substring(column.Groups["unit"].Index, column.Groups["unit"].Length).ToLowerInvariant();
        }
        if (QuotaTable.CountedUnit(rules, cell) is { } counted)
        {
            return counted.Unit.ToLowerInvariant();
        }
        // A cell that opens on what it counts is a column of counts, read as QuotaTable reads a
        // column named by its contents: "Công chức cấp xã (người)" (corpus/blind w03) counts công
        // chức, "Giáo viên cốt cán THCS" (x03) what it names. A cell that opens on no unit is words
        // ("Điểm tập huấn"), unless its bracket counts people the vocabulary does not know:
        // "Đội viên xung kích (người)" (y06) counts them as the cell names them.
        if (LeadUnitRule.In(rules).IsMatch(folded))
        {
            return QuotaTable.NamedUnit(rules, cell, measured: null);
        }
        return HeaderBracket.Of(rules, cell) is { } people && PeopleRule.In(rules).IsMatch(VietnameseText.Fold(people.Unit))
            ? char.ToLowerInvariant(cell[0]) + cell[1..people.Index].TrimEnd()
            : null;
    }

    private static bool IsFigure(RuleBook rules, SourceLine line) => CountCellRule.In(rules).IsMatch(line.Folded);
}
