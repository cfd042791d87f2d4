using System.Globalization;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A table of goals as a text layer gives it, one cell per line (issue 16: targets of plans and
/// resolutions, "yearly targets in a table, targets per district"). Two shapes:
/// <list type="bullet">
/// <item>indicators by year: "TT" / "Chỉ tiêu" / "Đơn vị tính" / "Năm 2022" / "Năm 2023" …, then
/// "1" / "Số xã đạt chuẩn nông thôn mới (lũy kế)" / "xã" / "11" / "13" … (corpus/blind m01): each
/// figure a goal of its row's indicator, due in its column's year;</item>
/// <item>places by goal: "STT" / "Xã, thị trấn" / "Số hộ nghèo đầu năm 2022 (hộ)" / "Chỉ tiêu giảm
/// hộ nghèo năm 2022 (hộ)", then "1" / "Thị trấn Gò Dầu" / "38" / "8" (corpus/blind c08): the
/// figures of a column that names a goal and its year are goals of the row's place; where
/// things stood ("đầu năm", "đã đạt") is none.</item>
/// </list>
/// Rules target.table-*, quota.table-holder-column and quota.table-total, and those of <see cref="TableCells"/>.
/// </summary>
/// <param name="Rows">Each row: its indicator or place cell as written, and its goals.</param>
/// <param name="End">The index of the first line after the table.</param>
public sealed record TargetTable(IReadOnlyList<(string Row, IReadOnlyList<Target> Targets)> Rows, int End)
{
    private static readonly RuleRef IndicatorColumnRule = new("target.table-indicator-column");
    private static readonly RuleRef UnitColumnRule = new("target.table-unit-column");
    private static readonly RuleRef YearColumnRule = new("target.table-year-column");
    private static readonly RuleRef GoalColumnRule = new("target.table-goal-column");
    private static readonly RuleRef ValueCellRule = new("target.table-value-cell");
    private static readonly RuleRef HolderColumnRule = new("quota.table-holder-column");
    private static readonly RuleRef TotalRule = new("quota.table-total");
    private static readonly RuleRef WholeRule = new("target.table-whole");
    private static readonly RuleRef GroupRule = new("quota.table-group");

    // Header cells before the first row.
    private const int MaxHeaderLines = 14;

    // A row's name cell wraps over a few lines at most.
    private const int MaxNameLines = 4;

    // What each column after the first holds: a goal due in a year (with its unit, when the
    // header names it), or figures that are no goal (null).
    private sealed record Column(string? Year, string? Unit, string? Indicator);

    /// <summary>The table of goals whose header starts at line <paramref name="start"/>, or null when none does.</summary>
    public static TargetTable? At(RuleBook rules, IReadOnlyList<SourceLine> lines, int start)
    {
        if (start >= lines.Count || !TableCells.IsStart(rules, lines[start]))
        {
            return null;
        }
        bool? byIndicator = null;
        var unitColumn = -1;
        var columns = new List<Column?>();
        var i = start + 1;
        // Header cells as written, a cell that wraps joined again: "Chỉ tiêu giao" / "năm 2024 (%)"
        // (a line that opens in lower case goes on the cell above).
        var header = new List<SourceLine>();
        for (; i < lines.Count && i - start <= MaxHeaderLines && !TableCells.IsRowNumber(rules, lines[i], 1) && !StartsWhole(rules, lines, i) && !StartsGroup(rules, lines, i); i++)
        {
            if (header.Count > 1 && lines[i].Text.Length > 0 && char.IsLower(lines[i].Text[0]))
            {
                var above = header[^1];
                var text = above.Text + " " + lines[i].Text;
                header[^1] = above with { Text = text, Folded = VietnameseText.Fold(text) };
            }
            else
            {
                header.Add(lines[i]);
            }
        }
        foreach (var cell in header)
        {
            var f = cell.Folded;
            if (byIndicator is null)
            {
                // The first column names the rows: indicators, or places and bodies.
                byIndicator = IndicatorColumnRule.In(rules).IsMatch(f) ? true : HolderColumnRule.In(rules).IsMatch(f) ? false : null;
                if (byIndicator is null)
                {
                    return null;
                }
                continue;
            }
            if (byIndicator == true && unitColumn < 0 && UnitColumnRule.In(rules).IsMatch(f))
            {
                unitColumn = columns.Count;
                columns.Add(null);
            }
            else if (byIndicator == true && YearColumnRule.In(rules).Match(f) is { Success: true } year)
            {
                columns.Add(new Column(year.Groups["y"].Value, null, null));
            }
            else if (byIndicator == false && GoalColumnRule.In(rules).Match(f) is { Success: true } goal)
            {
                var text = cell.Text;
                var unit = goal.Groups["unit"].Success ? text.Substring(goal.Groups["unit"].Index, goal.Groups["unit"].Length).Trim() : null;
                var indicator = text[..goal.Groups["y"].Index].Trim();
                columns.Add(new Column(goal.Groups["y"].Value, unit, TrimYearWords(indicator)));
            }
            else
            {
                columns.Add(null);
            }
        }
        if (byIndicator is null || columns.All(c => c is null))
        {
            return null;
        }
        var rows = new List<(string, IReadOnlyList<Target>)>();
        var number = 1;
        while (i < lines.Count)
        {
            // The whole area's row ("Toàn tỉnh", "Tổng cộng"), first or last, and its figures: no
            // one place's goal. A group's row ("I" / "Chỉ tiêu về kinh tế"), whose rows are numbered
            // from 1 again or go on.
            if (StartsWhole(rules, lines, i) || StartsGroup(rules, lines, i))
            {
                for (i += StartsGroup(rules, lines, i) ? 2 : 1; i < lines.Count && ValueCellRule.In(rules).IsMatch(lines[i].Folded) && !TableCells.IsRowNumber(rules, lines[i], number); i++)
                {
                }
                number = i < lines.Count && TableCells.IsRowNumber(rules, lines[i], number) ? number : 1;
                continue;
            }
            if (!TableCells.IsRowNumber(rules, lines[i], number))
            {
                break;
            }
            number++;
            i++;
            var name = new List<string>();
            for (; i < lines.Count && name.Count < MaxNameLines && !ValueCellRule.In(rules).IsMatch(lines[i].Folded) && TableCells.IsCell(rules, lines[i])
                && !(unitColumn == 0 && name.Count > 0 && IsUnitCell(rules, lines, i, columns.Count)); i++)
            {
                name.Add(lines[i].Text);
            }
            if (name.Count == 0)
            {
                return null;
            }
            // The unit's cell stands between the indicator and the figures ("xã", "%").
            string? rowUnit = null;
            if (unitColumn == 0 && i < lines.Count && IsUnitCell(rules, lines, i, columns.Count))
            {
                rowUnit = lines[i++].Text.Trim();
            }
            var cells = new List<SourceLine>();
            var first = unitColumn == 0 ? 1 : 0;
            for (; i < lines.Count && cells.Count < columns.Count - first && ValueCellRule.In(rules).IsMatch(lines[i].Folded); i++)
            {
                cells.Add(lines[i]);
            }
            var row = VietnameseText.CollapseSpaces(string.Join(' ', name)).TrimEnd(':', ' ');
            var targets = new List<Target>();
            for (var k = 0; k < cells.Count; k++)
            {
                if (columns[k + first] is not { } column || ValueCellRule.In(rules).Match(cells[k].Folded) is not { Groups: var g } || !g["v"].Success)
                {
                    continue;
                }
                var unit = g["pct"].Success ? "%" : column.Unit ?? rowUnit;
                if (unit is null)
                {
                    continue;
                }
                var value = decimal.Parse(g["v"].Value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
                var comparator = g["cmp"].Success ? Comparator(rules, g["cmp"].Value) : "=";
                var indicator = column.Indicator is { Length: > 0 } what ? what + " của " + row : row;
                targets.Add(new Target(indicator, comparator, value, unit == "%" ? "%" : unit, column.Year));
            }
            rows.Add((row, targets));
        }
        return rows.Any(r => r.Item2.Count > 0) ? new TargetTable(rows, i) : null;
    }

    // "Toàn tỉnh" / "Tổng cộng" alone on a line, then figures.
    private static bool StartsWhole(RuleBook rules, IReadOnlyList<SourceLine> lines, int i) =>
        (TotalRule.In(rules).IsMatch(lines[i].Folded) || WholeRule.In(rules).IsMatch(lines[i].Folded))
        && i + 1 < lines.Count && ValueCellRule.In(rules).IsMatch(lines[i + 1].Folded);

    // "I" / "Chỉ tiêu về kinh tế": a group's number, then its name.
    private static bool StartsGroup(RuleBook rules, IReadOnlyList<SourceLine> lines, int i) =>
        GroupRule.In(rules).IsMatch(lines[i].Text.Trim()) && i + 1 < lines.Count && !ValueCellRule.In(rules).IsMatch(lines[i + 1].Folded) && TableCells.IsCell(rules, lines[i + 1]);

    // The unit's cell of an indicator row: a short word right before the row's figures.
    private static bool IsUnitCell(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, int columns) =>
        lines[i].Text.Length <= 16 && i + 1 < lines.Count && ValueCellRule.In(rules).IsMatch(lines[i + 1].Folded) && columns > 1;

    // "Chỉ tiêu giảm hộ nghèo năm" → "Chỉ tiêu giảm hộ nghèo": the year's own words go with the year.
    private static string TrimYearWords(string indicator)
    {
        foreach (var tail in (string[])[" đến năm", " năm", " đến", " đạt đến", " đạt"])
        {
            if (indicator.EndsWith(tail, StringComparison.Ordinal))
            {
                indicator = indicator[..^tail.Length];
            }
        }
        return indicator;
    }

    // "≥" → ">=", "trên" → ">" (vocabulary target-comparators).
    private static string Comparator(RuleBook rules, string cmp) =>
        rules.Vocabulary("target-comparators").Map("folded", "comparator").GetValueOrDefault(cmp.Trim(), "=");
}
