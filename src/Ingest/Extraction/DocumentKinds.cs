using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// The document types of Vietnamese administration, by their written name and by the code
/// in their number (the "KH" of 11325/KH-UBND).
/// </summary>
public static class DocumentKinds
{
    public const string Plan = "Kế hoạch";
    public const string OfficialLetter = "Công văn";
    public const string Outline = "Đề cương";

    // Longest first, so "Đề cương báo cáo" is read as an outline, not as "Báo cáo".
    private static readonly (string Folded, string Kind)[] Names =
    [
        ("de cuong bao cao", Outline),
        ("de cuong", Outline),
        ("ke hoach", Plan),
        ("quyet dinh", "Quyết định"),
        ("cong van", OfficialLetter),
        ("huong dan", "Hướng dẫn"),
        ("bao cao", "Báo cáo"),
        ("to trinh", "Tờ trình"),
        ("thong bao", "Thông báo"),
        ("nghi dinh", "Nghị định"),
        ("nghi quyet", "Nghị quyết"),
        ("thong tu lien tich", "Thông tư liên tịch"),
        ("thong tu", "Thông tư"),
        ("chi thi", "Chỉ thị"),
        ("chuong trinh", "Chương trình"),
        ("ket luan", "Kết luận"),
        ("quy che", "Quy chế"),
        ("quy dinh", "Quy định"),
        ("phuong an", "Phương án"),
        ("bo luat", "Bộ luật"),
        ("luat", "Luật"),
        ("phap lenh", "Pháp lệnh"),
        ("lenh", "Lệnh"),
        ("thong tri", "Thông tri"),
    ];

    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        ["kh"] = Plan,
        ["qd"] = "Quyết định",
        ["hd"] = "Hướng dẫn",
        ["bc"] = "Báo cáo",
        ["ttr"] = "Tờ trình",
        ["tb"] = "Thông báo",
        ["nd"] = "Nghị định",
        ["nq"] = "Nghị quyết",
        ["tt"] = "Thông tư",
        ["ttlt"] = "Thông tư liên tịch",
        ["ct"] = "Chỉ thị",
        ["ctr"] = "Chương trình",
        ["kl"] = "Kết luận",
        ["qc"] = "Quy chế",
        ["pa"] = "Phương án",
        ["dc"] = Outline,
    };

    /// <summary>
    /// The kind a code's first segment names ("TTr-BTL" → Tờ trình, "QĐ-UBND" → Quyết định), or
    /// null for an office code that names none ("SGDĐT-CTrTT", "UBND-KT", "CV-PA83").
    /// </summary>
    public static string? KindOfCode(string code)
    {
        var first = VietnameseText.Fold(code).Split('-', '/', '.')[0].Trim();
        return ByCode.TryGetValue(first, out var kind) ? kind : null;
    }

    // Kinds that lay down rules or report results rather than plan: a bare percentage in them is a
    // rate or a result (hanoi-decisions, provincial-resolutions), a goal only where one is named.
    private static readonly HashSet<string> RuleSetting = new(StringComparer.Ordinal)
    {
        "Quyết định", "Nghị quyết", "Quy định", "Quy chế", "Nghị định", "Thông tư", "Thông tư liên tịch", "Luật", "Báo cáo", "Tờ trình",
    };

    /// <summary>True for kinds whose percentages are rates or results unless a goal is named.</summary>
    public static bool SetsRules(string kind) => RuleSetting.Contains(kind);

    /// <summary>All folded kind names, longest first (for building patterns).</summary>
    public static IEnumerable<string> FoldedNames => Names.Select(n => n.Folded);

    /// <summary>The kind whose name starts the folded text at <paramref name="start"/>, with its length.</summary>
    public static (string Kind, int Length)? MatchName(string folded, int start = 0)
    {
        foreach (var (name, kind) in Names)
        {
            if (string.CompareOrdinal(folded, start, name, 0, name.Length) == 0
                && (start + name.Length == folded.Length || !char.IsLetter(folded[start + name.Length])))
            {
                return (kind, name.Length);
            }
        }
        return null;
    }

    /// <summary>The kind a number's code implies: "KH-UBND" → Kế hoạch; a bare office code → Công văn.</summary>
    public static string FromCode(string code)
    {
        var first = VietnameseText.Fold(code).Split('-', '/', '.')[0].Trim();
        return ByCode.TryGetValue(first, out var kind) ? kind : OfficialLetter;
    }

    /// <summary>The canonical kind for a folded kind name, or null.</summary>
    public static string? FromFoldedName(string folded) =>
        Names.FirstOrDefault(n => n.Folded == folded).Kind;
}
