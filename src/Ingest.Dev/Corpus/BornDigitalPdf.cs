using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Ingest.Corpus;

/// <summary>
/// Writes a text as a born-digital PDF — real text layer, Liberation Serif 2 at 13 pt on A4 with
/// the margins of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP: left 30 mm,
/// right 15 mm, top and bottom 20 mm) — so the text-layer path is tested on files we can make.
/// Each input line is a paragraph wrapped to the text width; a blank line is vertical space;
/// a form feed starts a new page.
/// </summary>
public static class BornDigitalPdf
{
    private const double MmToPt = 72.0 / 25.4;
    private const double FontSize = 13;
    private const double Leading = FontSize * 1.25;

    /// <summary>Where Debian's fonts-liberation2 puts the Times-metric serif with Vietnamese glyphs.</summary>
    public const string DefaultFont = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";

    /// <summary>Renders <paramref name="text"/> and returns the PDF bytes.</summary>
    public static byte[] Render(string text, string? fontPath = null)
    {
        fontPath ??= DefaultFont;
        if (!File.Exists(fontPath))
        {
            throw new FileNotFoundException($"font not found: {fontPath} (install fonts-liberation2)", fontPath);
        }
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(fontPath));
        var size = PageSize.A4;
        PdfPageBuilder? page = null;
        double y = 0, left = 30 * MmToPt, right = 0, top = 0, bottom = 20 * MmToPt;

        void NewPage()
        {
            page = builder.AddPage(size);
            right = page.PageSize.Width - 15 * MmToPt;
            top = page.PageSize.Height - 20 * MmToPt;
            y = top - FontSize;
        }

        NewPage();
        foreach (var pageText in Text.VietnameseText.Nfc(text).Replace("\r\n", "\n").Split('\f'))
        {
            if (y < top - FontSize)
            {
                NewPage();
            }
            foreach (var paragraph in pageText.Split('\n'))
            {
                var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    y -= Leading * 0.6;
                    continue;
                }
                var line = new List<string>();
                foreach (var word in words)
                {
                    line.Add(word);
                    if (line.Count > 1 && Width(page!, string.Join(' ', line), font) > right - left)
                    {
                        line.RemoveAt(line.Count - 1);
                        WriteLine(string.Join(' ', line));
                        line.Clear();
                        line.Add(word);
                    }
                }
                WriteLine(string.Join(' ', line));
            }
        }
        return builder.Build();

        void WriteLine(string s)
        {
            if (y < bottom)
            {
                NewPage();
            }
            page!.AddText(s, FontSize, new PdfPoint(left, y), font);
            y -= Leading;
        }
    }

    private static double Width(PdfPageBuilder page, string text, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page.MeasureText(text, FontSize, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }
}
