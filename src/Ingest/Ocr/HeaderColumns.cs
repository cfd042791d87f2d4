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
        var splits = zone.Select(l => Split(l, width)).ToList();
        var splitAt = Enumerable.Range(0, zone.Count).Where(i => splits[i] is not null).ToList();
        if (splitAt.Count < 2)
        {
            return null;
        }
        var gutter = splitAt.Select(i => splits[i]!.Value).Order().ElementAt(splitAt.Count / 2);
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
        var left = new List<OcrLine>();
        var right = new List<OcrLine>();
        foreach (var line in header)
        {
            var l = line.Words.Where(w => (w.Left + w.Right) / 2.0 < gutter).Select(w => w with { Block = -2, Paragraph = 0 }).ToList();
            var r = line.Words.Where(w => (w.Left + w.Right) / 2.0 >= gutter).Select(w => w with { Block = -1, Paragraph = 0 }).ToList();
            if (l.Count > 0)
            {
                left.Add(new OcrLine(l));
            }
            if (r.Count > 0)
            {
                right.Add(new OcrLine(r));
            }
        }
        // A table page also breaks at a gutter: the right column must say what a header's does.
        var rightText = Text.VietnameseText.Fold(string.Join(' ', right.Select(l => l.Text)).ToLowerInvariant());
        if (!MottoWords.Any(m => rightText.Contains(m, StringComparison.Ordinal)))
        {
            return null;
        }
        return [.. left.OrderBy(l => l.Top), .. right.OrderBy(l => l.Top), .. lines.Skip(header.Count)];
    }

    // The right column's words (folded): the national name and motto, or the place-and-date line.
    private static readonly string[] MottoWords = ["cong hoa", "chu nghia", "doc lap", "hanh phuc", "ngay", "thang"];

    // Where a line breaks at a wide gap between 30% and 70% of the width (the gap's middle), or null.
    private static double? Split(OcrLine line, int width)
    {
        var minGap = Math.Max(width * 0.02, 2.0 * Median(line.Words.Select(w => (double)w.Height)));
        double? best = null;
        var widest = 0;
        for (var k = 1; k < line.Words.Count; k++)
        {
            var gap = line.Words[k].Left - line.Words[k - 1].Right;
            var middle = (line.Words[k].Left + line.Words[k - 1].Right) / 2.0;
            if (gap >= minGap && gap > widest && middle >= width * GutterFrom && middle <= width * GutterTo)
            {
                (widest, best) = (gap, middle);
            }
        }
        return best;
    }

    // Whether the line breaks at the gutter: a gap wider than a word space (1.5% of the width)
    // reaching to within the tolerance of it. A header row whose columns nearly touch ("… ĐÀ NẴNG
    // CỘNG HOÀ …", 36 px apart at 200 dpi) is found this way once wider rows fixed the gutter.
    private static bool BreaksAt(OcrLine line, double gutter, double tolerance, int width)
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

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
