using Ingest.Extraction.Rules;

namespace Ingest.Extraction;

/// <summary>
/// What the tables a text layer writes one cell per line have in common (<see cref="TaskTable"/>,
/// <see cref="QuotaTable"/>, <see cref="TargetTable"/>): the "STT" cell that opens the header, a
/// row's number cell, where a row or a group starts, and which lines may be cells at all. Rules
/// deadline.table-start, deadline.table-row and quota.table-group.
/// </summary>
public static class TableCells
{
    private static readonly RuleRef StartRule = new("deadline.table-start");
    private static readonly RuleRef RowRule = new("deadline.table-row");
    private static readonly RuleRef GroupRule = new("quota.table-group");
    private static readonly RuleRef GroupLetterRule = new("quota.table-group-letter");
    private static readonly RuleRef GroupNameRule = new("quota.table-group-name");

    // A line this long is running text below the table, not a cell (a cell is a column's width).
    private const int MaxCellLength = 90;

    /// <summary>True for the header's first cell, "STT" alone on its line.</summary>
    public static bool IsStart(RuleBook rules, SourceLine line) => StartRule.In(rules).IsMatch(line.Folded);

    // A table's caption and its notes stand in the lines just above its "STT" cell ("BIỂU PHÂN BỔ …" /
    // "(Kèm theo …)" / "(Giá trị trong bảng là mức tối thiểu phải đạt)").
    private const int CaptionLines = 4;

    /// <summary>The lines above the table whose header starts at line <paramref name="start"/> that may be its caption and notes, top to bottom.</summary>
    public static IEnumerable<SourceLine> Caption(IReadOnlyList<SourceLine> lines, int start)
    {
        var from = Math.Max(0, start - CaptionLines);
        return Enumerable.Range(from, start - from).Select(k => lines[k]);
    }

    /// <summary>True for the number cell of row <paramref name="n"/>: "1", "2." alone on a line.</summary>
    public static bool IsRowNumber(RuleBook rules, SourceLine line, int n)
    {
        var m = RowRule.In(rules).Match(line.Folded);
        return m.Success && int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == n;
    }

    /// <summary>The number of a row's number cell ("1", "2.", "12"), or null for any other line.</summary>
    public static int? RowNumberOf(RuleBook rules, SourceLine line) =>
        RowRule.In(rules).Match(line.Folded) is { Success: true } m ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// True when line <paramref name="i"/> is row <paramref name="n"/>'s number cell and the row's
    /// name follows it: a cell that is no figure of the table (<paramref name="isFigure"/>: "02" after
    /// "1" is a figure, and the "1" then no row's number).
    /// </summary>
    public static bool StartsRow(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, int n, Func<RuleBook, SourceLine, bool> isFigure) =>
        IsRowNumber(rules, lines[i], n) && NameFollows(rules, lines, i, isFigure);

    /// <summary>
    /// True when line <paramref name="i"/> is a group's number cell (a Roman numeral: "I" / "Các
    /// huyện, thị xã, thành phố", corpus/blind f05; "I" / "CHỈ TIÊU KINH TẾ", n01; a letter before a
    /// name in capitals: "A" / "CHỈ TIÊU KINH TẾ", ai04) and its name follows.
    /// </summary>
    public static bool StartsGroup(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, Func<RuleBook, SourceLine, bool> isFigure)
    {
        var cell = lines[i].Text.Trim();
        var roman = GroupRule.In(rules).IsMatch(cell);
        return (roman || GroupLetterRule.In(rules).IsMatch(cell)) && NameFollows(rules, lines, i, isFigure)
            && (roman || InCapitals(lines[i + 1].Text) || GroupNameRule.In(rules).IsMatch(lines[i + 1].Folded));
    }

    // A group's name in capitals: letters, two or more words' worth, none lower case.
    private static bool InCapitals(string text) => text.Count(char.IsLetter) >= 4 && !text.Any(char.IsLower);

    // A blank line is no name, nor is a line after a table kept in its layout: the last row's last
    // figure "3" before "" / "II. TỔ CHỨC THỰC HIỆN" is no row 3 (corpus/blind ao01).
    private static bool NameFollows(RuleBook rules, IReadOnlyList<SourceLine> lines, int i, Func<RuleBook, SourceLine, bool> isFigure) =>
        i + 1 < lines.Count && !lines[i + 1].IsBlank && SameTable(lines[i], lines[i + 1])
        && !isFigure(rules, lines[i + 1]) && IsCell(rules, lines[i + 1]);

    /// <summary>
    /// False for a line after a table kept in its layout, where <paramref name="line"/> follows a cell of
    /// it (<paramref name="cell"/>): such a table ends with its last cell, and the text after it is no
    /// cell, however short ("Đối với nhiệm vụ số 5: mỗi huyện …", corpus/blind al02).
    /// </summary>
    public static bool SameTable(SourceLine cell, SourceLine line) => !cell.IsLaidOutCell || line.IsLaidOutCell;

    /// <summary>
    /// True for a line that may be a cell: not a full line of running text, not the recipients,
    /// and not a new section ("IV. TỔ CHỨC THỰC HIỆN") unless <paramref name="figure"/> says it is a
    /// figure cell ("02" reads as a label too).
    /// </summary>
    public static bool IsCell(RuleBook rules, SourceLine line, bool figure = false) =>
        (line.IsLaidOutCell || line.Text.Length <= MaxCellLength)
        && (figure || SectionLabel.Read(rules, line.Text).Kind is not (SectionLabelKind.Roman or SectionLabelKind.Arabic))
        && !line.OpensRecipients;

    /// <summary>
    /// The columns of a header kept in its layout, left to right, each with the merged cell above it:
    /// a merged cell stands in the upper row where its columns start, and <see cref="SourceLine.Over"/>
    /// says which cells stand under it ("Lực lượng (người)" over "Dân quân" / "Công an viên", corpus/blind
    /// af02); an upper cell with none under it is a column of its own, with no merged cell (null).
    /// </summary>
    /// <param name="cells">The header's cells, upper and lower.</param>
    /// <param name="tops">The upper cells whose columns are wanted, left to right.</param>
    public static List<(string? Over, string Cell)> LaidOutColumns(IReadOnlyList<SourceLine> cells, IEnumerable<SourceLine> tops)
    {
        var columns = new List<(string? Over, string Cell)>();
        var upper = tops.ToList();
        for (var t = 0; t < upper.Count; t++)
        {
            var top = upper[t].Text;
            var runs = UnderRuns(cells, top);
            // "Trong đó" under each of "Phát triển hội viên mới (hội viên)" and "Mô hình kinh tế mới (mô hình)"
            // (corpus/blind bi06): merged cells of one name stand over the runs of cells under that name, in turn.
            var alike = upper.Count(u => u.Text == top);
            List<SourceLine> under = alike > 1 && runs.Count == alike ? runs[upper.Take(t).Count(u => u.Text == top)] : [.. runs.SelectMany(r => r)];
            columns.AddRange(under.Count > 0 ? under.Select(u => ((string?)top.Trim(), u.Text.Trim())) : [(null, top.Trim())]);
        }
        return columns;
    }

    // The cells under a merged cell named top, in runs no other cell of the header breaks.
    private static List<List<SourceLine>> UnderRuns(IReadOnlyList<SourceLine> cells, string top)
    {
        var runs = new List<List<SourceLine>>();
        var open = false;
        foreach (var cell in cells)
        {
            var under = cell.Over is { } over && top.StartsWith(over, StringComparison.Ordinal);
            if (under && !open)
            {
                runs.Add([]);
            }
            if (under)
            {
                runs[^1].Add(cell);
            }
            open = under;
        }
        return runs;
    }
}
