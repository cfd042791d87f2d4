using System.Globalization;

namespace Ingest.Ocr;

/// <summary>
/// The words of a page from Tesseract's TSV (levels 1 and 5: the page's size and each word),
/// grouped into Tesseract's lines in its reading order.
/// </summary>
/// <param name="Width">Page width, pixels.</param>
/// <param name="Height">Page height, pixels.</param>
/// <param name="Lines">The lines with at least one non-blank word.</param>
public sealed record PageWords(int Width, int Height, IReadOnlyList<OcrLine> Lines)
{
    /// <summary>Parses the TSV (with or without its header row); rows that do not parse are skipped.</summary>
    public static PageWords Parse(string tsv)
    {
        int width = 0, height = 0;
        var lines = new List<OcrLine>();
        var current = new List<OcrWord>();
        (int, int, int) key = (-1, -1, -1);
        foreach (var row in tsv.Split('\n'))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || !int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }
            var n = new int[10];
            var ok = true;
            for (var i = 1; i <= 9; i++)
            {
                ok &= int.TryParse(f[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n[i]);
            }
            if (!ok)
            {
                continue;
            }
            if (level == 1)
            {
                (width, height) = (n[8], n[9]);
                continue;
            }
            if (level != 5 || string.IsNullOrWhiteSpace(f[11]))
            {
                continue;
            }
            var word = new OcrWord(n[2], n[3], n[4], n[6], n[7], n[8], n[9],
                double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : 0, f[11].Trim());
            if ((word.Block, word.Paragraph, word.Line) != key && current.Count > 0)
            {
                lines.Add(new OcrLine(current));
                current = [];
            }
            key = (word.Block, word.Paragraph, word.Line);
            current.Add(word);
        }
        if (current.Count > 0)
        {
            lines.Add(new OcrLine(current));
        }
        return new PageWords(width, height, lines);
    }

    /// <summary>
    /// The text of <paramref name="lines"/> as Tesseract writes it: words joined by a space,
    /// lines by a line break, paragraphs by a blank line.
    /// </summary>
    public static string TextOf(IEnumerable<OcrLine> lines)
    {
        var text = new System.Text.StringBuilder();
        (int, int)? paragraph = null;
        foreach (var line in lines)
        {
            if (paragraph is { } p && p != line.Paragraph)
            {
                text.Append('\n');
            }
            text.Append(line.Text).Append('\n');
            paragraph = line.Paragraph;
        }
        return text.ToString();
    }
}
