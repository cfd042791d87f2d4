using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Who must act: the subject that opens a clause ("Sở Nội vụ thẩm định hồ sơ…" → Sở Nội vụ), or a
/// heading that names a body ("2. Cấp tỉnh:", "3. UBND các huyện, thành phố"). Bodies are split
/// ("Các sở, ban, ngành; UBND các huyện" → two), collectives kept whole.
/// </summary>
public static partial class ResponsibleParty
{
    /// <summary>
    /// The subject at the start of a clause (original text), as its length in the clause, or 0
    /// when the clause opens with its verb ("Tổng hợp, báo cáo…").
    /// </summary>
    public static int SubjectLength(string clause)
    {
        var folded = VietnameseText.Fold(clause);
        if (!BodyStart().IsMatch(folded))
        {
            return 0;
        }
        var verb = FirstVerb(clause, folded);
        if (verb <= 0)
        {
            return 0;
        }
        return folded[..verb].Count(c => c == ' ') > 24 ? 0 : verb;
    }

    /// <summary>True when a heading or label names a body ("Sở Nội vụ", "Cấp xã", "UBND các huyện").</summary>
    public static bool NamesBody(string text)
    {
        var t = text.Trim();
        var folded = VietnameseText.Fold(t);
        return BodyStart().IsMatch(folded) && FirstVerb(t, folded) < 0 && folded.Count(c => c == ' ') <= 16;
    }

    // Verbs are matched folded but must be written in lower case: "Phát triển nông thôn" in
    // "Sở Nông nghiệp và Phát triển nông thôn" is a name, "phát phiếu" a verb.
    private static int FirstVerb(string original, string folded)
    {
        foreach (Match m in Verb().Matches(folded))
        {
            var at = m.Index + 1;
            if (at < original.Length && char.IsLower(original[at]))
            {
                return m.Index;
            }
        }
        return -1;
    }

    /// <summary>Splits a subject into its bodies, without "Đề nghị", parentheses and partners.</summary>
    public static IReadOnlyList<string> Split(string subject)
    {
        var s = Parenthesis().Replace(subject, " ");
        s = VietnameseText.CollapseSpaces(s).Trim(' ', ',', ';', ':', '.', '-');
        s = Lead().Replace(s, "");
        var parts = BodySeparator().Split(s)
            .Select(p => p.Trim(' ', ',', ';', ':', '.'))
            .Where(p => p.Length > 0)
            .Select(Capitalise)
            .ToList();
        return parts;
    }

    private static string Capitalise(string s) =>
        s.Length == 0 || char.IsUpper(s[0]) ? s : char.ToUpperInvariant(s[0]) + s[1..];

    // Words that open a body's name in folded text.
    [GeneratedRegex(@"^(?:de nghi |giao )?(?:cac |moi )?(?:ubnd|uy ban|so\b|ban\b|phong\b|van phong|cong an|chu tich|hoi dong|cap\b|truong|giao vien|trung tam|chi nhanh|bo\b|doan\b|hoi\b|thu truong|benh vien|tram|dai\b|co quan|don vi|to\b(?! chuc)|cum|khoi|dia phuong|nganh)")]
    private static partial Regex BodyStart();

    // The verbs a subject is followed by in plans ("… chủ trì, phối hợp…", "… tổ chức…").
    [GeneratedRegex(@" (?:chu tri|to chuc|xay dung|gui|tong hop|bao cao|co to trinh|co van ban|can cu|thuc hien|lap|tien hanh|ban hanh|hoan thanh|phoi hop|tham muu|ra soat|thanh lap|trien khai|huong dan|chi dao|cu|lua chon|de nghi|kien toan|cong bo|tiep nhan|hop xet|dang ky|tuyen truyen|theo doi|nang cap|duy tri|phat|tu danh gia|xet|mo|kiem tra|don doc|chuan bi|bo tri|ky|niem yet|chu dong|khan truong|tham du|thong bao|cap nhat|giao|quyet dinh|tham dinh|trinh|nop|hop|dam bao|bao dam|tiep tuc|danh gia|so ket|tong ket|xem xet|tap huan|tuy thuoc|thuc hien|co trach nhiem|phan cong|ra quyet dinh|tiem|van dong|dao tao|boi duong|cung cap|ho tro|kiem soat|to chuc|xu ly)\b")]
    private static partial Regex Verb();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^(?:Đề nghị|Giao|đề nghị|giao)\s+")]
    private static partial Regex Lead();

    // "Các sở, ban, ngành; UBND các huyện" and "Các sở, ban, ngành, UBND các huyện, thành phố":
    // a new body starts after ";" or where ", " is followed by a body's proper name.
    [GeneratedRegex(@";\s*|,\s*(?=(?:UBND|Ủy ban|Uỷ ban|Sở |Ban |Phòng |Văn phòng|Công an|Chủ tịch|Hội đồng|Trung tâm|Đài |Báo |Chi nhánh|Bộ |Cấp )\p{L}*)")]
    private static partial Regex BodySeparator();
}
