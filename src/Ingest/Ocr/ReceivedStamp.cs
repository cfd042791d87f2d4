using Ingest.Text;

namespace Ingest.Ocr;

/// <summary>
/// The received-stamp an office sets on a letter's first page: a small box with the receiving
/// body's name in small capitals, "ĐẾN" in large bold letters, then "Số:", "Ngày:", "Chuyển:"
/// and the clerk's handwriting (issue 15: "ĐẾN / Giờ / Ngày" on real office scans; the official
/// renders a01 "BAN THI ĐUA - KHEN THƯỞNG", b03 "SỞ GIÁO DỤC VÀ ĐÀO TẠO"). Its name is real
/// Vietnamese, so the noise filter keeps it, and the page gains a line of words nobody wrote on
/// it. It is found by its "ĐẾN" — near the top of the page, with no other word of text beside
/// it — and around that word the stamp's name above it, and the small print, the numbers and
/// what is no text beside and below it are dropped; the header's own lines, which the stamp
/// often overlaps below its "ĐẾN", are print of full size and stay.
/// </summary>
public static class ReceivedStamp
{
    // The stamp's "ĐẾN" stands in the top part of the page.
    private const double TopShare = 0.3;

    // Around "ĐẾN", in line heights: the stamp's name above it, its blanks below, its width to the right.
    private const int Above = 3;
    private const int Below = 4;
    private const int Before = 2;
    private const int After = 18;

    // The stamp's own print is smaller than this share of the page's line height.
    private const double SmallPrint = 0.8;

    /// <summary>The lines without the stamp's words; the same list when no stamp is found. Words kept are the same objects.</summary>
    public static IReadOnlyList<OcrLine> Drop(IReadOnlyList<OcrLine> lines, int pageHeight)
    {
        var words = lines.SelectMany(l => l.Words).ToList();
        if (words.Count == 0 || pageHeight <= 0)
        {
            return lines;
        }
        var lineHeight = OcrWord.MedianHeight(words);
        var den = lines.Where(l => l.Top < pageHeight * TopShare)
            .SelectMany(l => l.Words.Where(w => IsDen(w.Text) && !l.Words.Any(o => o != w && IsFullText(o, lineHeight))))
            .FirstOrDefault();
        if (den is null)
        {
            return lines;
        }
        var zone = new PageRect(den.Left - (Before * lineHeight), den.Top - (Above * lineHeight), (Before + After) * lineHeight, den.Height + ((Above + Below) * lineHeight));
        // Above "ĐẾN" is the stamp's name (its small capitals read with their marks are as tall
        // as print: a01 "ĐỰA"); beside and below it, the blanks' small labels and what is no text.
        bool Stamp(OcrWord w) => w == den || zone.Encloses(w.Box)
            && (w.Bottom <= den.Top + (den.Height / 2) || w.Height < SmallPrint * lineHeight || !PageNoise.IsText(w.Text) || w.Text.All(c => !char.IsLetter(c)));
        var kept = new List<OcrLine>();
        foreach (var line in lines)
        {
            var stays = line.Words.Where(w => !Stamp(w)).ToList();
            if (stays.Count == line.Words.Count)
            {
                kept.Add(line);
            }
            else if (stays.Count > 0)
            {
                kept.Add(new OcrLine(stays));
            }
        }
        return kept;
    }

    // "ĐẾN" as OCR reads the stamp's bold word: "ĐẾN", "Đến", "ĐÉN".
    private static bool IsDen(string text) =>
        VietnameseText.Fold(text.Trim('.', ':', ',').ToLowerInvariant()) == "den" && char.IsUpper(text[0]);

    // A word of the page's text beside it: two letters or more of print of full size.
    private static bool IsFullText(OcrWord w, int lineHeight) =>
        w.Text.Count(char.IsLetter) >= 2 && PageNoise.IsText(w.Text) && w.Height >= SmallPrint * lineHeight;
}
