namespace Ingest.Ocr;

/// <summary>
/// The two-column header table of an administrative document (Decree 30/2020/NĐ-CP, Appendix I):
/// the issuing body, "Số: …" and the "V/v …" subject on the left; the national motto and the
/// place-and-date line on the right. Tesseract often reads such a table row by row, so the text
/// interleaves the columns ("UBND THÀNH PHỐ ĐÀ NẴNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" on a real
/// Đà Nẵng scan); a reader, and the header parser, reads the left column, then the right one.
/// Found from the word boxes: at least two lines in the top of the page break at one gutter
/// near the middle, and the lines around them keep to one side of it.
/// </summary>
public static class HeaderColumns
{
    // The header table sits in the top third of a page (at most ~8 rows of 13-pt text on A4).
    private const double ZoneShare = 0.38;

    // The gutter is between 30% and 70% of the width: the columns are about 40/60 of the text width.
    private const double GutterFrom = 0.30, GutterTo = 0.70;

    /// <summary>
    /// The page's lines in reading order — the header's left column, its right column, then
    /// the rest as Tesseract ordered it — or null when no two-column header is found.
    /// </summary>
    public static IReadOnlyList<OcrLine>? Reorder(PageWords page)
    {
        var lines = page.Lines;
        var width = page.Width > 0 ? page.Width : lines.Count == 0 ? 0 : lines.Max(l => l.Right);
        var height = page.Height > 0 ? page.Height : lines.Count == 0 ? 0 : lines.Max(l => l.Bottom);
        if (lines.Count < 3 || width == 0)
        {
            return null;
        }
        var zone = lines.TakeWhile(l => l.Top < height * ZoneShare).ToList();
        var splits = zone.Select(l => Split(l, width)).OfType<(int, int)>().ToList();
        if (splits.Count < 2)
        {
            return null;
        }
        var gutter = Gutter(splits)!.Value;
        var tolerance = width * 0.06;
        var lineHeight = Median(zone.Select(l => (double)(l.Bottom - l.Top)));
        var header = new List<OcrLine>();
        var rows = 0;
        foreach (var line in zone)
        {
            var split = BreaksAt(line, gutter, tolerance, width);
            var oneSide = line.Right <= gutter + tolerance / 2 || line.Left >= gutter - tolerance / 2;
            // The table goes on while its rows break at the gutter or keep to one side of it, one
            // under the other (the "V/v …" lines under "Số:"); a line across the gutter ("Kính
            // gửi: - Sở …") or a gap (the title below the table) ends it.
            if (!split && !(oneSide && (header.Count == 0 || line.Top - header[^1].Bottom <= 1.5 * lineHeight)))
            {
                break;
            }
            header.Add(line);
            rows += split ? 1 : 0;
        }
        if (rows < 2)
        {
            return null;
        }
        var (left, right) = Columns(header, gutter, -2);
        // A table page also breaks at a gutter: the right column must say what a header's does.
        var rightText = Text.VietnameseText.Fold(string.Join(' ', right.Select(l => l.Text)).ToLowerInvariant());
        if (!MottoWords.Any(m => rightText.Contains(m, StringComparison.Ordinal)))
        {
            return null;
        }
        return [.. left, .. right, .. lines.Skip(header.Count)];
    }

    /// <summary>
    /// The words of <paramref name="rows"/> left and right of <paramref name="gutter"/>, as lines
    /// of two new paragraphs (blocks <paramref name="block"/> and <paramref name="block"/> + 1), so
    /// the text sets the columns apart with a blank line.
    /// </summary>
    internal static (List<OcrLine> Left, List<OcrLine> Right) Columns(IEnumerable<OcrLine> rows, double gutter, int block)
    {
        var left = new List<OcrLine>();
        var right = new List<OcrLine>();
        foreach (var line in rows)
        {
            var l = line.Words.Where(w => (w.Left + w.Right) / 2.0 < gutter).Select(w => w with { Block = block, Paragraph = 0 }).ToList();
            var r = line.Words.Where(w => (w.Left + w.Right) / 2.0 >= gutter).Select(w => w with { Block = block + 1, Paragraph = 0 }).ToList();
            if (l.Count > 0)
            {
                left.Add(new OcrLine(l));
            }
            if (r.Count > 0)
            {
                right.Add(new OcrLine(r));
            }
        }
        return ([.. left.OrderBy(l => l.Top)], [.. right.OrderBy(l => l.Top)]);
    }

    // The right column's words (folded): the national name and motto, or the place-and-date line.
    private static readonly string[] MottoWords = ["cong hoa", "chu nghia", "doc lap", "hanh phuc", "ngay", "thang"];

    // Where a line breaks at a wide gap whose middle is between 30% and 70% of the width (the
    // gap's two edges), or null.
    internal static (int From, int To)? Split(OcrLine line, int width)
    {
        var minGap = Math.Max(width * 0.02, 2.0 * Median(line.Words.Select(w => (double)w.Height)));
        (int, int)? best = null;
        var widest = 0;
        for (var k = 1; k < line.Words.Count; k++)
        {
            var (from, to) = (line.Words[k - 1].Right, line.Words[k].Left);
            var middle = (from + to) / 2.0;
            if (to - from >= minGap && to - from > widest && middle >= width * GutterFrom && middle <= width * GutterTo)
            {
                (widest, best) = (to - from, (from, to));
            }
        }
        return best;
    }

    /// <summary>
    /// The gutter between two columns from the gaps of the rows that break: the middle of the
    /// span every gap covers (the left column's longest line ends before it, the right column's
    /// leftmost starts after it), or the median of the gaps' middles when they share none.
    /// </summary>
    internal static double? Gutter(IReadOnlyList<(int From, int To)> gaps)
    {
        if (gaps.Count == 0)
        {
            return null;
        }
        var (from, to) = (gaps.Max(g => g.From), gaps.Min(g => g.To));
        return from < to ? (from + to) / 2.0 : Median(gaps.Select(g => (g.From + g.To) / 2.0));
    }

    // Whether the line breaks at the gutter: a gap wider than a word space (1.5% of the width)
    // reaching to within the tolerance of it. A header row whose columns nearly touch ("… ĐÀ NẴNG
    // CỘNG HOÀ …", 36 px apart at 200 dpi) is found this way once wider rows fixed the gutter.
    internal static bool BreaksAt(OcrLine line, double gutter, double tolerance, int width)
    {
        for (var k = 1; k < line.Words.Count; k++)
        {
            var (from, to) = (line.Words[k - 1].Right, line.Words[k].Left);
            if (to - from >= width * 0.015 && to >= gutter - tolerance && from <= gutter + tolerance)
            {
                return true;
            }
        }
        return false;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
