using System.Text;
using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Splits a line into <see cref="LineToken"/>s and rebuilds it. Rebuilding the tokens of a line
/// gives the line back character for character (the restorer changes cores only).
/// </summary>
public static partial class LineTokenizer
{
    // "/" as well: plans end on "./." and OCR leaves "hiện./" — the word is "hiện".
    private const string Punctuation = ".,;:!?()[]{}“”\"'‘’«»…*_/";

    /// <summary>Tokens of one line (no '\n' inside).</summary>
    public static List<LineToken> Tokenize(string line)
    {
        var tokens = new List<LineToken>();
        var i = 0;
        while (i < line.Length)
        {
            var s = i;
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }
            var space = line[s..i];
            var t = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }
            if (t == i)
            {
                if (space.Length > 0)
                {
                    tokens.Add(new LineToken(space, "", "", "", TokenClass.Other));
                }
                break;
            }
            var word = line[t..i];
            if (word == "V/")
            {
                // "V/v" (về việc) before a letter's subject loses its small v to OCR: "V/ thực
                // hiện Thông báo số 496-TB/TU" (danang-scans 3.pdf page 1). "V/" alone is nothing else.
                tokens.Add(new LineToken(space, "", "V/v", "", TokenClass.Other));
                continue;
            }
            if (ReportCopy().Match(word) is { Success: true } copy)
            {
                // "(b/c)" (để báo cáo) after a recipient: its slash and small c are read as a mark
                // or lost — "UBND tỉnh (bíc);", "(bịc)", "(b/C)", "HĐND tỉnh (bí)" (official
                // renders a09, b01, b03, b09). In brackets alone it is nothing else.
                tokens.Add(new LineToken(space, "(", "b/c", ")" + copy.Groups[1].Value, TokenClass.Other));
                continue;
            }
            var a = 0;
            while (a < word.Length && Punctuation.Contains(word[a], StringComparison.Ordinal))
            {
                a++;
            }
            var b = word.Length;
            while (b > a && Punctuation.Contains(word[b - 1], StringComparison.Ordinal))
            {
                b--;
            }
            // "P.III" and "v.v." keep inner dots; a trailing "." of a code stays trailing.
            var core = word[a..b];
            var hyphen = HyphenatedWords().Match(core);
            if (hyphen.Success && !CodeLexicon.IsKnownCode(hyphen.Groups[1].Value))
            {
                // "Lao động-Thương binh": two words joined by a hyphen are restored as two.
                var left = hyphen.Groups[1].Value;
                tokens.Add(new LineToken(space, word[..a], left, "-", Classify(left)));
                var right = core[(left.Length + 1)..];
                tokens.Add(new LineToken("", "", right, word[b..], Classify(right)));
                continue;
            }
            var trail = word[b..];
            // List and section labels stay as they are: "b)", "đ)", "II.", "Q. GIÁM ĐỐC".
            var label = trail.Length > 0 && trail[0] is ')' or '.' && (core.Length == 1 || RomanNumeral().IsMatch(core));
            if (trail.Length > 0 && trail[0] == '.' && DamagedRomanNumeral().IsMatch(core) && core.Any(c => c is 'I' or 'V' or 'X'))
            {
                // OCR reads the I of section numbers as l or 1: "Il." → "II.", "Ill." → "III.".
                core = core.Replace('l', 'I').Replace('1', 'I');
                label = true;
            }
            // A figure its word before tells how to read, kept as it is then: "tháng l1" (vbpl
            // pline_2) is 11, "lần thứ VỊ", "quý HÍ" (official harsh a09) are VI and III.
            if (tokens.Count > 0 && (DateFigure(tokens[^1].Core, core, line.AsSpan(i)) ?? Restoration.RomanNumeral.AfterCounter(tokens[^1].Core, core)) is { } figure)
            {
                (core, label) = (figure, true);
            }
            tokens.Add(new LineToken(space, word[..a], core, trail, label ? TokenClass.Other : Classify(core)));
        }
        return tokens;
    }

    // A day or month after "ngày" or "tháng" with one of its ones read as l, I or |: the figure,
    // when it has a digit of its own and makes a day (1–31) or month (1–12). Without a digit it
    // must stand in the date's frame, before "tháng" or before "năm" and a year, and hold a small
    // letter: "ngày 15 tháng lÌ năm 2022" (byt-decision-scans page 1) is November; a hand's "ÍÍ" in
    // a blank is no reading of anything.
    private static string? DateFigure(string before, string core, ReadOnlySpan<char> rest)
    {
        var digits = core.Any(char.IsAsciiDigit);
        if (digits && core.Length == 2 && core[0] == 'L' && char.IsAsciiDigit(core[1]) && InDateFrame(before, rest))
        {
            // A printed 1 read as L beside its digit, inside the date's frame: "ngày L5 tháng 6
            // năm 2022" (official harsh a09), "tháng L1 năm 2013" (official b01).
            return InRange(before, "1" + core[1]);
        }
        if (core.Length is 0 or > 2 || !core.Any(c => c is 'l' or 'I' or '|' || (!digits && IsMarkedOne(c)))
            || !core.All(c => char.IsAsciiDigit(c) || c is 'l' or 'I' or '|' || (!digits && IsMarkedOne(c)))
            || (!digits && (!core.Any(IsSmallOne) || !InDateFrame(before, rest))))
        {
            return null;
        }
        return InRange(before, string.Concat(core.Select(c => char.IsAsciiDigit(c) ? c : '1')));
    }

    // The figure when it makes a day (1–31) after "ngày" or a month (1–12) after "tháng".
    private static string? InRange(string before, string figure)
    {
        var value = int.Parse(figure, System.Globalization.CultureInfo.InvariantCulture);
        return before.ToLowerInvariant() switch
        {
            "ngày" when value is >= 1 and <= 31 => figure,
            "tháng" when value is >= 1 and <= 12 => figure,
            _ => null,
        };
    }

    // A one's small look-alikes, "l", "i" and "i" with a mark, and the capital I with a mark
    // (the page's "11" read "lÌ").
    private static bool IsSmallOne(char c) => c is 'l' or 'i' or 'ì' or 'í' or 'ỉ';

    private static bool IsMarkedOne(char c) => IsSmallOne(c) || c is 'Ì' or 'Í' or 'Ỉ';

    // What follows a day is "tháng"; what follows a month is "năm" and a year.
    private static bool InDateFrame(string before, ReadOnlySpan<char> rest) => before.ToLowerInvariant() switch
    {
        "ngày" => DayFrame().IsMatch(rest),
        "tháng" => MonthFrame().IsMatch(rest),
        _ => false,
    };

    // "(b/c)" as OCR leaves it: the slash read as a mark on i, as l, 1 or |, or lost with the c.
    [GeneratedRegex(@"^\(b(?:[/|1lií]c|[/|1lií]?C|[ịíì]c?)\)([;,.]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportCopy();

    [GeneratedRegex(@"^\s+tháng\s", RegexOptions.CultureInvariant)]
    private static partial Regex DayFrame();

    [GeneratedRegex(@"^\s+năm\s+(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFrame();

    /// <summary>Rebuilds a line from tokens, with replaced cores where given.</summary>
    public static string Join(IReadOnlyList<LineToken> tokens, IReadOnlyList<string>? cores = null)
    {
        var sb = new StringBuilder();
        for (var k = 0; k < tokens.Count; k++)
        {
            var tok = tokens[k];
            sb.Append(tok.Space).Append(tok.Lead).Append(cores?[k] ?? tok.Core).Append(tok.Trail);
        }
        return sb.ToString();
    }

    /// <summary>Classifies a token core.</summary>
    public static TokenClass Classify(string core)
    {
        if (core.Length == 0)
        {
            return TokenClass.Other;
        }
        var letters = 0;
        var digits = 0;
        var upper = 0;
        var other = 0;
        foreach (var c in core)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else
            {
                other++;
            }
        }
        // A real address, not "S@" or "ngw@i" (OCR's ở and ườ).
        if (Email().IsMatch(core) || core.Contains("://", StringComparison.Ordinal) || core.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return TokenClass.Other;
        }
        if (letters == 0)
        {
            // A lone 6 or 0 is as often "ở", "ô" or "ố" read by the English model as a number;
            // the decoder weighs both readings.
            return core is "6" or "0" or "§" ? TokenClass.DamagedWord : digits > 0 ? TokenClass.Number : TokenClass.Other;
        }
        if (other == 0 && digits == 0)
        {
            // "UBND", "HĐND": capitals that are not a syllable are codes; "ĐỒNG" is a word.
            return upper == letters && letters > 1 && !Syllable.IsLegal(core) && !LooksLikeDamagedCaps(core) ? TokenClass.Code : TokenClass.Word;
        }
        // Separators make codes and numbers: "KH-UBND", "P.III", "13/2017"; otherwise a short
        // token of letters with a digit or symbol or two is a word OCR damaged:
        // "s6" (số), "1anh" (lãnh), "x8y" (xây), "K&" (Kế), "s§" (số).
        var separators = core.Count(c => c is '/' or '-' or '.' or ',');
        if (separators == 0 && digits + other is > 0 and <= 2 && core.Length <= 7 && letters >= 1)
        {
            return TokenClass.DamagedWord;
        }
        return TokenClass.Code;
    }

    // English-model OCR of a capital line reads "TỈNH ĐỒNG NAI" as "TINH PONG NAI": capitals
    // that are one or two letters away from a syllable are words, not codes.
    // "UBND", "MTTQ", "OCOP" are not syllable-shaped (consonants, vowels, a final); "PONG", "HQI" are.
    private static bool LooksLikeDamagedCaps(string core) =>
        core.Length <= 7 && !CodeLexicon.IsKnownCode(core) && SyllableShapedCaps().IsMatch(Text.VietnameseText.Fold(core));

    [GeneratedRegex(@"^[bcdghklmnpqrstvx]{0,3}[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$")]
    private static partial Regex SyllableShapedCaps();

    [GeneratedRegex(@"^[IVXL]{1,5}$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"^[IVXl1]{2,5}$")]
    private static partial Regex DamagedRomanNumeral();

    [GeneratedRegex(@"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^(\p{L}*\p{Ll}\p{L}*)-\p{L}+$")]
    private static partial Regex HyphenatedWords();

}
