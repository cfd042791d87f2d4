using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Roman numerals as administrative texts use them: "lần thứ II", "Chương XIV", "quý III",
/// "Phụ lục IV", "khóa XVI". A real Hà Nội plan's text layer said "Festival Thăng Long - Hà Nội
/// lần thứ II" and restoration wrote "lần thứ Vi" (issue 15): "II" is no damaged syllable.
/// </summary>
public static partial class RomanNumeral
{
    /// <summary>True for a well-formed Roman numeral in capitals of at least two letters (a lone "V" or "I" may be OCR damage).</summary>
    public static bool IsNumeral(string core) => core.Length >= 2 && Numeral().IsMatch(core);

    /// <summary>
    /// True when the numeral stands inside a heading in capitals, as a word may: "VI PHẠM HÀNH
    /// CHÍNH" (vi phạm) — both neighbours capitalised words and the word before no counter
    /// ("PHẦN", "CHƯƠNG", "MỤC" …) that numerals follow.
    /// </summary>
    public static bool IsWordInCapitals(IReadOnlyList<LineToken> tokens, int k)
    {
        static bool CapsWord(LineToken t) => t.Class is TokenClass.Word or TokenClass.DamagedWord && t.Core.Length > 1 && VietnameseText.IsAllCaps(t.Core) && !IsNumeral(t.Core);
        var before = k > 0 && CapsWord(tokens[k - 1]) && !tokens[k - 1].EndsSentence;
        var after = k + 1 < tokens.Count && CapsWord(tokens[k + 1]) && !tokens[k].EndsSentence;
        if (before && Counters.Contains(VietnameseText.Fold(tokens[k - 1].Core.ToLowerInvariant())))
        {
            return false;
        }
        return before && after;
    }

    // Words a numeral follows in headings, folded: "PHẦN II", "CHƯƠNG IV", "MỤC III", "ĐIỀU", "PHỤ LỤC".
    private static readonly HashSet<string> Counters = new(StringComparer.Ordinal)
    {
        "phan", "chuong", "muc", "dieu", "luc", "quy", "khoa", "thu", "lan", "dot", "ky", "giai", "doan", "nhom", "loai", "hang", "bang", "bieu", "tap", "so",
    };

    [GeneratedRegex("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeral();
}
