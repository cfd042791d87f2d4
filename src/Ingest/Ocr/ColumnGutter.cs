namespace Ingest.Ocr;

/// <summary>
/// Where two columns of a table meet on a page, from Tesseract's word boxes: the gaps of rows
/// that break between the columns, and which rows break there. Shared by the header table
/// (<see cref="HeaderColumns"/>) and the closing table (<see cref="ClosingColumns"/>).
/// </summary>
public static class ColumnGutter
{
    // The gutter is between 30% and 70% of the width: the columns are about 40/60 of the text width.
    private const double GutterFrom = 0.30, GutterTo = 0.70;

    /// <summary>
    /// The words of <paramref name="rows"/> left and right of <paramref name="gutter"/>, as lines
    /// of two new paragraphs (blocks <paramref name="block"/> and <paramref name="block"/> + 1), so
    /// the text sets the columns apart with a blank line.
    /// </summary>
    public static (List<OcrLine> Left, List<OcrLine> Right) Columns(IEnumerable<OcrLine> rows, double gutter, int block)
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

    // Where a line breaks at a wide gap whose middle is between 30% and 70% of the width (the
    // gap's two edges), or null.
    public static (int From, int To)? Split(OcrLine line, int width)
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
    public static double? Gutter(IReadOnlyList<(int From, int To)> gaps)
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
    public static bool BreaksAt(OcrLine line, double gutter, double tolerance, int width)
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

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    /// <summary>
    /// The middle of the widest run of x (between 30% and 80% of the width, at least 2% wide)
    /// that no word box of the lines covers, or null.
    /// </summary>
    public static double? WhiteChannel(IReadOnlyList<OcrLine> lines, int width)
    {
        const int Bucket = 4;
        var covered = new bool[width / Bucket + 1];
        foreach (var w in lines.SelectMany(l => l.Words))
        {
            for (var x = Math.Max(0, w.Left / Bucket); x <= Math.Min(covered.Length - 1, w.Right / Bucket); x++)
            {
                covered[x] = true;
            }
        }
        int bestStart = -1, bestLength = 0;
        var (from, to) = ((int)(width * 0.3 / Bucket), (int)(width * 0.8 / Bucket));
        for (var x = from; x <= to; x++)
        {
            if (covered[x])
            {
                continue;
            }
            var start = x;
            while (x <= to && !covered[x])
            {
                x++;
            }
            if (x - start > bestLength)
            {
                (bestStart, bestLength) = (start, x - start);
            }
        }
        return bestLength * Bucket >= width * 0.02 ? (bestStart + bestLength / 2.0) * Bucket : null;
    }
}
