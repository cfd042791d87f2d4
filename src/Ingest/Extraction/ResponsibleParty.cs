using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Who must act: the subject that opens a clause ("Sở Nội vụ thẩm định hồ sơ…" → Sở Nội vụ), or a
/// heading that names a body ("2. Cấp tỉnh:", "3. UBND các huyện, thành phố"). Bodies are split
/// ("Các sở, ban, ngành; UBND các huyện" → two), collectives kept whole.
/// </summary>
public static class ResponsibleParty
{
    private static readonly RuleRef PartyBodySeparatorRule = new("party.body-separator");
    private static readonly RuleRef PartyBodyStartRule = new("party.body-start");
    private static readonly RuleRef PartyLeadRule = new("party.lead");
    private static readonly RuleRef PartyParenthesisRule = new("party.parenthesis");
    private static readonly RuleRef PartyVerbRule = new("party.verb");

    /// <summary>
    /// The subject at the start of a clause (original text), as its length in the clause, or 0
    /// when the clause opens with its verb ("Tổng hợp, báo cáo…").
    /// </summary>
    public static int SubjectLength(RuleBook rules, string clause)
    {
        var folded = VietnameseText.Fold(clause);
        if (!PartyBodyStartRule.In(rules).IsMatch(folded))
        {
            return 0;
        }
        var verb = FirstVerb(rules, clause, folded);
        if (verb <= 0)
        {
            return 0;
        }
        return folded[..verb].Count(c => c == ' ') > 24 ? 0 : verb;
    }

    /// <summary>True when a heading or label names a body ("Sở Nội vụ", "Cấp xã", "UBND các huyện").</summary>
    public static bool NamesBody(RuleBook rules, string text)
    {
        var t = text.Trim();
        var folded = VietnameseText.Fold(t);
        return PartyBodyStartRule.In(rules).IsMatch(folded) && FirstVerb(rules, t, folded) < 0 && folded.Count(c => c == ' ') <= 16;
    }

    // Verbs are matched folded but must be written in lower case: "Phát triển nông thôn" in
    // "Sở Nông nghiệp và Phát triển nông thôn" is a name, "phát phiếu" a verb.
    private static int FirstVerb(RuleBook rules, string original, string folded)
    {
        foreach (Match m in PartyVerbRule.In(rules).Matches(folded))
        {
            var at = m.Index + 1;
            // A verb inside an aside is the aside's: "Sở Nông nghiệp và Phát triển nông thôn (cơ quan
            // thường trực Chương trình) đề xuất …" (corpus/blind f02) is one subject.
            if (at < original.Length && char.IsLower(original[at]) && !Parentheses.Enclose(folded, m.Index))
            {
                return m.Index;
            }
        }
        return -1;
    }

    // What a subject and each body in it do not end in (kept as arrays: every deadline's subject is split).
    private static readonly char[] SubjectEnds = [' ', ',', ';', ':', '.', '-'];
    private static readonly char[] BodyEnds = [' ', ',', ';', ':', '.'];

    /// <summary>Splits a subject into its bodies, without "Đề nghị", parentheses and partners.</summary>
    public static IReadOnlyList<string> Split(RuleBook rules, string subject)
    {
        var s = PartyParenthesisRule.In(rules).Replace(subject, " ");
        s = VietnameseText.CollapseSpaces(s).Trim(SubjectEnds);
        s = PartyLeadRule.In(rules).Remove(s);
        var parts = PartyBodySeparatorRule.In(rules).Split(s)
            .Select(p => p.Trim(BodyEnds))
            .Where(p => p.Length > 0)
            .Select(Capitalise)
            .ToList();
        return parts;
    }

    private static string Capitalise(string s) =>
        s.Length == 0 || char.IsUpper(s[0]) ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
