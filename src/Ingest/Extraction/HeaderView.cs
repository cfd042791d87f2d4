using System.Collections;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A body's lines with one table's header cells whole: a text layer breaks a narrow header cell
/// over lines, and the lines after the first open in lower case ("Số hộ được" / "hỗ trợ (hộ)",
/// "Số hộ gia đình" / "tham gia tập huấn", "Trâu cái" / "sinh sản", corpus/blind aa02, aa05); a row
/// of column numbers ("(1)" / "(2)" / "(3)", or "A" / "B" / "1" / "2") under the header names nothing
/// (rules table.column-number, table.column-letter). The readers of a table's header see each cell once, on one line; the
/// lines before the header and from its first row on are the body's own, shifted by the lines the
/// header lost (<see cref="Removed"/>).
/// </summary>
internal sealed class HeaderView : IReadOnlyList<SourceLine>
{
    private static readonly RuleRef ColumnNumberRule = new("table.column-number");

    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly int _start;
    private readonly List<SourceLine> _header;

    private HeaderView(IReadOnlyList<SourceLine> lines, int start, List<SourceLine> header, int removed, bool sumsParts) =>
        (_lines, _start, _header, Removed, SumsParts) = (lines, start, header, removed, sumsParts);

    /// <summary>How many lines of the header were joined to the cell above or dropped.</summary>
    public int Removed { get; }

    /// <summary>
    /// True when the row of column numbers says a column is the sum of others: "(3)=(4)+(5)" under "Tổng số" beside
    /// "Trong đó" over "Quân đội" / "Công an" (corpus/blind bi02). The parts then make up the whole, each a share.
    /// </summary>
    public bool SumsParts { get; }

    public int Count => _lines.Count - Removed;

    public SourceLine this[int index] =>
        index <= _start ? _lines[index] : index - _start - 1 < _header.Count ? _header[index - _start - 1] : _lines[index + Removed];

    /// <summary>
    /// The lines with the header under line <paramref name="start"/> (its "STT" cell) made whole, up
    /// to <paramref name="maxLines"/> lines, or the lines themselves when no cell was broken.
    /// </summary>
    public static IReadOnlyList<SourceLine> Of(RuleBook rules, IReadOnlyList<SourceLine> lines, int start, int maxLines, Func<int, bool> opensRows)
    {
        var header = new List<SourceLine>();
        var removed = 0;
        var sumsParts = false;
        for (var k = start + 1; k < lines.Count && k - start <= maxLines; k++)
        {
            // A row of column numbers "1" / "2" / … reads as row 1 to opensRows; it is the header's.
            var end = TableHeader.NumberingEnd(rules, lines, k);
            if (end == k && opensRows(k))
            {
                break;
            }
            var line = lines[k];
            if (ColumnNumberRule.In(rules).IsMatch(line.Folded))
            {
                removed++;
                sumsParts |= line.Folded.Contains('=', StringComparison.Ordinal);
            }
            else if (end > k)
            {
                // "A" / "B" / "1" / "2" / "3" / "4" under the header (corpus/blind ap02): its "1" is no row 1.
                removed += end - k;
                k = end - 1;
            }
            else if (header.Count > 0 && line.Text.Length > 0 && (char.IsLower(line.Text[0]) || IsAcronymAfterWords(header[^1].Text, line.Text)))
            {
                var text = header[^1].Text + " " + line.Text;
                header[^1] = header[^1] with { Text = text, Folded = VietnameseText.Fold(text) };
                removed++;
            }
            else
            {
                header.Add(line);
            }
        }
        return removed == 0 ? lines : new HeaderView(lines, start, header, removed, sumsParts);
    }

    // "Giáo viên" / "tiểu học", "Giáo viên" / "THCS" (corpus/blind at06): a school level's acronym alone on
    // a line goes on the words above it as "tiểu học" does, unless that cell closed on its bracket or is
    // itself in capitals (a heading).
    private static bool IsAcronymAfterWords(string above, string line) =>
        VietnameseText.IsAcronym(line.Trim()) && !above.TrimEnd().EndsWith(')') && !VietnameseText.IsAllCaps(above);

    public IEnumerator<SourceLine> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
