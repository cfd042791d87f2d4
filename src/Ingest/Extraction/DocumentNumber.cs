using System.Text;
using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// A Vietnamese document number-and-code symbol ("số và ký hiệu"): <c>11325/KH-UBND</c>,
/// <c>91/2017/NĐ-CP</c>, <c>2919/BTĐKT-P.III</c>, <c>15-CT/TU</c>.
/// </summary>
public static partial class DocumentNumber
{
    // Code segments whose Đ OCR and typists lose: "QD-TTg" → "QĐ-TTg", "ND-CP" → "NĐ-CP",
    // "HDND" → "HĐND". Keys are folded segments; nothing else of a code is changed.
    private static readonly Dictionary<string, string> KnownSegments = new(StringComparer.Ordinal)
    {
        ["qd"] = "QĐ",
        ["nd"] = "NĐ",
        ["hdnd"] = "HĐND",
        ["btdkt"] = "BTĐKT",
        ["tdkt"] = "TĐKT",
        ["hdtdkt"] = "HĐTĐKT",
        ["ldtbxh"] = "LĐTBXH",
        ["sldtbxh"] = "SLĐTBXH",
        ["dct"] = "ĐCT",
        ["dgd"] = "ĐGD",
        ["bgddt"] = "BGDĐT",
        ["sgddt"] = "SGDĐT",
        ["gddt"] = "GDĐT",
        ["dkt"] = "ĐKT",
    };

    /// <summary>
    /// The number pattern on folded text (same offsets as the original). "11325 / KH - UBND" with
    /// stray spaces is accepted, and the blank a hand or a signing tool fills in ("Số: 35     /2024/QĐ-UBND",
    /// hanoi-decisions 35.2024.txt line 3); the code stops at the first space not around a separator.
    /// </summary>
    [GeneratedRegex(@"(?<![\w/])(?<n>\d{1,6})(?:\s?-\s?(?<party>[a-z]{1,5}))?\s{0,8}/\s{0,3}(?:(?<year>(?:19|20)\d{2})\s{0,3}/\s{0,3})?(?<code>[a-z][a-z0-9]*(?:\s?[-.]\s?[a-z0-9]+)*)", RegexOptions.CultureInvariant)]
    public static partial Regex FoldedPattern();

    /// <summary>
    /// Writes a matched number in canonical form: no spaces, the code's letters as printed
    /// ("1906/SGDĐT-CTrTT", "194/TTr-BTL"), only the Đ that OCR and typists drop restored in the
    /// code segments known to carry one ("QD-TTg" → "QĐ-TTg", "HDND" → "HĐND").
    /// </summary>
    public static string Canonical(string original)
    {
        var s = Regex.Replace(VietnameseText.Nfc(original), @"\s+", "");
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i]))
            {
                sb.Append(s[i]);
                i++;
                continue;
            }
            var j = i;
            while (j < s.Length && char.IsLetter(s[j]))
            {
                j++;
            }
            var segment = s[i..j];
            sb.Append(KnownSegments.TryGetValue(VietnameseText.Fold(segment), out var known) && known.Length == segment.Length
                ? RestoreDStroke(segment, known)
                : segment);
            i = j;
        }
        return sb.ToString();
    }

    // "QD" → "QĐ", "qd" → "qđ": Đ where the known spelling has it, every other letter as printed.
    private static string RestoreDStroke(string printed, string known)
    {
        var chars = printed.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (known[k] == 'Đ' && chars[k] is 'D' or 'd')
            {
                chars[k] = chars[k] == 'D' ? 'Đ' : 'đ';
            }
        }
        return new string(chars);
    }

    /// <summary>
    /// A key under which every way of typing one number is equal: "666/QĐ-TTg", "666/QD-TTg",
    /// "666 qđ ttg", "666/QĐ–TTg" → "666 qd ttg".
    /// </summary>
    public static string Key(string text)
    {
        var folded = VietnameseText.Fold(text);
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                pendingSpace = false;
                sb.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>The code after the first "/": "KH-UBND" of "11325/KH-UBND".</summary>
    public static string CodeOf(string number)
    {
        var slash = number.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? number : number[(slash + 1)..];
    }

    /// <summary>True when the text is, as a whole, one document number (a staff query like "11325 kh-ubnd").</summary>
    public static bool LooksLikeNumber(string text)
    {
        var key = Key(text);
        return NumberKey().IsMatch(key);
    }

    // "11325 kh ubnd", "91 2017 nd cp", "2919 btdkt p iii", "15 ct tu".
    [GeneratedRegex(@"^\d{1,6}( (19|20)\d{2})?( [a-z][a-z0-9]*){1,4}$")]
    private static partial Regex NumberKey();
}
