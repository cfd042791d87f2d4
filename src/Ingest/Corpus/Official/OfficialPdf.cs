using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Ingest.Corpus.Official;

/// <summary>
/// Typesets <see cref="OfficialDocument"/>s in the layout of Nghị định 30/2020/NĐ-CP (Appendix I)
/// as a PDF, with PdfPig's builder like <see cref="BornDigitalPdf"/>: the header table (issuer left —
/// parent body in regular caps, unit in bold caps with a short rule, "Số: …"; national name and
/// motto right in bold, the motto ruled, place and date in italics), kind and title bold and
/// centred with a short rule, the body justified with a first-line indent, and the closing table
/// ("Nơi nhận:" in small type bottom left, the signer's bold title, room for the signature and
/// the bold name bottom right). The number after "Số:" and the day and month of the date may be left
/// blank for <see cref="InkLayer"/> to write in by hand. Each document starts a page.
/// </summary>
public static partial class OfficialPdf
{
    private const double Mm = OfficialComposer.Mm;
    private const double RecipientsSize = 11;
    private const double SignatureGap = 26 * Mm;

    /// <summary>
    /// Typesets <paramref name="documents"/> in <paramref name="style"/>; with <paramref name="handwrittenBlanks"/>
    /// the number and the day and month are left blank (as <see cref="OfficialPageLayout.Handwriting"/>) instead of printed.
    /// </summary>
    public static OfficialRendering Render(IReadOnlyList<OfficialDocument> documents, OfficialStyle style, bool handwrittenBlanks = true)
    {
        using var c = new OfficialComposer(style);
        foreach (var document in documents)
        {
            c.BeginDocument();
            Header(c, document, handwrittenBlanks);
            TitleBlock(c, document);
            Body(c, document);
            Closing(c, document);
        }
        return c.Build();
    }

    private static void Header(OfficialComposer c, OfficialDocument d, bool handwrittenBlanks)
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
            var w = c.Centered(h.Text, font, Fit(c, h.Text, font, size, split - x0 - 4), leftC, baseline);
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
            var w = c.Centered(h.Text, c.Fonts.Bold, Fit(c, h.Text, c.Fonts.Bold, lineSize, x1 - split - 2), rightC, baseline);
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
            c.CenteredWithBlanks(pieces, font, Fit(c, h.Text, font, rowSize, (right ? x1 - split : split - x0) - 4), right ? rightC : leftC, rowBaseline);
        }
        foreach (var h in d.Header.Where(h => h.Role == HeaderRole.Subject))
        {
            c.Centered(h.Text, c.Fonts.Regular, Fit(c, h.Text, c.Fonts.Regular, 12, split - x0 - 4), leftC, yl - 12 * 1.2 * 0.8);
            yl -= 12 * 1.2;
        }
        c.Y = Math.Min(yl, yr) - line * 0.3;
        c.Header = new PdfRectangle(x0, c.Y, x1, c.Top);
        c.Issuer = string.Join(' ', issuers.Where(h => h.Role == HeaderRole.Unit).Select(h => h.Text));
        foreach (var h in d.Left.Concat(d.Right))
        {
            c.Truth(h.Text);
        }
    }

    private static void TitleBlock(OfficialComposer c, OfficialDocument d)
    {
        if (d.Kind is null)
        {
            return;
        }
        var size = Math.Max(c.Style.BodySize, 13.5);
        var line = size * 1.25;
        var cx = (c.Left + c.Right) / 2;
        c.Y -= line * 0.9;
        c.Centered(d.Kind, c.Fonts.Bold, size, cx, c.Y - line * 0.8);
        c.Y -= line;
        c.Truth(d.Kind);
        double widest = 0;
        foreach (var t in d.Title)
        {
            foreach (var part in c.Break(t, c.Fonts.Bold, size, c.Right - c.Left))
            {
                widest = Math.Max(widest, c.Centered(string.Join(' ', part), c.Fonts.Bold, size, cx, c.Y - line * 0.8));
                c.Y -= line;
            }
            c.Truth(t);
        }
        if (widest > 0)
        {
            // Under the title, a rule of a third to a half of its length.
            var rule = widest * 0.35;
            c.Canvas.Line(cx - rule / 2, c.Y - 2, cx + rule / 2, c.Y - 2, 0.6);
        }
        c.Y -= line * 0.8;
    }

    private static void Body(OfficialComposer c, OfficialDocument d)
    {
        var s = c.Style;
        var indent = s.IndentMm * Mm;
        var addressing = false;
        for (var i = 0; i < d.Body.Count; i++)
        {
            var p = d.Body[i];
            // "Kính gửi:" (to) on a line of its own, its addressees listed under it further in.
            if (p == "Kính gửi:")
            {
                c.Y -= s.ParagraphSpace;
                c.Paragraph(p, c.Fonts.Regular, s.BodySize, c.BodyLine, c.Left + 22 * Mm, c.Right, 0, justify: false);
                addressing = true;
                continue;
            }
            if (addressing && p.StartsWith('-'))
            {
                c.Paragraph(p, c.Fonts.Regular, s.BodySize, c.BodyLine, c.Left + 38 * Mm, c.Right, 0, justify: false);
                continue;
            }
            addressing = false;
            c.Y -= s.ParagraphSpace;
            if (p.StartsWith("Kính gửi", StringComparison.Ordinal))
            {
                c.Paragraph(p, c.Fonts.Regular, s.BodySize, c.BodyLine, c.Left + 22 * Mm, c.Right, 0, justify: false);
            }
            else if (IsHeading(p))
            {
                c.Paragraph(p, c.Fonts.Bold, s.BodySize, c.BodyLine, c.Left, c.Right, indent, justify: false);
            }
            else
            {
                var font = s.ItalicGrounds && p.StartsWith("Căn cứ", StringComparison.Ordinal) ? c.Fonts.Italic : c.Fonts.Regular;
                c.Paragraph(p, font, s.BodySize, c.BodyLine, c.Left, c.Right, indent, justify: true);
            }
        }
    }

    // "I. MỤC ĐÍCH, YÊU CẦU", "Phần I", "ĐẶC ĐIỂM TÌNH HÌNH", "1. Mục đích": headings are bold.
    private static bool IsHeading(string p) =>
        RomanHeadingPattern().IsMatch(p) || (OfficialDocumentParser.IsCaps(p) && p.Length < 90)
        || (NumberedHeadingPattern().IsMatch(p) && p.Length < 80 && !p.EndsWith('.') && !p.EndsWith(';') && !p.EndsWith(':'));

    private static void Closing(OfficialComposer c, OfficialDocument d)
    {
        if (d.Recipients is null && d.SignerTitle.Count == 0 && d.SignerName is null)
        {
            return;
        }
        var s = c.Style;
        var recWidth = (c.Right - c.Left) * 0.5;
        var recLines = (d.Recipients ?? []).Select(r => c.Break(r, c.Fonts.Regular, RecipientsSize, recWidth)).ToList();
        var recHeight = d.Recipients is null ? 0 : s.HeaderSize * 1.3 + recLines.Sum(l => l.Count) * RecipientsSize * 1.2;
        var titleLine = s.BodySize * 1.2;
        var signed = d.SignerNote is null && d.SignerName is not null;
        var signerHeight = d.SignerTitle.Count * titleLine + (d.SignerNote is null ? 0 : titleLine)
            + (signed ? SignatureGap : titleLine) + titleLine;
        c.Y -= c.BodyLine * 0.5;
        if (c.Y - Math.Max(recHeight, signerHeight) < c.Bottom)
        {
            c.NewPage();
        }
        var top = c.Y;
        var y = top;
        if (d.Recipients is not null)
        {
            c.Canvas.Text(OfficialDocument.RecipientsLabel, c.Fonts.BoldItalic, s.HeaderSize - 0.5, c.Left, y - s.HeaderSize);
            y -= s.HeaderSize * 1.3;
            var hang = c.Width("- ", c.Fonts.Regular, RecipientsSize);
            foreach (var lines in recLines)
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    c.Canvas.Text(string.Join(' ', lines[i]), c.Fonts.Regular, RecipientsSize, c.Left + (i == 0 ? 0 : hang), y - RecipientsSize);
                    y -= RecipientsSize * 1.2;
                }
            }
            c.Truth(OfficialDocument.RecipientsLabel);
            foreach (var r in d.Recipients)
            {
                c.Truth(r);
            }
        }
        var sx0 = c.Left + (c.Right - c.Left) * 0.45;
        var sx1 = c.Right + 4 * Mm;
        var cx = (sx0 + sx1) / 2;
        var ys = top;
        foreach (var t in d.SignerTitle)
        {
            c.Centered(t, c.Fonts.Bold, Fit(c, t, c.Fonts.Bold, s.BodySize, sx1 - sx0), cx, ys - titleLine * 0.8);
            ys -= titleLine;
            c.Truth(t);
        }
        if (d.SignerNote is not null)
        {
            c.Centered(d.SignerNote, c.Fonts.Italic, s.BodySize, cx, ys - titleLine * 0.8);
            ys -= titleLine;
            c.Truth(d.SignerNote);
        }
        if (signed)
        {
            c.SignatureArea = new PdfRectangle(sx0, ys - SignatureGap, sx1, ys);
            ys -= SignatureGap;
        }
        else
        {
            ys -= titleLine;
        }
        if (d.SignerName is not null)
        {
            c.Centered(d.SignerName, c.Fonts.Bold, s.BodySize, cx, ys - titleLine * 0.8);
            c.Truth(d.SignerName);
        }
        ys -= titleLine;
        c.SignerBlock = new PdfRectangle(sx0, ys, sx1, top);
        c.Y = Math.Min(y, ys);
    }

    // Shrinks a line that would overflow its column (a long unit name, the national name at 13 pt).
    private static double Fit(OfficialComposer c, string text, PdfDocumentBuilder.AddedFont font, double size, double width)
    {
        var w = c.Width(text, font, size);
        return w <= width ? size : Math.Floor(size * width / w * 4) / 4;
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

    [GeneratedRegex(@"^(?:[IVX]+\.\s|Phần\s+[IVX]+\b)")]
    private static partial Regex RomanHeadingPattern();

    [GeneratedRegex(@"^\d+(?:\.\d+)*\.\s")]
    private static partial Regex NumberedHeadingPattern();
}
