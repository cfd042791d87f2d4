using System.Text.RegularExpressions;

namespace Ingest.Restoration;

/// <summary>
/// The Roman numerals of a plan's sections ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. KINH
/// PHÍ" … bold capitals in the layout of Decree 30/2020/NĐ-CP) where OCR read one as something
/// else. At 200 dpi the vie model reads bold "III." as "II." (official renders a04, a05, a07,
/// a08: "II. KINH PHÍ THỰC HIỆN" after "II. NHIỆM VỤ"), "I." as "1.", and II or III as "H.",
/// "1H,", "HẢI.". The headings of a document are numbered one after another: each is given the
/// numeral of the best numbering of the whole sequence (every numeral read as itself costs
/// nothing, a look-alike a little, a numeral one stroke short more, a skipped section more),
/// and a heading is rewritten only when that numbering reads at least two numerals as they
/// were and its own mark is a look-alike or one stroke off — Arabic section numbers ("2.",
/// "3.") and headings of documents not numbered so are left as they are.
/// </summary>
public static partial class SectionNumbers
{
    // Costs of reading a mark as a numeral: as itself, as a look-alike ("H" for II, "1" for I),
    // one "I" stroke more or less ("II" for III), and a section skipped between two headings.
    private const double LookAlike = 0.5;
    private const double StrokeOff = 1.5;
    private const double Unlike = 4;
    private const double Skipped = 2;
    private const double LeftOut = 2.5;

    // Numerals past this are not looked for: a plan has a handful of sections.
    private const int MaxSection = 20;

    /// <summary>The pages' lines with each misread section numeral mended; the same array when nothing changes.</summary>
    public static string[][] Mend(string[][] pages)
    {
        var headings = new List<(int Page, int Line, Match Match)>();
        for (var p = 0; p < pages.Length; p++)
        {
            for (var i = 0; i < pages[p].Length; i++)
            {
                if (Heading().Match(pages[p][i]) is { Success: true } m && RomanNumeral.Strokes(m.Groups["mark"].Value) is not null)
                {
                    headings.Add((p, i, m));
                }
            }
        }
        if (headings.Count < 2)
        {
            return pages;
        }
        var marks = headings.Select(h => h.Match.Groups["mark"].Value).ToList();
        var numbers = Numbering(marks);
        if (marks.Where((m, k) => numbers[k] > 0 && m == Roman(numbers[k])).Count() < 2)
        {
            return pages;
        }
        var result = pages.Select(p => (string[])p.Clone()).ToArray();
        var changed = false;
        for (var k = 0; k < headings.Count; k++)
        {
            var (p, i, m) = headings[k];
            if (numbers[k] == 0 || Cost(marks[k], numbers[k]) > StrokeOff)
            {
                continue;
            }
            // The mark, its stop and the space after it written as the numeral heading they are.
            var space = m.Groups["space"].Value.Length == 0 ? " " : m.Groups["space"].Value;
            var line = pages[p][i];
            result[p][i] = string.Concat(Roman(numbers[k]), ".", space, line.AsSpan(m.Index + m.Length));
            changed |= result[p][i] != line;
        }
        return changed ? result : pages;
    }

    // The numbers that cost least, one per mark, increasing; 0 for a heading left out of the
    // numbering (a subsection in capitals numbered "1."), which costs LeftOut. Viterbi over the
    // last number given, 0 to MaxSection.
    private static int[] Numbering(List<string> marks)
    {
        var n = marks.Count;
        var cost = new double[n + 1, MaxSection + 1];
        var from = new int[n + 1, MaxSection + 1];
        for (var v = 1; v <= MaxSection; v++)
        {
            cost[0, v] = double.PositiveInfinity;
        }
        for (var k = 1; k <= n; k++)
        {
            for (var v = 0; v <= MaxSection; v++)
            {
                // Heading k-1 left out: the last number stays v.
                (cost[k, v], from[k, v]) = (cost[k - 1, v] + LeftOut, -1);
                if (v == 0)
                {
                    continue;
                }
                for (var u = 0; u < v; u++)
                {
                    var c = cost[k - 1, u] + ((v - u - 1) * Skipped) + Cost(marks[k - 1], v);
                    if (c < cost[k, v])
                    {
                        (cost[k, v], from[k, v]) = (c, u);
                    }
                }
            }
        }
        var last = Enumerable.Range(0, MaxSection + 1).MinBy(v => cost[n, v]);
        var numbers = new int[n];
        for (var k = n; k > 0; k--)
        {
            if (from[k, last] < 0)
            {
                numbers[k - 1] = 0;
            }
            else
            {
                numbers[k - 1] = last;
                last = from[k, last];
            }
        }
        return numbers;
    }

    private static double Cost(string mark, int number)
    {
        var numeral = Roman(number);
        var shape = RomanNumeral.Strokes(mark);
        return mark == numeral ? 0
            : shape == numeral ? LookAlike
            : shape is not null && OneStrokeOff(shape, numeral) ? StrokeOff
            : Unlike;
    }

    // "II" and "III", "IV" and "IIV"…: the same but for one "I".
    private static bool OneStrokeOff(string a, string b) =>
        Math.Abs(a.Length - b.Length) == 1
        && (a.Length > b.Length ? (a, b) : (b, a)) is var (longer, shorter)
        && Enumerable.Range(0, longer.Length).Any(i => longer[i] == 'I' && string.Concat(longer.AsSpan(0, i), longer.AsSpan(i + 1)) == shorter);

    private static string Roman(int number)
    {
        ReadOnlySpan<(int Value, string Numeral)> parts = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var s = new System.Text.StringBuilder();
        foreach (var (value, numeral) in parts)
        {
            while (number >= value)
            {
                s.Append(numeral);
                number -= value;
            }
        }
        return s.ToString();
    }

    // A section heading: a short mark, "." (or "," as OCR reads a bold stop), then a title that
    // opens with a word in capitals ("I.MỤC TIÊU" as the official renders read it, no space). A
    // speck read as a sign before it goes (a01 "ˆ H. NỘI DUNG THI ĐUA").
    [GeneratedRegex(@"^(?:[^\p{Lu}\p{Ll}\p{N}\s(\-–•+*]\s+)?(?<mark>[^\s.,]{1,4})(?<stop>[.,])(?<space>[ \t]*)(?=\p{Lu}{2,}|\p{Lu}[ ,]\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
