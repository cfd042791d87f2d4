using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Ocr;

/// <summary>
/// The digital-signature stamp printed on a signed copy of a document and scanned with it: the
/// Government portal's "Ký bởi: Cổng Thông tin điện tử Chính phủ / Email: … / Cơ quan: Văn phòng
/// Chính phủ / Thời gian ký: 04.01.2021 10:35:13 +07:00" beside its VGP logo, at the top left
/// of scanned decrees (vbpl-tesseract-vie cut_imgs). It is no text of the document (the dev
/// set's truth leaves e-signature stamps out: notes-hanoi-nq12, notes-danang3), and its logo
/// reads as noise ("CHINHPHU VN", "ØiWfxriww… gian ký"). It is found by two or more of its
/// labels on lines near the top, one under the other, one of them a signing's ("Ký bởi:",
/// "Thời gian ký:"); those lines and what stands in their band
/// on the left half of the page (the logo and its caption "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ")
/// are dropped. The document's header, below the stamp, stays.
/// </summary>
public static partial class SignatureStamp
{
    // The stamp stands in the top part of the page.
    private const double TopShare = 0.3;

    // Below the last label the logo's caption, within this many line heights.
    private const double CaptionBelow = 1.6;

    // The caption "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", read as such, within this many.
    private const double CaptionAnyBelow = 4;

    /// <summary>The lines without the stamp's; the same list when no stamp is found.</summary>
    public static IReadOnlyList<OcrLine> Drop(IReadOnlyList<OcrLine> lines, int pageWidth, int pageHeight)
    {
        var labelled = lines.Where(l => l.Top < pageHeight * TopShare && Label().IsMatch(VietnameseText.Fold(l.Text))).ToList();
        // Two labels at least, one of them a signing's ("Email:" and "Cơ quan:" alone may be a contact).
        if (labelled.Count < 2 || !labelled.Any(l => Signing().IsMatch(VietnameseText.Fold(l.Text))))
        {
            return lines;
        }
        var lineHeight = OcrWord.MedianHeight(lines.SelectMany(l => l.Words));
        var top = labelled.Min(l => l.Top) - lineHeight;
        var bottom = labelled.Max(l => l.Bottom) + (CaptionBelow * lineHeight);
        // The labels stand one under the other (a line and a half apart at most, with a line of
        // the logo's noise between two): not two lines far apart that each say "Email:".
        if (bottom - top > (labelled.Count + 2) * 2.5 * lineHeight)
        {
            return lines;
        }
        // The logo's caption may stand a little lower, apart from the labels.
        var captionBottom = labelled.Max(l => l.Bottom) + (CaptionAnyBelow * lineHeight);
        bool Stamp(OcrLine l) => labelled.Contains(l) || (l.Top >= top && l.Left < pageWidth / 2
            && (l.Bottom <= bottom || (l.Bottom <= captionBottom && Caption().IsMatch(VietnameseText.Fold(l.Text)))));
        var kept = lines.Where(l => !Stamp(l)).ToList();
        return kept.Count == lines.Count ? lines : kept;
    }

    // "Ký bởi:", "Người ký:" (also "gười ký:" with its N cut), "Email:", "Cơ quan:", "Thời gian
    // ký:" (also its tail "gian ký:" after the logo's noise), "Ngày ký:", "Giờ ký:".
    // A label's word may be lost to the logo: the portal's address and the signing time with its
    // zone ("06.04.2020 15:44:59 +07:00") are labels by themselves.
    [GeneratedRegex(@"(?:^|\s)(?:ky boi|n?guoi ky|email|co quan|(?:thoi )?gian ky|ngay ky|gio ky)\s*:|@\S*\.vn\b|" + SigningTime, RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    private const string SigningTime = @"\d{1,2}[./-]\d{1,2}[./-]\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*\+0?7:?00";

    [GeneratedRegex(@"(?:ky boi|guoi ky|gian ky|ngay ky|gio ky)\s*:|" + SigningTime, RegexOptions.CultureInvariant)]
    private static partial Regex Signing();

    // The VGP logo's caption, its first letter often lost to the logo ("ÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ").
    [GeneratedRegex(@"\bthong tin dien tu chinh ph", RegexOptions.CultureInvariant)]
    private static partial Regex Caption();
}
