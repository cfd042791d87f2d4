using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Reads the signature block at the end of a document: authority lines ("TM. ỦY BAN NHÂN DÂN",
/// "KT. CHỦ TỊCH"), the title above the name ("PHÓ CHỦ TỊCH"), and the name. OCR reads the block
/// beside the distribution list, so a title or name may share a line with it
/// ("- Bộ Nội vụ; CHỦ TỊCH", "- Lưu: VT, NC. Trịnh Văn Quảng").
/// </summary>
public static partial class SignerParser
{
    /// <summary>The signer of a segment, or null when nobody signs it (a template, a missing block).</summary>
    public static Signer? Parse(DocumentSplitter.Segment segment)
    {
        var lines = segment.Lines;
        var from = 0;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (lines[i].Folded.StartsWith("noi nhan", StringComparison.Ordinal))
            {
                from = i;
                break;
            }
        }
        if (from == 0)
        {
            from = Math.Max(0, lines.Count - 14);
        }
        var authorities = new List<string>();
        string? title = null, name = null;
        for (var i = from; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (lines[i].IsBlank || Signed().IsMatch(lines[i].Folded))
            {
                continue;
            }
            if (Template().IsMatch(lines[i].Folded))
            {
                return null; // "THỦ TRƯỞNG ĐƠN VỊ (Ký tên, đóng dấu)": an outline nobody signs
            }
            var authority = Authority().Match(text);
            if (authority.Success)
            {
                authorities.Add($"{authority.Groups["k"].Value.ToUpperInvariant()}. {Role(authority.Groups["r"].Value)}");
                title = null;
                name = null;
                continue;
            }
            var caps = TitleCaps().Match(text);
            if (caps.Success && IsTitle(caps.Groups["t"].Value))
            {
                title = Role(caps.Groups["t"].Value.Trim());
                name = null;
                continue;
            }
            if (title is not null)
            {
                var n = Name().Match(text);
                if (n.Success)
                {
                    name = VietnameseText.CollapseSpaces(n.Groups["n"].Value);
                }
            }
        }
        if (title is null || name is null)
        {
            return null;
        }
        if (title.StartsWith("Q. ", StringComparison.Ordinal) && authorities.Count == 0)
        {
            return new Signer(name, title, null);
        }
        return new Signer(name, title, authorities.Count == 0 ? null : string.Join("; ", authorities));
    }

    private static bool IsTitle(string caps)
    {
        var f = VietnameseText.Fold(caps);
        return TitleWord().IsMatch(f);
    }

    // "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân"; "PHÓ CHỦ TỊCH THƯỜNG TRỰC" → "Phó Chủ tịch Thường trực";
    // "CHÁNH VĂN PHÒNG" → "Chánh Văn phòng"; "Q. GIÁM ĐỐC" → "Q. Giám đốc".
    private static string Role(string caps)
    {
        var words = VietnameseText.CollapseSpaces(caps.Replace("UỶ", "ỦY", StringComparison.Ordinal)).ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var f = VietnameseText.Fold(words[i]);
            var capital = i == 0 || (i > 0 && f is "chu" or "giam" or "truong" or "thuong" or "chanh"
                && VietnameseText.Fold(words[i - 1]) is not "ban" and not "nhan")
                || (i > 0 && f == "van" && VietnameseText.Fold(words[i - 1]) is "chanh" or "pho");
            if (capital && words[i].Length > 0)
            {
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
            }
        }
        var s = string.Join(' ', words);
        return s.StartsWith("q. ", StringComparison.Ordinal) || s.StartsWith("Q. ", StringComparison.Ordinal)
            ? "Q. " + char.ToUpperInvariant(s[3]) + s[4..]
            : s;
    }

    [GeneratedRegex(@"\b(?<k>TM|KT|TL|TUQ|tm|kt|tl)\s*\.\s*(?<r>[\p{Lu} ]{3,40})\s*$")]
    private static partial Regex Authority();

    [GeneratedRegex(@"(?:^|[;.,:]\s+|\s{2,})(?<t>(?:Q\.\s*)?[\p{Lu}][\p{Lu} ]{2,40})\s*$")]
    private static partial Regex TitleCaps();

    [GeneratedRegex(@"(?:chu tich|giam doc|truong ban|chanh van phong|truong phong|bi thu|thu truong|vien truong|hieu truong|cuc truong)")]
    private static partial Regex TitleWord();

    // The name stands alone, or beside a recipient line: after its ";" or "." or, in a text layer
    // laid out in columns, after a wide gap ("- VPUBTP: CVP, các PCVP, các PCM,      Nguyễn Trọng Đông").
    [GeneratedRegex(@"(?:^|[.;:]\s+|\s{4,})(?<n>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4})\s*$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^\(?\s*da ky\s*\)?$|^\(ky")]
    private static partial Regex Signed();

    [GeneratedRegex(@"thu truong (?:co quan|don vi)|ky ten, dong dau|\(ky ten")]
    private static partial Regex Template();
}
