using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// The cells of an allocation table's header written one cell per line, read whole (<see cref="QuotaTable.Unwrapped"/>),
/// after the column of holders that opens it: what <see cref="StackedHeader"/> and <see cref="UnitGroupsHeader"/>
/// split into rows. The notes' column ("Ghi chú"), which stands over both rows, is taken out.
/// </summary>
/// <param name="Columns">The cells after the holders', the notes' taken out.</param>
/// <param name="Level">The level of place the holders' column names ("ấp"), or null.</param>
/// <param name="Notes">Whether a column of notes stands in the header.</param>
internal sealed record HolderHeaderCells(List<string> Columns, string? Level, bool Notes)
{
    private static readonly RuleRef HolderColumnRule = new("quota.table-holder-column");
    private static readonly RuleRef LevelColumnRule = new("quota.table-level-column");
    private static readonly RuleRef NoteColumnRule = new("quota.table-note-column");

    /// <summary>The cells of the header between line <paramref name="start"/> ("STT") and <paramref name="end"/>; null when
    /// they are fewer than <paramref name="least"/> or the first names no holders.</summary>
    public static HolderHeaderCells? Read(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, int end, int least)
    {
        var cells = QuotaTable.Unwrapped(rules, [.. Enumerable.Range(start + 1, Math.Max(0, end - start - 1)).Select(k => lines[k]).Where(l => !l.IsBlank).Select(l => l.Text.Trim())]);
        if (cells.Count < least || !HolderColumnRule.In(rules).IsMatch(VietnameseText.Fold(cells[0])))
        {
            return null;
        }
        var level = LevelColumnRule.In(rules).IsMatch(VietnameseText.Fold(cells[0])) ? cells[0].ToLowerInvariant() : null;
        var rest = cells.Skip(1).ToList();
        var notes = rest.FindIndex(c => NoteColumnRule.In(rules).IsMatch(VietnameseText.Fold(c)));
        if (notes >= 0)
        {
            rest.RemoveAt(notes);
        }
        return new HolderHeaderCells(rest, level, notes >= 0);
    }
}
