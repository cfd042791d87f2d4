using Ingest.Extraction.Rules;

namespace Ingest.Extraction;

/// <summary>
/// Cuts a paragraph into clauses at ";" and at sentence ends, the unit a deadline, quota or
/// target is read from. Offsets are kept so folded and original text stay aligned.
/// </summary>
public static class ClauseSplitter
{
    private static readonly RuleRef PartyAbbreviationBeforeRule = new("party.abbreviation-before");

    /// <summary>A clause: where it starts in the paragraph and how long it is.</summary>
    public readonly record struct Span(int Start, int Length)
    {
        /// <summary>Offset after the clause.</summary>
        public int End => Start + Length;
    }

    /// <summary>The clauses of a folded paragraph; parentheses are never cut.</summary>
    public static IReadOnlyList<Span> Split(RuleBook rules, string folded)
    {
        var spans = new List<Span>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && (c == ';' || (c == '.' && IsSentenceEnd(rules, folded, i))))
            {
                Add(spans, folded, start, i);
                start = i + 1;
            }
        }
        Add(spans, folded, start, folded.Length);
        return spans;
    }

    // "… khen thưởng. Sở Lao động…" ends a sentence; "P.III", "1.500", "TP. Huế" do not.
    private static bool IsSentenceEnd(RuleBook rules, string folded, int i) =>
        i + 1 >= folded.Length || (folded[i + 1] == ' ' && (i == 0 || !char.IsDigit(folded[i - 1]) || i + 2 >= folded.Length || !char.IsDigit(folded[i + 2])) && !PartyAbbreviationBeforeRule.In(rules).IsMatch(folded[Math.Max(0, i - 4)..i]));

    private static void Add(List<Span> spans, string folded, int start, int end)
    {
        while (start < end && folded[start] == ' ')
        {
            start++;
        }
        while (end > start && folded[end - 1] is ' ' or '/')
        {
            end--;
        }
        if (end > start)
        {
            spans.Add(new Span(start, end - start));
        }
    }
}
