using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A table a text layer keeps in its layout, its columns apart by runs of spaces: "STT   Đơn vị
/// Số lớp   Số học viên   Ghi chú", then "1     Thị trấn Yên Minh     02     70" (corpus/blind aa01,
/// as pdftotext -layout writes a table). The table readers (<see cref="QuotaTable"/>, <see
/// cref="TaskTable"/>, <see cref="TargetTable"/>) read one cell per line, as most text layers give a
/// table; each row here becomes its cells, one per line, from its "STT" line to the first line that
/// is no row of cells. Rules table.layout-start and table.layout-gap.
/// </summary>
internal static class LayoutTable
{
    private static readonly RuleRef StartRule = new("table.layout-start");
    private static readonly RuleRef GapRule = new("table.layout-gap");

    /// <summary>The lines with every layout table from line <paramref name="from"/> on written one cell per line; the lines themselves when there is none.</summary>
    public static IReadOnlyList<SourceLine> Cells(RuleBook rules, IReadOnlyList<SourceLine> lines, int from)
    {
        List<SourceLine>? result = null;
        for (var i = Math.Max(0, from); i < lines.Count; i++)
        {
            if (lines[i].Folded.Length == 0 || lines[i].Folded[0] is not ('s' or 't') || !StartRule.In(rules).IsMatch(lines[i].Folded))
            {
                result?.Add(lines[i]);
                continue;
            }
            result ??= [.. lines.Take(i)];
            for (; i < lines.Count && GapRule.In(rules).Split(lines[i].Text) is { Length: >= 2 } cells; i++)
            {
                result.AddRange(cells.Where(c => c.Length > 0).Select(c => lines[i] with { Text = c, Folded = VietnameseText.Fold(c) }));
            }
            if (i < lines.Count)
            {
                result.Add(lines[i]);
            }
        }
        return result ?? lines;
    }
}
