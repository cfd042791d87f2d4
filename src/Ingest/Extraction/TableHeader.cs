using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// The header of a table a text layer writes one cell per line, its cells whole again: a cell that
/// wraps ("Ước thực" / "hiện năm" / "2020", "Tỷ lệ huy" / "động năm" / "học 2021 -" / "2022 (%)",
/// corpus/blind n01, n02) is one cell, a row of column numbers under it ("A" / "B" / "1" / "2" …,
/// n03) is none, and a two-level header is resolved into the columns the figures stand under
/// (<see cref="Columns"/>). Rules table.* (Extraction/Rules/table.yaml).
/// </summary>
/// <param name="Cells">The header's cells in reading order, each as one line of text.</param>
/// <param name="End">The index of the first line after the header.</param>
public sealed record TableHeader(IReadOnlyList<string> Cells, int End)
{
    private static readonly RuleRef YearRule = new("table.year");
    private static readonly RuleRef WrapEndRule = new("table.wrap-end");
    private static readonly RuleRef BareYearRule = new("table.bare-year");
    private static readonly RuleRef ColumnLetterRule = new("table.column-letter");
    private static readonly RuleRef ColumnNumberRule = new("table.column-number");
    private static readonly RuleRef PeriodGroupRule = new("table.period-group");

    // A column's year: "Năm 2022", "Thực hiện năm 2021". A period over the columns, "Kế hoạch giai đoạn
    // 2022 - 2025" (corpus/blind t03), is the group above the years, not a year of its own.
    private static bool HasYear(RuleBook rules, string cell)
    {
        var folded = VietnameseText.Fold(cell);
        return YearRule.In(rules).IsMatch(folded) && !PeriodGroupRule.In(rules).IsMatch(folded);
    }

    /// <summary>
    /// The header that starts after line <paramref name="start"/> (the "STT" cell) and ends where
    /// <paramref name="startsData"/> says a row begins, within <paramref name="maxLines"/> lines.
    /// </summary>
    public static TableHeader Read(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, Func<int, bool> startsData, int maxLines)
    {
        var cells = new List<string>();
        var i = start + 1;
        for (; i < lines.Count && i - start <= maxLines && !startsData(i); i++)
        {
            var text = lines[i].Text.Trim();
            if (NumberingEnd(rules, lines, i) is var end && end > i)
            {
                i = end;
                break;
            }
            if (cells.Count > 0 && Continues(rules, cells[^1], text, i + 1 < lines.Count ? lines[i + 1].Text.Trim() : ""))
            {
                cells[^1] += " " + text;
            }
            else
            {
                cells.Add(text);
            }
        }
        return new TableHeader(cells, i);
    }

    /// <summary>
    /// The columns the figures of a row stand under, each with the text of the group above it
    /// ("Tỷ lệ bao phủ bảo hiểm y tế (%)" over "Thực hiện năm 2023" and "Chỉ tiêu giao năm 2024",
    /// corpus/blind n03; "Kế hoạch" over "2017" … "2020", n04), or null when the header cannot
    /// give <paramref name="figures"/> columns. <paramref name="cells"/> are the header's cells
    /// after the rows' name column (and any unit column). In reading order a two-level header
    /// gives its first row (cells that span both levels, and the groups) and then the second
    /// (each group's columns, the groups' shares in turn); a group is a cell with no year where
    /// its columns have one.
    /// </summary>
    public static IReadOnlyList<(string Group, string Cell)>? Columns(RuleBook rules, IReadOnlyList<string> cells, int figures)
    {
        if (cells.Count == figures)
        {
            return [.. cells.Select(c => ("", c))];
        }
        if (cells.Count < figures || figures == 0)
        {
            return null;
        }
        if (Fields(rules, cells, figures) is > 0 and var fields)
        {
            return [.. cells.Skip(fields).Select(c => ("", c))];
        }
        var groups = cells.Count - figures;
        // The groups are the last cells with no year before the second row's columns, which all have one.
        var lastGroup = -1;
        for (var k = cells.Count - 1; k >= 0; k--)
        {
            if (!HasYear(rules, cells[k]))
            {
                lastGroup = k;
                break;
            }
        }
        var first = cells.Take(lastGroup + 1).ToList();
        var second = cells.Skip(lastGroup + 1).ToList();
        var groupCells = first.Where(c => !HasYear(rules, c)).ToList();
        if (lastGroup < 0 || groupCells.Count < groups || second.Count % groups != 0)
        {
            return GroupWithYear(rules, cells, figures);
        }
        // The last `groups` cells of the first row with no year are the groups; any before them span both levels.
        var isGroup = new HashSet<int>();
        for (var k = lastGroup; k >= 0 && isGroup.Count < groups; k--)
        {
            if (!HasYear(rules, first[k]))
            {
                isGroup.Add(k);
            }
        }
        var share = second.Count / groups;
        // A cell with no year over the one column after it is no merged cell: "Năm 2024" over "Kế
        // hoạch" / "Ước thực hiện" beside "Kế hoạch năm 2025" (corpus/blind as04) is a year over its
        // columns, and the plan's own year stands apart.
        if (share == 1 && YearOverColumns(rules, cells, figures) is { } yearOver)
        {
            return yearOver;
        }
        // A cell taken for a group with no columns under it that names its unit ("Số hộ thoát nghèo giai
        // đoạn 2022 - 2025 (hộ)", aj02) is a column, and the group is the one that names the year.
        if (share == 0 && isGroup.Any(k => first[k].TrimEnd().EndsWith(')')) && GroupWithYear(rules, cells, figures) is { } grouped)
        {
            return grouped;
        }
        if (share == 0 && GroupWithUnit(cells, figures) is { } measured)
        {
            return measured;
        }
        var result = new List<(string, string)>();
        var next = 0;
        for (var k = 0; k < first.Count; k++)
        {
            if (!isGroup.Contains(k))
            {
                result.Add(("", first[k]));
                continue;
            }
            for (var s = 0; s < share; s++)
            {
                result.Add((first[k], second[next++]));
            }
        }
        return result.Count == figures ? result : null;
    }

    // One group that names the year, over columns that name none: "Tỷ lệ hộ nghèo cuối năm 2021 (%)"
    // beside "Chỉ tiêu phấn đấu đến cuối năm 2025" over "Tỷ lệ hộ nghèo (%)" / "Tỷ lệ hộ cận nghèo (%)"
    // / "Số hộ thoát nghèo giai đoạn 2022 - 2025 (hộ)" (corpus/blind aj02). The group is the last cell
    // with a year that has cells after it; those are its columns, the cells before it span both rows.
    private static List<(string Group, string Cell)>? GroupWithYear(RuleBook rules, IReadOnlyList<string> cells, int figures)
    {
        if (cells.Count != figures + 1)
        {
            return null;
        }
        for (var g = cells.Count - 2; g >= 0; g--)
        {
            if (HasYear(rules, cells[g]) && !cells.Skip(g + 1).Any(c => HasYear(rules, c)))
            {
                return Under(cells, g);
            }
        }
        return null;
    }

    // One group that is a year ("Năm 2024") over two columns or more that name none ("Kế hoạch" /
    // "Ước thực hiện"), with cells after them that name a year of their own and span both rows
    // ("Kế hoạch năm 2025"): corpus/blind as04, a report's table of what was planned and done in
    // the year behind it beside the plan for the next.
    private static List<(string Group, string Cell)>? YearOverColumns(RuleBook rules, IReadOnlyList<string> cells, int figures)
    {
        if (cells.Count != figures + 1)
        {
            return null;
        }
        for (var g = cells.Count - 3; g >= 0; g--)
        {
            var run = cells.Skip(g + 1).TakeWhile(c => !HasYear(rules, c)).Count();
            if (HasYear(rules, cells[g]) && run >= 2 && g + 1 + run < cells.Count)
            {
                return [.. cells.Take(g).Select(c => ("", c)), .. cells.Skip(g + 1).Take(run).Select(c => (cells[g], c)), .. cells.Skip(g + 1 + run).Select(c => ("", c))];
            }
        }
        return null;
    }

    // One group that names the unit over columns that name what is measured and no unit: "Tỷ lệ
    // tiêm phòng so với tổng đàn trong diện tiêm (%)" over "LMLM trâu, bò" / "Tụ huyết trùng trâu, bò"
    // / "Dại chó" (corpus/blind ak04). The group is the last cell that ends on its unit, two cells or
    // more after it, none ending on a bracket of its own: "Uốn ván (UV2+) phụ nữ có thai" under "Tỷ lệ phấn
    // đấu đạt (%)" (bi03) names its vaccine in one.
    private static List<(string Group, string Cell)>? GroupWithUnit(IReadOnlyList<string> cells, int figures)
    {
        if (cells.Count != figures + 1)
        {
            return null;
        }
        var g = cells.Count - 3;
        for (; g >= 0 && !cells[g].TrimEnd().EndsWith(')'); g--)
        {
        }
        return g >= 0 && cells.Skip(g + 1).All(c => !c.TrimEnd().EndsWith(')')) ? Under(cells, g) : null;
    }

    // The cells before cell g span both rows; those after it are its columns.
    private static List<(string Group, string Cell)> Under(IReadOnlyList<string> cells, int g) =>
        [.. cells.Take(g).Select(c => ("", c)), .. cells.Skip(g + 1).Select(c => (cells[g], c))];

    // A line goes on the cell above when it opens in lower case or with "(" ("tuổi nhà trẻ",
    // "(tháng"), when the cell above is left open ("… (tháng" / "12/2021)", "học 2021 -" / "2022
    // (%)", "đến năm" / "2025"), or when it is the one year of the cell above ("Kế hoạch" /
    // "2024", n03) — not one of several years under a group ("Kế hoạch" / "2017" / "2018", n04).
    private static bool Continues(RuleBook rules, string above, string line, string next)
    {
        if (line.Length == 0)
        {
            return false;
        }
        if (char.IsLower(line[0]) || line[0] == '(')
        {
            return true;
        }
        var open = above.Count(c => c == '(') > above.Count(c => c == ')');
        var several = BareYearRule.In(rules).IsMatch(line) && BareYearRule.In(rules).IsMatch(next);
        if (open || (WrapEndRule.In(rules).IsMatch(VietnameseText.Fold(above)) && !several))
        {
            // "Chỉ tiêu tối thiểu theo năm" / "2024" / "2025" / "2026" (corpus/blind al02): a cell that
            // ends on "năm" over several years is their group, not a cell the first year closes.
            return true;
        }
        return BareYearRule.In(rules).IsMatch(line) && !YearRule.In(rules).IsMatch(VietnameseText.Fold(above)) && !several;
    }

    /// <summary>
    /// How many cells before a header's columns are fields over them: "Quốc phòng" / "Lao động - việc
    /// làm" / "Xã hội" / "Lâm nghiệp" over "Giao quân (người)" / … / "Trồng rừng mới (ha)" (corpus/blind
    /// ar02), each column closed by its unit in brackets and no field by one (which field is over which
    /// the cells do not say); 0 when the cells are no such header.
    /// </summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="cells">The header's cells after the rows' names.</param>
    /// <param name="figures">How many figures the first row has.</param>
    internal static int Fields(RuleBook rules, IReadOnlyList<string> cells, int figures)
    {
        var fields = cells.Count - figures;
        return fields > 0 && cells.Skip(fields).All(c => HeaderBracket.Of(rules, c) is not null) && !cells.Take(fields).Any(c => HeaderBracket.Of(rules, c) is not null)
            ? fields
            : 0;
    }

    /// <summary>
    /// Where a row of column numbers that opens at line <paramref name="i"/> ends: its letters ("A",
    /// "B"), then its numbers 1, 2, 3 … in turn (corpus/blind n01, ap02); <paramref name="i"/> itself
    /// when no such row opens there.
    /// </summary>
    internal static int NumberingEnd(RuleBook rules, IReadOnlyList<SourceLine> lines, int i)
    {
        if (i + 1 < lines.Count && ColumnLetterRule.In(rules).IsMatch(lines[i].Text.Trim()) && ColumnLetterRule.In(rules).IsMatch(lines[i + 1].Text.Trim()))
        {
            return AfterNumbering(rules, lines, i);
        }
        // "1" / "2" / … / "7" under a header written one cell per line (corpus/blind az02): three numbers or
        // more from 1, the first followed by the second rather than by a row's name.
        if (i + 1 < lines.Count && TableCells.IsRowNumber(rules, lines[i], 1) && TableCells.IsRowNumber(rules, lines[i + 1], 2)
            && AfterNumbering(rules, lines, i) is var after && after - i >= 3)
        {
            return after;
        }
        // "(1)" / "(2)" / … / "(6)" under a laid-out header (corpus/blind ar05): a run of numbers in brackets.
        var end = i;
        while (end < lines.Count && ColumnNumberRule.In(rules).IsMatch(lines[end].Folded))
        {
            end++;
        }
        return end - i >= 2 ? end : i;
    }

    // Past a row of column numbers: its letters ("A", "B"), then its numbers 1, 2, 3 … in turn.
    private static int AfterNumbering(RuleBook rules, IReadOnlyList<SourceLine> lines, int i)
    {
        for (; i < lines.Count && ColumnLetterRule.In(rules).IsMatch(lines[i].Text.Trim()); i++)
        {
        }
        // A first row numbered 1 with its name after it is the table's own, not the numbering.
        // The total's column may be numbered by its formula: "A" / "B" / "1=2+3" / "2" / "3" (corpus/blind av02).
        for (var n = 1; i < lines.Count && (ColumnNumberRule.In(rules).IsMatch(lines[i].Folded) || (TableCells.IsRowNumber(rules, lines[i], n) && !(n == 1 && i + 1 < lines.Count && IsName(lines[i + 1])))); i++, n++)
        {
        }
        return i;
    }

    // A row's name cell (a place, an indicator) rather than a figure.
    private static bool IsName(SourceLine line) => line.Text.Length > 0 && char.IsLetter(line.Text[0]);
}
