using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Finds the documents a document cites: "Quyết định số 1258/QĐ-TTg ngày 21/8/2017 của Thủ tướng
/// Chính phủ", "Nghị định 91/2017/NĐ-CP", "Chỉ thị số 15-CT/TU", "Luật … số 33/2013/QH13".
/// Keywords are matched on folded text; numbers, issuers and kinds are read from the original.
/// </summary>
public static partial class ReferenceFinder
{
    // Kinds that cite but never head a file of ours; longest first with the header kinds.
    private static readonly (string Folded, string Kind)[] ExtraKinds =
    [
        ("chuong trinh hanh dong", "Chương trình hành động"),
        ("cong dien", "Công điện"),
        ("van ban", "Văn bản"),
    ];

    private static readonly string[] AllKindNames =
        [.. ExtraKinds.Select(k => k.Folded).Concat(DocumentKinds.FoldedNames).OrderByDescending(n => n.Length)];

    // Words that end an issuer named after "của": "của Thủ tướng Chính phủ về việc ban hành…",
    // "của Chính phủ quy định chi tiết…", "của Ban Thường vụ Tỉnh ủy về tăng cường…".
    private static readonly string[] IssuerStops =
    [
        " ve ", " quy dinh", " ban hanh", " huong dan", " to chuc", " thuc hien", " tai ", " trien khai",
        " sua doi", " phe duyet", " thi hanh", " lanh dao", " ho tro", " tang cuong", " doi voi", " cong bo",
        " chi tiet", " gui ", " kem theo", " giai doan", " dang tai", " duoc ", " da ", " (",
    ];

    /// <summary>
    /// The references of one document, once per distinct number in order of first appearance,
    /// without the document's own number.
    /// </summary>
    public static IReadOnlyList<Reference> Find(IReadOnlyList<BodyParagraph> paragraphs, string? ownNumber, string? subject = null)
    {
        var found = new List<Found>();
        if (subject is not null)
        {
            // A letter's subject "V/v triển khai Kế hoạch số 11325/KH-UBND ngày 02/11/2017 của UBND tỉnh"
            // names the plan it forwards: the ground of the letter.
            var text = TextRepair.Numbers(subject);
            found.AddRange(FindIn(text, VietnameseText.Fold(text), basis: true));
        }
        foreach (var p in paragraphs)
        {
            if (p.Folded.StartsWith("kinh gui", StringComparison.Ordinal))
            {
                continue;
            }
            found.AddRange(FindIn(p.Text, p.Folded, p.InPreamble && IsGround(p.Folded)));
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
                result.Add(new Reference(f.Kind, f.Number, f.Date, f.Issuer, f.Basis ? "basis" : "mention"));
                continue;
            }
            // Cited again: keep the fullest naming, and basis if any citation is in the grounds.
            var r = result[at];
            result[at] = r with
            {
                Date = r.Date ?? f.Date,
                Issuer = (f.Issuer?.Length ?? 0) > (r.Issuer?.Length ?? 0) ? f.Issuer : r.Issuer,
                Relation = r.Relation == "basis" || f.Basis ? "basis" : "mention",
            };
        }
        return result;
    }

    // The grounds of a plan: "Căn cứ…", "Thực hiện…", "Xét đề nghị … tại Tờ trình số",
    // "Theo đề nghị … tại Công văn số", "Sở … nhận được Kế hoạch số…", and a letter's
    // "Ngày 28/11/2017, UBND tỉnh ban hành Kế hoạch số …".
    /// <summary>True when a folded paragraph opens with the grounds of the document ("Căn cứ…", "Thực hiện…").</summary>
    public static bool IsGround(string folded) =>
        GroundStart().IsMatch(folded) || folded.Contains("nhan duoc", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:can cu|thuc hien|xet de nghi|theo de nghi|trien khai|ngay [^,]{0,30}, .{0,60}ban hanh)")]
    private static partial Regex GroundStart();

    private sealed record Found(string Kind, string Number, PartialDate? Date, string? Issuer, bool Basis);

    private static IEnumerable<Found> FindIn(string text, string folded, bool basis)
    {
        foreach (Match m in DocumentNumber.FoldedPattern().Matches(folded))
        {
            var before = folded[..m.Index];
            var so = SoBefore().Match(before);
            var kindAt = so.Success ? so.Index : m.Index;
            var kind = KindEndingAt(folded, kindAt);
            var raw = text.Substring(m.Index, m.Length);
            // "theo Nghị định 91/2017/NĐ-CP. Các cơ quan…": a sentence end is not part of the code.
            var stop = SentenceEnd().Match(raw);
            if (stop.Success)
            {
                raw = raw[..stop.Index];
            }
            if (kind is null && !so.Success && !LooksLikeCode(raw))
            {
                continue;
            }
            var number = DocumentNumber.Canonical(raw.TrimEnd('.', '-'));
            kind ??= KindBefore(folded, kindAt) ?? DocumentKinds.FromCode(DocumentNumber.CodeOf(number));
            var end = m.Index + m.Length;
            var (date, afterDate) = DateAfter(folded, end);
            var issuer = IssuerAfter(text, folded, afterDate);
            yield return new Found(kind, number, date, issuer, basis);
        }
    }

    // "11325/KH-UBND" cited bare: a code in capitals with a dash ("1542/UBND-KGVX", "45-KH/TU").
    private static bool LooksLikeCode(string raw) =>
        raw.Count(char.IsUpper) >= 2 && (raw.Contains('-', StringComparison.Ordinal) || raw.Count(c => c == '/') >= 2);

    [GeneratedRegex(@"\.\s")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:\bso|\bs6)\s*[:.]?\s*$")]
    private static partial Regex SoBefore();

    // The kind word right before "số" (or the number): "Quyết định số", "Nghị định 91/2017/NĐ-CP".
    private static string? KindEndingAt(string folded, int at)
    {
        var head = folded[..at].TrimEnd();
        foreach (var name in AllKindNames)
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
    private static string? KindBefore(string folded, int at)
    {
        var from = Math.Max(0, at - 70);
        var window = folded[from..at];
        var stop = window.LastIndexOfAny([';', '.', ':']);
        if (stop >= 0)
        {
            window = window[(stop + 1)..];
        }
        string? best = null;
        var bestAt = -1;
        foreach (var name in AllKindNames)
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

    private static string KindOf(string foldedName) =>
        ExtraKinds.FirstOrDefault(k => k.Folded == foldedName).Kind ?? DocumentKinds.FromFoldedName(foldedName) ?? DocumentKinds.Plan;

    // " ngày 21/8/2017", ", ngày 19 tháng 7 năm 2021", " ban hành ngày …".
    private static (PartialDate? Date, int End) DateAfter(string folded, int at)
    {
        var m = DateAfterPattern().Match(folded, at);
        if (!m.Success || m.Index != at)
        {
            return (null, at);
        }
        var found = VietnameseDate.FindFirst(folded[at..(m.Index + m.Length)]);
        return found is null ? (null, at) : (found.Value.Date, m.Index + m.Length);
    }

    [GeneratedRegex(@"\s*,?\s*(?:ban hanh\s+)?(?:ngay\s*(?:\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:19|20)\d{2}|\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*(?:19|20)\d{2})|\d{1,2}/\d{1,2}/(?:19|20)\d{2})")]
    private static partial Regex DateAfterPattern();

    // " của Thủ tướng Chính phủ về …" → "Thủ tướng Chính phủ".
    private static string? IssuerAfter(string text, string folded, int at)
    {
        var m = OfPattern().Match(folded, at);
        if (!m.Success || m.Index != at)
        {
            return null;
        }
        var start = m.Index + m.Length;
        var end = Math.Min(folded.Length, start + 90);
        foreach (var stop in IssuerStops)
        {
            var i = folded.IndexOf(stop, start, end - start, StringComparison.Ordinal);
            if (i >= 0 && i < end)
            {
                end = i;
            }
        }
        foreach (var c in new[] { ',', ';', '.', '(', ')', '“', '"' })
        {
            var i = folded.IndexOf(c, start, end - start);
            if (i >= 0)
            {
                end = i;
            }
        }
        var issuer = text[start..end].Trim();
        return issuer.Length == 0 || !char.IsUpper(issuer[0]) ? null : issuer;
    }

    [GeneratedRegex(@"\s*,?\s*cua\s+")]
    private static partial Regex OfPattern();
}
