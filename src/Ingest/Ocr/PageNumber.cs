using System.Text.RegularExpressions;

namespace Ingest.Ocr;

/// <summary>
/// The page number at the top centre of pages from the second on (Decree 30/2020/NĐ-CP), or at
/// the foot where an office puts it, and how it is found when Tesseract left it out. Read
/// with a speck beside it as a letter: danang-scans 3.pdf's third page begins "E2", Hà Nội's
/// NQ 12/2025 scan's second "P2". Alone on the page's top line, centred, above the text, it is
/// the number: the digits are kept.
/// </summary>
public static partial class PageNumber
{
    // How far from the page's centre the number may stand, as a share of the width.
    private const double OffCentre = 0.08;

    /// <summary>The lines with the page number's stray sign taken off, or null when there is nothing to mend.</summary>
    public static IReadOnlyList<OcrLine>? Mend(IReadOnlyList<OcrLine> lines, int width)
    {
        if (lines.Count < 2 || width <= 0)
        {
            return null;
        }
        var top = lines.MinBy(l => l.Top)!;
        if (top.Words.Count != 1 || lines.Where(l => l != top).Min(l => l.Top) < top.Bottom)
        {
            return null;
        }
        var word = top.Words[0];
        if (Math.Abs(word.Left + (word.Width / 2) - (width / 2)) > width * OffCentre
            || NumberIn(word.Text) is not { } number || number == word.Text)
        {
            return null;
        }
        var mended = new OcrLine([word with { Text = number }]);
        return [.. lines.Select(l => l == top ? mended : l)];
    }

    /// <summary>
    /// Where a page number Tesseract did not read at all would stand, in the order to look: the
    /// band at the top centre above the page's first line of text (the decree's place), then the
    /// foot below its last line, across the text's width (danang-scans 1.pdf numbers its pages
    /// at the bottom right); each with the page's line height. A band where a word with a digit
    /// was read already is not given. Tesseract's layout analysis leaves a lone small number
    /// out: every page after the first of the official renders (a01's "2", "3", "4") lost its
    /// number so, though it was printed clean, and so did both pages of 1.pdf.
    /// </summary>
    public static IEnumerable<(PageRect Band, int LineHeight, bool AtTop)> Bands(PageWords page)
    {
        var words = page.Lines.SelectMany(l => l.Words).ToList();
        var first = page.Lines.Where(l => l.Words.Count(w => PageNoise.IsText(w.Text)) >= 3).MinBy(l => l.Top);
        if (first is null || page.Width <= 0)
        {
            yield break;
        }
        var lineHeight = OcrWord.MedianHeight(words);
        var centre = page.Width / 2;
        var half = (int)(page.Width * OffCentre);
        var top = Math.Max(0, first.Top - (BandLines * lineHeight));
        var bottom = first.Top - (lineHeight / 4);
        if (bottom - top >= lineHeight && !words.Any(w => HasDigit(w) && w.Top + (w.Height / 2) < first.Top && Math.Abs(w.Left + (w.Width / 2) - centre) <= half))
        {
            yield return (new PageRect(centre - half, top, 2 * half, bottom - top), lineHeight, true);
        }
        // The last line with a word of text in it (a page's last line may be two words: "điểm trên.").
        var last = page.Lines.Where(l => l.Words.Any(w => w.Text.Count(char.IsLetter) >= 2 && PageNoise.IsText(w.Text))).MaxBy(l => l.Bottom)!;
        var left = Math.Max(0, words.Min(w => w.Left) - lineHeight);
        var right = Math.Min(page.Width, words.Max(w => w.Right) + (2 * lineHeight));
        var foot = last.Bottom + (lineHeight / 4);
        if (page.Height - foot >= lineHeight && right > left && !words.Any(w => HasDigit(w) && w.Top > last.Bottom))
        {
            yield return (new PageRect(left, foot, right - left, page.Height - foot), lineHeight, false);
        }
    }

    private static bool HasDigit(OcrWord word) => word.Text.Any(char.IsAsciiDigit);

    /// <summary>
    /// The box around the one group of one to three digit-sized marks side by side among the ink
    /// components of the band (its own pixels), padded; null when there is none or more than one:
    /// a scanner's specks are smaller than a digit, and a band with more than a number in it is not
    /// a page number's.
    /// </summary>
    public static PageRect? Glyphs(IEnumerable<PageRect> components, int lineHeight)
    {
        var marks = components.Where(c => c.Height >= lineHeight * 0.35 && c.Height <= lineHeight * 1.1 && c.Width <= lineHeight)
            .OrderBy(c => c.Left).ToList();
        if (marks.Count is 0 or > 3)
        {
            return null;
        }
        for (var i = 1; i < marks.Count; i++)
        {
            var (a, b) = (marks[i - 1], marks[i]);
            if (b.Left - a.Right > lineHeight / 2 || b.Top > a.Bottom || a.Top > b.Bottom)
            {
                return null;
            }
        }
        var pad = lineHeight / 2;
        int left = marks.Min(m => m.Left), top = marks.Min(m => m.Top);
        return new PageRect(Math.Max(0, left - pad), Math.Max(0, top - pad), marks.Max(m => m.Right) - left + (2 * pad), marks.Max(m => m.Bottom) - top + (2 * pad));
    }

    /// <summary>The page number in what was read from one of the <see cref="Bands"/>: one to three digits, a stray sign beside them taken off; null for anything else.</summary>
    public static string? Number(IEnumerable<OcrWord> read)
    {
        var words = read.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count != 1)
        {
            return null;
        }
        return NumberIn(words[0].Text);
    }

    // The one to three digits a word read as a page number holds: the word itself, a stray sign
    // beside them taken off, "§" read for 8 (vbpl pline_2, a decree's page 8, began "§ \""; no
    // page starts with a section sign); null for anything else.
    private static string? NumberIn(string word)
    {
        var text = word.Replace('§', '8');
        return Digits().IsMatch(text) ? text : Stray().Match(text) is { Success: true } m ? m.Groups["n"].Value : null;
    }

    // How far above the first line of text the number may stand, in lines.
    private const int BandLines = 6;

    [GeneratedRegex(@"^\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    // One letter or sign (not "." or ")", which a list's "1." or "2)" has) before or after one to three digits.
    [GeneratedRegex(@"^(?:[^\d\s.)](?<n>\d{1,3})|(?<n>\d{1,3})[^\d\s.)])$", RegexOptions.CultureInvariant)]
    private static partial Regex Stray();
}
