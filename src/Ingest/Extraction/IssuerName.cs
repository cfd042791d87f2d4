using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Turns the issuer lines of a header ("UBND TỈNH ĐỒNG NAI" / "SỞ TƯ PHÁP") into the name the
/// schema wants ("Sở Tư pháp tỉnh Đồng Nai"); "ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG NAI" → "UBND tỉnh Đồng Nai".
/// </summary>
public static partial class IssuerName
{
    // Administrative units, folded, longest first: the unit word is written in lower case in a
    // name ("tỉnh Đồng Nai") and the place name in title case.
    private static readonly (string Folded, string Written)[] Units =
    [
        ("thanh pho", "thành phố"), ("thi xa", "thị xã"), ("thi tran", "thị trấn"), ("tinh", "tỉnh"),
        ("huyen", "huyện"), ("quan", "quận"), ("phuong", "phường"), ("xa", "xã"), ("tp.", "thành phố"),
    ];

    // Bodies that sit under a People's Committee; the word after them is capitalised
    // ("Sở Tư pháp", "Ban Thi đua - Khen thưởng", "Hội đồng Thi đua - Khen thưởng").
    private static readonly string[] Bodies =
    [
        "van phong", "hoi dong", "chi cuc", "trung tam", "phong", "ban", "so", "cuc", "bo", "doan", "hoi",
    ];

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "ubnd", "hdnd", "mttq", "ubmttq", "tw", "cp", "vp", "ct", "tt",
    };

    /// <summary>Builds the issuer from header lines already stripped of the national motto.</summary>
    public static string? FromHeaderLines(IReadOnlyList<string> lines)
    {
        string? rawBody = null;       // the body line as printed, for a name broken over two lines
        string? committeeOf = null;   // "tỉnh Đồng Nai" of "UBND TỈNH ĐỒNG NAI"
        string? body = null;          // "Sở Tư pháp"
        string? council = null;       // "HĐND"
        foreach (var raw in lines)
        {
            var line = VietnameseText.CollapseSpaces(raw.Trim(' ', '-', '_', '.', ':'));
            if (line.Length == 0)
            {
                continue;
            }
            var folded = VietnameseText.Fold(line);
            if (folded.StartsWith("ten don vi", StringComparison.Ordinal) || folded.StartsWith("ten co quan", StringComparison.Ordinal))
            {
                return null; // a blank template: "TÊN ĐƠN VỊ"
            }
            var committee = CommitteePrefix().Match(folded);
            if (committee.Success)
            {
                var rest = line[committee.Length..].Trim();
                if (folded.StartsWith("hdnd", StringComparison.Ordinal) || folded.StartsWith("hoi dong nhan dan", StringComparison.Ordinal))
                {
                    council = "HĐND";
                }
                committeeOf = rest.Length > 0 ? Locality(rest) : committeeOf;
                continue;
            }
            if (LocalityOnly(folded))
            {
                committeeOf ??= Locality(line);
                if (body is null && council is null && committeeOf is not null && lines.Count == 1)
                {
                    return committeeOf;
                }
                continue;
            }
            if (folded.StartsWith("va ", StringComparison.Ordinal) && body is not null)
            {
                // "SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI": a name broken over two lines.
                (body, _) = SplitBody(VietnameseText.IsAllCaps(line) ? rawBody + " " + line : body + " " + line);
                continue;
            }
            if (Bodies.Any(b => folded.StartsWith(b + " ", StringComparison.Ordinal)))
            {
                // The lowest body in the block issues: "SỞ NỘI VỤ TỈNH SÓC TRĂNG" / "BAN THI ĐUA -
                // KHEN THƯỞNG" → "Ban Thi đua - Khen thưởng tỉnh Sóc Trăng".
                rawBody = line;
                (body, var locality) = SplitBody(line);
                committeeOf ??= locality;
            }
        }
        if (body is not null)
        {
            return committeeOf is null || body.Contains(committeeOf, StringComparison.Ordinal) ? body : $"{body} {committeeOf}";
        }
        if (committeeOf is not null)
        {
            return $"{council ?? "UBND"} {committeeOf}";
        }
        return council;
    }

    /// <summary>"TỈNH ĐỒNG NAI" → "tỉnh Đồng Nai"; "THÀNH PHỐ BIÊN HÒA" → "thành phố Biên Hòa".</summary>
    public static string Locality(string text)
    {
        var line = VietnameseText.CollapseSpaces(text);
        var folded = VietnameseText.Fold(line);
        foreach (var (unitFolded, written) in Units)
        {
            if (folded.StartsWith(unitFolded + " ", StringComparison.Ordinal))
            {
                return $"{written} {PlaceName(line[(unitFolded.Length + 1)..])}";
            }
        }
        return PlaceName(line);
    }

    /// <summary>A place name in title case, whatever case it came in: "ĐỒNG NAI" → "Đồng Nai".</summary>
    public static string PlaceName(string text) =>
        VietnameseText.IsAllCaps(text) || text.All(c => !char.IsUpper(c))
            ? VietnameseText.TitleCaseWords(text.Trim())
            : text.Trim();

    /// <summary>"SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Sở Lao động - Thương binh và Xã hội".</summary>
    public static string BodyName(string text) => SplitBody(text).Name;

    /// <summary>A body line's name and the locality printed at its end, if any ("SỞ NỘI VỤ TỈNH SÓC TRĂNG").</summary>
    public static (string Name, string? Locality) SplitBody(string text)
    {
        if (!VietnameseText.IsAllCaps(text))
        {
            return (text.Trim(), null);
        }
        var words = VietnameseText.CollapseSpaces(text).Split(' ');
        var folded = words.Select(VietnameseText.Fold).ToArray();
        var result = new string[words.Length];
        var bodyWords = Bodies.Where(b => string.Join(' ', folded.Take(b.Split(' ').Length)) == b)
            .Select(b => b.Split(' ').Length).DefaultIfEmpty(1).Max();
        var capitaliseNext = true;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (Acronyms.Contains(folded[i]))
            {
                result[i] = w;
                capitaliseNext = false;
                continue;
            }
            var next = i + 1 < folded.Length ? folded[i + 1] : "";
            var startsLocality = folded[i] is "tinh" or "huyen" or "quan"
                || (folded[i] == "thanh" && next == "pho") || (folded[i] == "thi" && next is "xa" or "tran");
            if (startsLocality && i >= bodyWords + 1)
            {
                // "… TỈNH ĐỒNG NAI" at the end of a body line: the rest is a locality.
                return (string.Join(' ', result.Take(i)), Locality(string.Join(' ', words[i..])));
            }
            var lower = w.ToLowerInvariant();
            // "Hội đồng Thi đua", "Văn phòng Đoàn": the type word's first syllable and the name's first are capitals.
            var capital = i == 0 || capitaliseNext || i == bodyWords;
            result[i] = capital ? VietnameseText.TitleCaseWords(lower) : lower;
            capitaliseNext = folded[i] is "va" or "-" || w.EndsWith(',');
            if (folded[i] == "va")
            {
                result[i] = "và";
            }
        }
        return (string.Join(' ', result.Where(r => r is not null)), null);
    }

    private static bool LocalityOnly(string folded) =>
        Units.Any(u => folded.StartsWith(u.Folded + " ", StringComparison.Ordinal));

    // "UBND", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HĐND", "HỘI ĐỒNG NHÂN DÂN" (folded).
    [GeneratedRegex(@"^(?:ubnd|u[yi] ban nhan dan|hdnd|hoi dong nhan dan)\b\s*")]
    private static partial Regex CommitteePrefix();
}
