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

    /// <summary>
    /// The strokes a mark is made of, as the vie model reads bold numerals: "H" is two (II), "1",
    /// "l", "|" and a marked I ("Í", "Ị") one, a mark the model sets over a stroke ("Ả" in "HẢI"
    /// for III) none; null when the mark has any other letter in it. "VỊ" → VI, "HÍ" → III,
    /// "1H" → III; "IIV" stays IIV (no numeral: <see cref="LookAlike"/> asks that).
    /// </summary>
    public static string? Strokes(string mark)
    {
        var shape = new System.Text.StringBuilder();
        foreach (var c in mark)
        {
            switch (c)
            {
                case 'I' or 'l' or '1' or '|' or 'i' or 'í' or 'ì' or 'ỉ' or 'ị' or 'Í' or 'Ì' or 'Ỉ' or 'Ị' or 'Ï' or 'ï':
                    shape.Append('I');
                    break;
                case 'H' or 'h':
                    shape.Append("II");
                    break;
                case 'V' or 'v':
                    shape.Append('V');
                    break;
                case 'X' or 'x':
                    shape.Append('X');
                    break;
                case 'Ả' or 'ả' or 'Ã' or 'ã':
                    break;
                default:
                    return null;
            }
        }
        return shape.Length > 0 ? shape.ToString() : null;
    }

    /// <summary>The well-formed numeral a word looks like stroke for stroke (<see cref="Strokes"/>), or null.</summary>
    public static string? LookAlike(string word) => Strokes(word) is { } s && Numeral().IsMatch(s) ? s : null;

    /// <summary>
    /// The numeral after a counter that OCR read as capitals with a mark or an H: "lần thứ VỊ",
    /// "quý HÍ" (official harsh render a09) are "lần thứ VI", "quý III"; null for anything else —
    /// a numeral read right, a word ("Thứ HAI"), or a word before that is no counter.
    /// </summary>
    public static string? AfterCounter(string before, string word)
    {
        if (word.Length is 0 or > 4 || IsNumeral(word) || word == "I" || !VietnameseText.IsAllCaps(word)
            || !MisreadAfter.Contains(VietnameseText.Fold(before.ToLowerInvariant())))
        {
            return null;
        }
        return LookAlike(word);
    }

    // The counters a misread numeral is mended after: "lần thứ", "quý", "khóa", "Chương", "Phần",
    // "đợt", "Phụ lục" ("quy định tại Phụ lục HI", byt-decision-scans page 1), "Mục".
    private static readonly HashSet<string> MisreadAfter = new(StringComparer.Ordinal) { "thu", "quy", "khoa", "chuong", "phan", "dot", "luc", "muc" };

    // Words a numeral follows in headings, folded: "PHẦN II", "CHƯƠNG IV", "MỤC III", "ĐIỀU", "PHỤ LỤC".
    private static readonly HashSet<string> Counters = new(StringComparer.Ordinal)
    {
        "phan", "chuong", "muc", "dieu", "luc", "quy", "khoa", "thu", "lan", "dot", "ky", "giai", "doan", "nhom", "loai", "hang", "bang", "bieu", "tap", "so",
    };

    [GeneratedRegex("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeral();
}
