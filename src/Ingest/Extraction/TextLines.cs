using System.Text.RegularExpressions;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Turns page texts into <see cref="SourceLine"/>s. Texts reach us from OCR, from PDF text
/// layers and from Markdown conversions (the seeds carry "## KẾ HOẠCH" and "**bold**"), so the
/// markup a converter adds is removed here and nowhere else.
/// </summary>
public static partial class TextLines
{
    /// <summary>Splits pages into cleaned lines; page i of the input is page i+1.</summary>
    public static IReadOnlyList<SourceLine> FromPages(IReadOnlyList<string> pages)
    {
        var lines = new List<SourceLine>();
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var raw in pages[p].Replace("\r\n", "\n").Split('\n'))
            {
                foreach (var piece in SplitGluedBold(raw))
                {
                    var text = VietnameseText.Nfc(Clean(piece));
                    lines.Add(new SourceLine(text, VietnameseText.Fold(text), p + 1, lines.Count));
                }
            }
        }
        return lines;
    }

    /// <summary>Splits a text with form feeds between pages.</summary>
    public static IReadOnlyList<SourceLine> FromText(string text) => FromPages(text.Split('\f'));

    // "ĐỀ CƯƠNG BÁO CÁO**Sơ kết Phong trào…**" — a converter glued a heading and the title that
    // stood on the next line; "**" between two non-space characters marks where the break was.
    private static string[] SplitGluedBold(string line) => GluedBold().Split(line);

    private static string Clean(string line)
    {
        var s = line.Trim();
        s = HeadingMarks().Replace(s, "");
        s = s.Replace("**", "", StringComparison.Ordinal);
        s = Emphasis().Replace(s, "$1");
        s = AutoLink().Replace(s, "$1");
        s = s.Replace("\\", "", StringComparison.Ordinal);
        // Markdown list items the converter indented: " - a) …" → "a) …".
        s = BulletBeforeLabel().Replace(s, "");
        return s.Trim();
    }

    [GeneratedRegex(@"(?<=\S)\*\*(?=\S)")]
    private static partial Regex GluedBold();

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"(?<![\w*])\*([^*\n]+?)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"<(https?://[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"^[-+]\s+(?=[a-zđ]\)\s)")]
    private static partial Regex BulletBeforeLabel();
}
