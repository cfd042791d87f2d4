using System.Text.RegularExpressions;

namespace Ingest.Ocr;

/// <summary>
/// The page number at the top centre of pages from the second on (Decree 30/2020/NĐ-CP), read
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
            || Stray().Match(word.Text) is not { Success: true } m)
        {
            return null;
        }
        var mended = new OcrLine([word with { Text = m.Groups["n"].Value }]);
        return [.. lines.Select(l => l == top ? mended : l)];
    }

    // One letter or sign (not "." or ")", which a list's "1." or "2)" has) before or after one to three digits.
    [GeneratedRegex(@"^(?:[^\d\s.)](?<n>\d{1,3})|(?<n>\d{1,3})[^\d\s.)])$", RegexOptions.CultureInvariant)]
    private static partial Regex Stray();
}
