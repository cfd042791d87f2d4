using Ingest.Extraction.Rules;

namespace Ingest.Extraction;

/// <summary>
/// What the tables a text layer writes one cell per line have in common (<see cref="TaskTable"/>,
/// <see cref="QuotaTable"/>): the "STT" cell that opens the header, a row's number cell, and which
/// lines may be cells at all. Rules deadline.table-start and deadline.table-row.
/// </summary>
public static class TableCells
{
    private static readonly RuleRef StartRule = new("deadline.table-start");
    private static readonly RuleRef RowRule = new("deadline.table-row");

    // A line this long is running text below the table, not a cell (a cell is a column's width).
    private const int MaxCellLength = 90;

    /// <summary>True for the header's first cell, "STT" alone on its line.</summary>
    public static bool IsStart(RuleBook rules, SourceLine line) => StartRule.In(rules).IsMatch(line.Folded);

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
    /// True for a line that may be a cell: not a full line of running text, not the recipients,
    /// and not a new section ("IV. TỔ CHỨC THỰC HIỆN") unless <paramref name="figure"/> says it is a
    /// figure cell ("02" reads as a label too).
    /// </summary>
    public static bool IsCell(RuleBook rules, SourceLine line, bool figure = false) =>
        line.Text.Length <= MaxCellLength
        && (figure || SectionLabel.Read(rules, line.Text).Kind is not (SectionLabelKind.Roman or SectionLabelKind.Arabic))
        && !line.OpensRecipients;
}
