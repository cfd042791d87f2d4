using Ingest.Ocr.Native;

namespace Ingest.Ocr;

/// <summary>
/// The signer's block of a closing table (Decree 30/2020/NĐ-CP: "Nơi nhận:" and the recipients
/// on the left; the signer's title, signature, seal and name on the right) on a gray or colour
/// page. The seal is red, lighter than the print: in gray about 100–200 where the print is under
/// 60. Tesseract's own threshold takes the seal for ink, and the title under it for a picture:
/// danang-scans 3.pdf page 1 lost "CHỦ TỊCH" and "Lê" under its seal. Cut out and made 1-bit at
/// a threshold below the seal, the block reads as lines; the new reading is kept when it has
/// more sure words than the page's.
/// </summary>
public static class SignerArea
{
    // The right column of the closing table starts past this share of the text's width (the
    // recipients' column is about 40% of it in the decree's layout).
    private const double ColumnStart = 0.45;

    // How far below "Nơi nhận" the signer's name may stand, in lines: the title, room for the
    // signature and seal, the name.
    private const int LinesBelow = 16;

    // Gray darker than this is print; a red seal rendered gray (3.pdf: 100 and lighter) is paper.
    private const int PrintBelow = 90;

    // A word Tesseract read with this confidence or more, two letters or more, and text.
    private const double SureConfidence = 70;

    /// <summary>The signer block's area, or null when the page has no closing table.</summary>
    public static PageRect? Find(PageWords page)
    {
        var words = page.Lines.SelectMany(l => l.Words).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        var textLeft = words.Min(w => w.Left);
        var textRight = words.Max(w => w.Right);
        var textWidth = textRight - textLeft;
        var lineHeight = OcrWord.MedianHeight(words);
        // The closing table's "Nơi nhận" line, at the text's left edge.
        var start = ClosingColumns.Start(page.Lines);
        var closing = start < 0 ? null : page.Lines[start];
        if (closing is null || textWidth <= 0 || closing.Left >= textLeft + (textWidth * 0.2))
        {
            return null;
        }
        var left = textLeft + (int)(textWidth * ColumnStart);
        var top = Math.Max(0, closing.Top - lineHeight);
        var bottom = Math.Min(page.Height, closing.Bottom + (LinesBelow * lineHeight));
        var right = Math.Min(page.Width, textRight + lineHeight);
        return right > left && bottom > top ? new PageRect(left, top, right - left, bottom - top) : null;
    }

    /// <summary>The area cut out of a gray or colour page as 1-bit print, the seal left as paper (a 1-bit page's seal is ink like its print: it is not asked).</summary>
    internal static PixHandle PrintOf(PixHandle page, PageRect area)
    {
        using var part = page.Clip(area);
        return PixHandle.Own(Lept.pixConvertTo1(part, PrintBelow), "pixConvertTo1 failed");
    }

    /// <summary>A word read surely: text of two signs or more, with confidence.</summary>
    public static bool IsSure(OcrWord w) => w.Confidence >= SureConfidence && w.Text.Length >= 2 && PageNoise.IsText(w.Text);

    /// <summary>
    /// How well the words wholly inside <paramref name="area"/> were read: those read surely (text
    /// of two signs or more, with confidence) less the others — a reading that finds the title
    /// under a gray seal but makes words of the seal's letters too is no better. What the page's
    /// noise filter drops anyway (the signature's scrawl) counts for nothing.
    /// </summary>
    public static int Score(IEnumerable<OcrWord> words, PageRect area) =>
        words.Where(w => area.Encloses(w.Box))
            .Sum(w => IsSure(w) ? 1
                : PageNoise.IsNoise(w) ? 0
                : -1);
}
