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

    /// <summary>The block number the left column's lines get (the right column's is one more): how <see cref="PageLayout"/> tells them.</summary>
    public const int LeftBlock = -2;

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
        var splits = zone.Select(l => ColumnGutter.Split(l, width)).OfType<(int, int)>().ToList();
        if (splits.Count < 2)
        {
            return null;
        }
        var gutter = ColumnGutter.Gutter(splits)!.Value;
        var tolerance = width * 0.06;
        var lineHeight = ColumnGutter.Median(zone.Select(l => (double)(l.Bottom - l.Top)));
        var header = new List<OcrLine>();
        var rows = 0;
        foreach (var line in zone)
        {
            var split = ColumnGutter.BreaksAt(line, gutter, tolerance, width);
            var oneSide = line.Right <= gutter + tolerance / 2 || line.Left >= gutter - tolerance / 2;
            // The table goes on while its rows break at the gutter or keep to one side of it, one
            // under the other (the "V/v …" lines under "Số:"); a line across the gutter ("Kính
            // gửi: - Sở …") or a gap (the title below the table) ends it.
            if (!split && !(oneSide && (header.Count == 0 || line.Top - header[^1].Bottom <= 1.5 * lineHeight)))
            {
                break;
            }
            // "Kính gửi:" follows the table, though it may stand under its left column and beside
            // the date line (danang-scans 3.pdf page 1 read it before the motto).
            if (Text.VietnameseText.Fold(line.Words[0].Text.ToLowerInvariant()) == "kinh" && line.Words.Count > 1
                && Text.VietnameseText.Fold(line.Words[1].Text.ToLowerInvariant()).StartsWith("gui", StringComparison.Ordinal))
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
        var (left, right) = ColumnGutter.Columns(header, gutter, LeftBlock);
        // A table page also breaks at a gutter: the right column must say what a header's does.
        var rightText = Text.VietnameseText.Fold(string.Join(' ', right.Select(l => l.Text)).ToLowerInvariant());
        if (!MottoWords.Any(m => rightText.Contains(m, StringComparison.Ordinal)))
        {
            return null;
        }
        return [.. left, .. right, .. lines.Skip(header.Count)];
    }

    // The right column's words (folded): the national name and motto, or the place-and-date line.
    private static readonly string[] MottoWords = ["cong hoa", "chu nghia", "doc lap", "hanh phuc", "ngay", "thang"];
}
