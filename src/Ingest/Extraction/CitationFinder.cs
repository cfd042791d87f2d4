using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;

namespace Ingest.Extraction;

/// <summary>
/// Finds "Kind [số] NUMBER [ngày DATE]" in running text, across line breaks (a citation often
/// wraps: "Kế hoạch số" / "11325/KH-UBND ngày 02/11/2017"). Matching is on folded text, so
/// citations whose marks OCR dropped are still found; numbers are read from the original text.
/// </summary>
public sealed class CitationFinder(RuleBook rules)
{
    private static readonly RuleRef ReferenceCitationRule = new("reference.citation");

    /// <summary>All citations in the lines, in reading order.</summary>
    public IReadOnlyList<Citation> Find(IReadOnlyList<SourceLine> lines)
    {
        // Join lines with single spaces and keep a map back to each line's start.
        var starts = new int[lines.Count];
        var folded = new System.Text.StringBuilder();
        var original = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = folded.Length;
            folded.Append(lines[i].Folded).Append(' ');
            original.Append(lines[i].Text).Append(' ');
        }
        var f = folded.ToString();
        var o = original.ToString();
        var result = new List<Citation>();
        foreach (Match m in ReferenceCitationRule.In(rules).Matches(f))
        {
            var kind = rules.Kinds.FromFoldedName(m.Groups["kind"].Value) ?? DocumentKinds.Plan;
            var numberGroup = m.Groups["num"];
            var number = rules.Codes.Canonical(o.Substring(numberGroup.Index, numberGroup.Length));
            var date = ReadDate(m);
            var lineIndex = Array.BinarySearch(starts, m.Index);
            if (lineIndex < 0)
            {
                lineIndex = ~lineIndex - 1;
            }
            result.Add(new Citation(kind, number, date, lines[lineIndex], m.Index - starts[lineIndex]));
        }
        return result;
    }

    private static PartialDate? ReadDate(Match m)
    {
        string d = m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["d2"].Value;
        string mo = m.Groups["m"].Success ? m.Groups["m"].Value : m.Groups["m2"].Value;
        string y = m.Groups["y"].Success ? m.Groups["y"].Value : m.Groups["y2"].Value;
        if (y.Length == 0)
        {
            return null;
        }
        return PartialDate.Create(int.Parse(y, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(mo, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(d, System.Globalization.CultureInfo.InvariantCulture));
    }
}
