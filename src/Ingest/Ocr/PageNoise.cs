using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Ocr;

/// <summary>
/// Drops what is on a page but is not its text: the word salad Tesseract makes of round seals,
/// received-stamps, signatures and handwriting in the margin (a real Đà Nẵng letter's margin
/// note came out as "ẽẽẽ”...", "~ ì m ề ` x", "N NY ` ằ Š ;" before its body lines). A word goes
/// when it is no text — neither a Vietnamese syllable, a number, a code nor a list mark — and
/// Tesseract was unsure of it, or when it stands in the left margin outside the text column
/// and is no text or a doubtful one.
/// </summary>
public static partial class PageNoise
{
    // Below this confidence a token that is no text is noise (Tesseract gives printed words
    // it misreads 60–90; seal and stamp fragments mostly under 50).
    private const double NoiseConfidence = 60;

    // In the margin, a word must be read with at least this confidence to stay.
    private const double MarginConfidence = 85;

    private static readonly HashSet<string> Marks = new(StringComparer.Ordinal) { "-", "–", "—", "+", "*", "•", "./.", "/.", "…", "...", "(", ")", "“", "”", ":", ";", "," };

    /// <summary>The lines without their noise words; lines left empty are dropped.</summary>
    public static IReadOnlyList<OcrLine> Clean(IReadOnlyList<OcrLine> lines)
    {
        // The text column's left edge: the leftmost start of a run of three sure words in a long
        // line. Margin handwriting makes no such run; a table's first column does (a table page's
        // long lines start in every column, so no percentile of their starts is the margin).
        var starts = lines.Where(l => l.Words.Count >= 5).Select(SureStart).OfType<int>().ToList();
        var bodyLeft = starts.Count >= 3 ? starts.Min() : 0;
        var lineHeight = OcrWord.MedianHeight(lines.SelectMany(l => l.Words));
        var kept = new List<OcrLine>();
        foreach (var line in lines)
        {
            var edge = bodyLeft - lineHeight;
            var words = new List<OcrWord>();
            foreach (var word in line.Words)
            {
                var parts = IsNoise(word, edge) ? Unglued(word).Where(p => !IsNoise(p, edge)) : [word];
                words.AddRange(parts.Select(Mended).OfType<OcrWord>());
            }
            if (words.Count > 0)
            {
                kept.Add(words.SequenceEqual(line.Words) ? line : new OcrLine(words));
            }
        }
        return kept;
    }

    // Where the line's first run of three words read as text with confidence ≥ 70 starts, or null.
    private static int? SureStart(OcrLine line)
    {
        for (var k = 0; k + 2 < line.Words.Count; k++)
        {
            if (line.Words.Skip(k).Take(3).All(w => w.Confidence >= 70 && IsText(w.Text)))
            {
                return line.Words[k].Left;
            }
        }
        return null;
    }

    // A day or month written by hand into a date's blank touches the printed word beside it,
    // and the whole was no text: danang-scans 3.pdf page 1's "ngày 18 tháng 10" lost both "18"
    // and "tháng" as one noise word. A word that would be dropped is judged again in its two
    // parts (a number stays; a scrawl Tesseract made letters of goes), each with its share of
    // the box. One that is kept ("ngày15", as BYT's e-office typed it) stays as it was read.
    // Nothing when the word is no such pair.
    private static IEnumerable<OcrWord> Unglued(OcrWord word)
    {
        var m = GluedDateWord().Match(word.Text);
        if (!m.Success)
        {
            yield break;
        }
        var first = m.Groups["a"].Value;
        var cut = (int)Math.Round((double)word.Width * first.Length / word.Text.Length);
        yield return word with { Width = cut, Text = first };
        yield return word with { Left = word.Left + cut, Width = word.Width - cut, Text = word.Text[first.Length..] };
    }

    // "18tháng", "Jÿtháng", "7năm" (a fill-in of one to four signs before the printed word) or
    // "ngày18", "tháng10" (after it).
    [GeneratedRegex(@"^(?:(?<a>[^\s\d]{1,2}|\d{1,4})(?:tháng|năm)[,.]?|(?<a>ngày|tháng)\d{1,4}[,.]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedDateWord();

    // A kept word's text as print has it. Tesseract writes a rule or an underline as "_": alone
    // it is no word (danang-scans 1.pdf page 2 has one under its recipients), glued to a word it
    // is not part of it ("_cấp", 3.pdf page 4; "_thực" under a harsh render's header line). The
    // vie model sometimes writes Đ as Icelandic Ð (U+00D0), which Vietnamese never has, and
    // sometimes reads the one letter twice, as both ("Sở GD&ĐÐT", 1.pdf page 2). Null when
    // nothing is left.
    private static OcrWord? Mended(OcrWord word)
    {
        var text = word.Text;
        if (text.StartsWith('_') || text.EndsWith('_'))
        {
            text = text.Trim('_');
        }
        if (text.Contains('Ð', StringComparison.Ordinal) || text.Contains('ð', StringComparison.Ordinal))
        {
            text = text.Replace("ĐÐ", "Đ", StringComparison.Ordinal).Replace("ÐĐ", "Đ", StringComparison.Ordinal).Replace('Ð', 'Đ').Replace('ð', 'đ');
        }
        return text.Length == 0 ? null : ReferenceEquals(text, word.Text) ? word : word with { Text = text };
    }

    /// <summary>True for a word dropped wherever it stands: no text, read with little confidence.</summary>
    public static bool IsNoise(OcrWord word) => !IsText(word.Text) && word.Confidence < NoiseConfidence;

    private static bool IsNoise(OcrWord word, int marginEdge)
    {
        var text = IsText(word.Text);
        return !text && word.Confidence < NoiseConfidence
            || word.Right < marginEdge && (!text || word.Confidence < MarginConfidence || Core(word.Text).Length <= 1);
    }

    /// <summary>
    /// True for what a printed administrative page holds: a legal syllable in any case, a
    /// number or date, a code or abbreviation with capitals ("GD&amp;ĐT", "115/CV-PA83", "V/v"),
    /// a list mark.
    /// </summary>
    public static bool IsText(string token)
    {
        if (Marks.Contains(token))
        {
            return true;
        }
        var core = Core(token);
        if (core.Length == 0)
        {
            return false;
        }
        // List labels: "a)", "c)", "đ.", "b/" — one letter before a bracket or a full stop.
        if (core.Length == 1 && char.IsLetter(core[0]) && token.Length == 2 && token[1] is ')' or '.')
        {
            return true;
        }
        // A number with its label glued on: "Số:.4435" (danang-scans 1.pdf, the handwritten 1595 read
        // at confidence 35) is the document's number as read — kept for extraction to hold for review.
        if (core.Any(char.IsDigit) && core.All(c => char.IsLetterOrDigit(c) || c is '/' or '-' or '.' or ',' or '%' or ':'))
        {
            return true;
        }
        if (core.All(char.IsLetter) && Syllable.IsLegal(core.ToLowerInvariant()) && (core.Length > 1 || char.IsLower(core[0]) || core is "A" or "E" or "I" or "O" or "U" or "Y"))
        {
            return true;
        }
        // Codes and abbreviations: letters, digits and joiners with at least two capitals, or a
        // slash ("V/v", "Đ/c", "b/c" for báo cáo).
        var capitals = core.Count(char.IsUpper);
        return core.All(c => char.IsLetterOrDigit(c) || c is '/' or '-' or '&' or '.') && (capitals >= 2 || core.Contains('/') && core.Any(char.IsLetter));
    }

    private static string Core(string token) => token.Trim('.', ',', ';', ':', '(', ')', '“', '”', '"', '!', '?', '…', '\'', '‘', '’', '[', ']', '_', '*');
}
