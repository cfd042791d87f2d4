using System.Text.RegularExpressions;

namespace Ingest.Corpus.Official;

/// <summary>
/// Typesets <see cref="OfficialDocument"/>s in the layout of Nghị định 30/2020/NĐ-CP (Appendix I)
/// as a PDF, with PdfPig's builder like <see cref="BornDigitalPdf"/>: the header table
/// (<see cref="HeaderTable"/>), kind and title bold and centred with a short rule, the body
/// justified with a first-line indent (headings bold, "Kính gửi:" and its addressees indented),
/// and the closing table of recipients and signer (<see cref="ClosingTable"/>). The number after "Số:" and the day and month of the date may be left
/// blank for <see cref="InkLayer"/> to write in by hand. Each document starts a page.
/// </summary>
public static partial class OfficialPdf
{
    private const double Mm = OfficialComposer.Mm;

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
            HeaderTable.Set(c, document, handwrittenBlanks);
            TitleBlock(c, document);
            Body(c, document);
            ClosingTable.Set(c, document);
        }
        return c.Build();
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

    [GeneratedRegex(@"^(?:[IVX]+\.\s|Phần\s+[IVX]+\b)")]
    private static partial Regex RomanHeadingPattern();

    [GeneratedRegex(@"^\d+(?:\.\d+)*\.\s")]
    private static partial Regex NumberedHeadingPattern();
}
