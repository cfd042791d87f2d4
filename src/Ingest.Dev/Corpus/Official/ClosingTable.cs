using UglyToad.PdfPig.Core;

namespace Ingest.Corpus.Official;

/// <summary>
/// The closing table at the end of a document: "Nơi nhận:" (recipients) in bold italic with its
/// items in 11 pt bottom left; bottom right the signer's bold title lines, room for the signature
/// (or the note that stands for it, "(Đã ký)"), and the bold name. Moved whole to a new page when
/// it does not fit, as offices do rather than split a signature from its title.
/// </summary>
internal static class ClosingTable
{
    private const double Mm = OfficialComposer.Mm;
    private const double RecipientsSize = 11;
    private const double SignatureGap = 26 * Mm;

    public static void Set(OfficialComposer c, OfficialDocument d)
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
            c.Centered(t, c.Fonts.Bold, c.Fit(t, c.Fonts.Bold, s.BodySize, sx1 - sx0), cx, ys - titleLine * 0.8);
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
}
