using System.Collections.Frozen;
using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Codes and abbreviations of Vietnamese administration, and the forms OCR makes of them
/// (it drops the bar of Đ: "HDND" → "HĐND", "QD-TTg" → "QĐ-TTg", "BTDKT" → "BTĐKT").
/// A code's letters are restored only when its folded form is a known code.
/// </summary>
public static class CodeLexicon
{
    private static readonly string[] Codes =
    [
        "UBND", "HĐND", "MTTQ", "UBMTTQ", "QĐ", "NĐ", "TTg", "TTr", "CTr", "KH", "HD", "BC", "TB", "NQ", "TT", "TTLT", "CT",
        "CP", "TU", "TW", "HU", "ĐU", "BTĐKT", "TĐKT", "HĐTĐKT", "LĐTBXH", "SLĐTBXH", "BNV", "SNV", "STP", "VP", "VPUBND",
        "KGVX", "NC", "TH", "KT", "TM", "PCT", "VT", "LĐVP", "BCĐ", "BCH", "ĐKT", "CTXH", "NHCSXH", "TTĐT", "GDĐT", "SGDĐT",
        "BGDĐT", "LĐ", "ĐTN", "HLHPN", "HCCB", "HND", "BHXH", "BHYT", "CNTT", "THCS", "THPT", "PCCC", "NTM", "OCOP", "ATGT",
        "TNMT", "NNPTNT", "KHĐT", "SKHĐT", "STC", "SYT", "SXD", "SGTVT", "SVHTTDL", "VHTTDL", "BVHTTDL", "CCHC", "QLNN",
        "UBKT", "MTTQVN", "ĐBQH", "HĐBC", "BTC", "BQP", "BCA", "CAND", "QĐND", "ĐCS", "XHCN", "KTXH", "KT-XH", "GRDP",
        "PGĐ", "GĐ", "CV", "UB", "VPCP", "ĐGD",
        // Giáo dục, as in "Công đoàn GD thành phố" and "Phòng GD&ĐT" (danang-scans 1.pdf page 2),
        // spelled as "GĐ" (giám đốc) is but a code of its own: kept as it is read. (Not "ĐT":
        // its OCR forms "BT", "PT" would take "Đài PT-TH" with them.)
        "GD",
    ];

    private static readonly HashSet<string> Exact = new(Codes, StringComparer.Ordinal);

    // Folded form → code, plus the forms OCR makes of Đ in a code: D (folding), B and P
    // ("HBND", "QP-TTg" for HĐND, QĐ-TTg).
    private static readonly FrozenDictionary<string, string> ByFolded = Codes
        .SelectMany(c => new[] { (VietnameseText.Fold(c), c) }
            .Concat(c.Contains('Đ', StringComparison.Ordinal)
                ? new[] { 'b', 'p' }.Select(x => (VietnameseText.Fold(c.Replace('Đ', char.ToUpperInvariant(x))), c))
                : []))
        .GroupBy(p => p.Item1)
        .ToFrozenDictionary(g => g.Key, g => g.First().c, StringComparer.Ordinal);

    /// <summary>True when the token, any marks or case, is a known code ("hdnd" → HĐND).</summary>
    public static bool IsKnownCode(string token) => ByFolded.ContainsKey(VietnameseText.Fold(token));

    /// <summary>
    /// Restores the letters of a code token: each letter segment that is a known code is written
    /// as the lexicon writes it ("QD-TTg" → "QĐ-TTg", "11325/KH-UBND" stays, "HDND" → "HĐND").
    /// Segments it does not know are kept as they are.
    /// </summary>
    public static string Restore(string token)
    {
        var chars = token.ToCharArray();
        var i = 0;
        var changed = false;
        while (i < chars.Length)
        {
            if (!char.IsLetter(chars[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < chars.Length && char.IsLetter(chars[j]))
            {
                j++;
            }
            var segment = new string(chars, i, j - i);
            // Only all-capital (or mixed like "TTg") segments: a lower-case word is not a code.
            // A segment that is itself a code is left: "GD" is not "GĐ" with its bar lost.
            if (segment.Any(char.IsUpper) && !Exact.Contains(segment) && ByFolded.TryGetValue(VietnameseText.Fold(segment), out var known)
                && known.Length == segment.Length && !string.Equals(known, segment, StringComparison.Ordinal))
            {
                known.CopyTo(0, chars, i, known.Length);
                changed = true;
            }
            i = j;
        }
        return changed ? new string(chars) : token;
    }
}
