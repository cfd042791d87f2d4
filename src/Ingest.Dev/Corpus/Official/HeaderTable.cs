using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;

namespace Ingest.Corpus.Official;

/// <summary>
/// The header table of Nghị định 30/2020/NĐ-CP on a document's first page: the issuer's column
/// (parent body in regular caps, the unit in bold caps with a short rule under it, "Số: …", a
/// letter's "V/v" subject) and the national column ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" bold,
/// "Độc lập - Tự do - Hạnh phúc" bold and ruled), the number and the italic place and date on a
/// row under both.
/// </summary>
internal static partial class HeaderTable
{
    private const double Mm = OfficialComposer.Mm;

    public static void Set(OfficialComposer c, OfficialDocument d, bool handwrittenBlanks)
    {
        if (d.Header.Count == 0)
        {
            return;
        }
        // The header table is wider than the text block, as in the offices' templates: the
        // national name in bold caps needs ~100 mm.
        var x0 = Math.Max(c.Left - 10 * Mm, 15 * Mm);
        var x1 = Math.Min(c.Right + 6 * Mm, c.Canvas.Width - 8 * Mm);
        var split = x0 + (x1 - x0) * 0.42;
        double leftC = (x0 + split) / 2, rightC = (split + x1) / 2;
        var size = c.Style.HeaderSize;
        var line = size * 1.22;
        double yl = c.Top, yr = c.Top;
        var issuers = d.Header.Where(h => h.Role is HeaderRole.Parent or HeaderRole.Unit).ToList();
        double unitWidth = 0, unitBaseline = 0;
        foreach (var h in issuers)
        {
            var font = h.Role == HeaderRole.Parent ? c.Fonts.Regular : c.Fonts.Bold;
            var baseline = yl - line * 0.8;
            var w = c.Centered(h.Text, font, c.Fit(h.Text, font, size, split - x0 - 4), leftC, baseline);
            if (h.Role == HeaderRole.Unit)
            {
                (unitWidth, unitBaseline) = (w, baseline);
            }
            yl -= line;
        }
        if (unitWidth > 0)
        {
            var rule = Math.Max(unitWidth * 0.4, 18 * Mm);
            c.Canvas.Line(leftC - rule / 2, unitBaseline - size * 0.6, leftC + rule / 2, unitBaseline - size * 0.6, 0.7);
            yl -= size * 0.5;
        }
        foreach (var h in d.Right.Where(h => h.Role is HeaderRole.Motto or HeaderRole.Tagline))
        {
            var lineSize = h.Role == HeaderRole.Tagline ? size + 0.5 : size;
            var baseline = yr - line * 0.8;
            var w = c.Centered(h.Text, c.Fonts.Bold, c.Fit(h.Text, c.Fonts.Bold, lineSize, x1 - split - 2), rightC, baseline);
            if (h.Role == HeaderRole.Tagline)
            {
                // The motto is ruled its full length.
                c.Canvas.Line(rightC - w / 2, baseline - size * 0.45, rightC + w / 2, baseline - size * 0.45, 0.7);
                yr -= size * 0.4;
            }
            yr -= line;
        }
        // Number and place-date share a row under both columns.
        var row = Math.Min(yl, yr) - line * 0.45;
        var rowBaseline = row - line * 0.8;
        var rowSize = size + 0.5;
        yl = yr = row - line;
        foreach (var h in d.Header.Where(h => h.Role is HeaderRole.Number or HeaderRole.PlaceDate))
        {
            var right = h.Role == HeaderRole.PlaceDate;
            var font = right ? c.Fonts.Italic : c.Fonts.Regular;
            List<LinePiece> pieces = !handwrittenBlanks ? [LinePiece.Printed(h.Text)] : right ? DatePieces(h.Text) : NumberPieces(h.Text);
            c.CenteredWithBlanks(pieces, font, c.Fit(h.Text, font, rowSize, (right ? x1 - split : split - x0) - 4), right ? rightC : leftC, rowBaseline);
        }
        // A letter's subject ("V/v …") in 12 pt under the number, wrapped to the column.
        foreach (var h in d.Header.Where(h => h.Role == HeaderRole.Subject))
        {
            foreach (var part in c.Break(h.Text, c.Fonts.Regular, 12, split - x0 - 4))
            {
                c.Centered(string.Join(' ', part), c.Fonts.Regular, 12, leftC, yl - 12 * 1.2 * 0.8);
                yl -= 12 * 1.2;
            }
        }
        c.Y = Math.Min(yl, yr) - line * 0.3;
        c.Header = new PdfRectangle(x0, c.Y, x1, c.Top);
        c.Issuer = string.Join(' ', issuers.Where(h => h.Role == HeaderRole.Unit).Select(h => h.Text));
        foreach (var h in d.Left.Concat(d.Right))
        {
            c.Truth(h.Text);
        }
    }

    // "Số: 712/KH-UBND" → "Số: ", 712 by hand, "/KH-UBND".
    private static List<LinePiece> NumberPieces(string text)
    {
        var m = NumberBlankPattern().Match(text);
        return m.Success
            ? [LinePiece.Printed(m.Groups[1].Value), LinePiece.Hand(m.Groups[2].Value), LinePiece.Printed(m.Groups[3].Value.TrimStart())]
            : [LinePiece.Printed(text)];
    }

    // "Nghệ An, ngày 21 tháng 11 năm 2016" → day and month by hand, the rest printed.
    private static List<LinePiece> DatePieces(string text)
    {
        var m = DateBlankPattern().Match(text);
        return m.Success
            ? [LinePiece.Printed(m.Groups["a"].Value), LinePiece.Hand(m.Groups["d"].Value), LinePiece.Printed(m.Groups["b"].Value),
               LinePiece.Hand(m.Groups["m"].Value), LinePiece.Printed(m.Groups["c"].Value)]
            : [LinePiece.Printed(text)];
    }

    [GeneratedRegex(@"^(Số\s*:\s*)(\d+)(\s*/.*)$")]
    private static partial Regex NumberBlankPattern();

    [GeneratedRegex(@"^(?<a>.*?ngày\s+)(?<d>\d{1,2})(?<b>\s+tháng\s+)(?<m>\d{1,2})(?<c>\s+năm.*)$")]
    private static partial Regex DateBlankPattern();
}
