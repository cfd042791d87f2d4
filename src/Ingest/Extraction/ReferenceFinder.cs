using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Finds the documents a document cites: "Quyết định số 1258/QĐ-TTg ngày 21/8/2017 của Thủ tướng
/// Chính phủ", "Nghị định 91/2017/NĐ-CP", "Chỉ thị số 15-CT/TU", "Luật … số 33/2013/QH13".
/// Keywords are matched on folded text; numbers, issuers and kinds are read from the original.
/// </summary>
public sealed class ReferenceFinder(RuleBook rules, TextRepair repair)
{
    private static readonly RuleRef NumberSymbolRule = new("number.symbol");
    private static readonly RuleRef ReferenceOwnCaptionRule = new("reference.own-caption");
    private static readonly RuleRef ReferenceDateAfterRule = new("reference.date-after");
    private static readonly RuleRef ReferenceGroundStartRule = new("reference.ground-start");
    private static readonly RuleRef ReferenceOfRule = new("reference.of");
    private static readonly RuleRef ReferenceSentenceEndRule = new("reference.sentence-end");
    private static readonly RuleRef ReferenceSoBeforeRule = new("reference.so-before");

    // Punctuation that ends an issuer named after a reference ("… của Bộ Y tế, …").
    private static readonly char[] IssuerEnds = [',', ';', '.', '(', ')', '“', '"'];

    /// <summary>
    /// The references of one document, once per distinct number in order of first appearance,
    /// without the document's own number.
    /// </summary>
    public IReadOnlyList<Reference> Find(IReadOnlyList<BodyParagraph> paragraphs, string? ownNumber, string? subject = null)
    {
        var found = new List<Found>();
        if (subject is not null)
        {
            // A letter's subject "V/v triển khai Kế hoạch số 11325/KH-UBND ngày 02/11/2017 của UBND tỉnh"
            // names the plan it forwards: the ground of the letter.
            var text = repair.Numbers(subject);
            found.AddRange(FindIn(text, VietnameseText.Fold(text), basis: true));
        }
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            // An appendix's caption further down, "(Ban hành kèm theo Nghị quyết số 64/NQ-HĐND …)"
            // under a table's title (provincial-resolutions 64-2017, 08), names this document
            // itself; only an attached document's own caption, its first paragraph, cites another.
            if (p.Folded.StartsWith("kinh gui", StringComparison.Ordinal))
            {
                continue;
            }
            found.AddRange(FindIn(p.Text, p.Folded, p.InPreamble && IsGround(rules, p.Folded), ownCaption: i > 0));
        }

        var ownKey = ownNumber is null ? null : DocumentNumber.Key(ownNumber);
        var result = new List<Reference>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in found)
        {
            var key = DocumentNumber.Key(f.Number);
            if (key == ownKey)
            {
                continue;
            }
            if (!byKey.TryGetValue(key, out var at))
            {
                byKey[key] = result.Count;
                result.Add(new Reference(f.Kind, f.Number, f.Date, f.Issuer, f.Basis ? ReferenceRelation.Basis : ReferenceRelation.Mention));
                continue;
            }
            // Cited again: keep the fullest naming, and basis if any citation is in the grounds.
            var r = result[at];
            result[at] = r with
            {
                Date = r.Date ?? f.Date,
                Issuer = (f.Issuer?.Length ?? 0) > (r.Issuer?.Length ?? 0) ? f.Issuer : r.Issuer,
                Relation = r.Relation == ReferenceRelation.Basis || f.Basis ? ReferenceRelation.Basis : ReferenceRelation.Mention,
            };
        }
        return result;
    }

    // The grounds of a plan: "Căn cứ…", "Thực hiện…", "Xét đề nghị … tại Tờ trình số",
    // "Theo đề nghị … tại Công văn số", "Sở … nhận được Kế hoạch số…", and a letter's
    // "Ngày 28/11/2017, UBND tỉnh ban hành Kế hoạch số …".
    /// <summary>True when a folded paragraph opens with the grounds of the document ("Căn cứ…", "Thực hiện…").</summary>
    public static bool IsGround(RuleBook rules, string folded) =>
        ReferenceGroundStartRule.In(rules).IsMatch(folded) || folded.Contains("nhan duoc", StringComparison.Ordinal);

    private sealed record Found(string Kind, string Number, PartialDate? Date, string? Issuer, bool Basis);

    private IEnumerable<Found> FindIn(string text, string folded, bool basis, bool ownCaption = false)
    {
        foreach (Match m in NumberSymbolRule.In(rules).Matches(folded))
        {
            var before = folded[..m.Index];
            if (ownCaption && ReferenceOwnCaptionRule.In(rules).IsMatch(before[Math.Max(0, before.Length - 80)..]))
            {
                continue;
            }
            var so = ReferenceSoBeforeRule.In(rules).Match(before);
            var kindAt = so.Success ? so.Index : m.Index;
            var kind = KindEndingAt(folded, kindAt);
            var raw = text.Substring(m.Index, m.Length);
            // "theo Nghị định 91/2017/NĐ-CP. Các cơ quan…": a sentence end is not part of the code.
            var stop = ReferenceSentenceEndRule.In(rules).Match(raw);
            if (stop.Success)
            {
                raw = raw[..stop.Index];
            }
            if (kind is null && !so.Success && !LooksLikeCode(raw))
            {
                continue;
            }
            var number = rules.Codes.Canonical(raw.TrimEnd('.', '-'));
            kind ??= KindBefore(folded, kindAt) ?? rules.Kinds.FromCode(DocumentNumber.CodeOf(number));
            var end = m.Index + m.Length;
            var (date, afterDate) = DateAfter(folded, end);
            var issuer = IssuerAfter(text, folded, afterDate);
            yield return new Found(kind, number, date, issuer, basis);
        }
    }

    // "11325/KH-UBND" cited bare: a code in capitals with a dash ("1542/UBND-KGVX", "45-KH/TU").
    private static bool LooksLikeCode(string raw) =>
        raw.Count(char.IsUpper) >= 2 && (raw.Contains('-', StringComparison.Ordinal) || raw.Count(c => c == '/') >= 2);

    // The kind word right before "số" (or the number): "Quyết định số", "Nghị định 91/2017/NĐ-CP".
    private string? KindEndingAt(string folded, int at)
    {
        var head = folded[..at].TrimEnd();
        foreach (var name in rules.Kinds.AllFoldedNames)
        {
            if (head.EndsWith(name, StringComparison.Ordinal)
                && (head.Length == name.Length || !char.IsLetter(head[head.Length - name.Length - 1])))
            {
                return KindOf(name);
            }
        }
        return null;
    }

    // "Luật Phòng, chống thiên tai số 33/2013/QH13": the kind opens the name a few words back.
    private string? KindBefore(string folded, int at)
    {
        var from = Math.Max(0, at - 70);
        var window = folded[from..at];
        var stop = window.AsSpan().LastIndexOfAny(';', '.', ':');
        if (stop >= 0)
        {
            window = window[(stop + 1)..];
        }
        string? best = null;
        var bestAt = -1;
        foreach (var name in rules.Kinds.AllFoldedNames)
        {
            var i = window.LastIndexOf(name, StringComparison.Ordinal);
            if (i > bestAt && (i == 0 || !char.IsLetter(window[i - 1])) && (i + name.Length == window.Length || !char.IsLetter(window[i + name.Length])))
            {
                // Only a capitalised kind names a document: "Luật", not "luật".
                best = KindOf(name);
                bestAt = i;
            }
        }
        return best;
    }

    private string KindOf(string foldedName) =>
        rules.Kinds.FromFoldedName(foldedName) ?? DocumentKinds.Plan;

    // " ngày 21/8/2017", ", ngày 19 tháng 7 năm 2021", " ban hành ngày …".
    private (PartialDate? Date, int End) DateAfter(string folded, int at)
    {
        var m = ReferenceDateAfterRule.In(rules).Match(folded, at);
        if (!m.Success || m.Index != at)
        {
            return (null, at);
        }
        var found = VietnameseDate.FindFirst(rules, folded[at..(m.Index + m.Length)]);
        return found is null ? (null, at) : (found.Value.Date, m.Index + m.Length);
    }

    // " của Thủ tướng Chính phủ về …" → "Thủ tướng Chính phủ".
    private string? IssuerAfter(string text, string folded, int at)
    {
        var m = ReferenceOfRule.In(rules).Match(folded, at);
        if (!m.Success || m.Index != at)
        {
            return null;
        }
        var start = m.Index + m.Length;
        var end = Math.Min(folded.Length, start + 90);
        foreach (var stop in rules.Words("issuer-stops", "stop"))
        {
            var i = folded.IndexOf(stop, start, end - start, StringComparison.Ordinal);
            if (i >= 0 && i < end)
            {
                end = i;
            }
        }
        var punctuation = folded.IndexOfAny(IssuerEnds, start, end - start);
        if (punctuation >= 0)
        {
            end = punctuation;
        }
        var issuer = text[start..end].Trim();
        return issuer.Length == 0 || !char.IsUpper(issuer[0]) ? null : issuer;
    }

}
