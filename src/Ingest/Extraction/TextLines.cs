using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Turns page texts into <see cref="SourceLine"/>s. Texts reach us from OCR, from PDF text
/// layers and from Markdown conversions (the seeds carry "## KẾ HOẠCH" and "**bold**"), so the
/// markup a converter adds is removed here and nowhere else (rules text.*).
/// </summary>
public static class TextLines
{
    private static readonly RuleRef TextAutoLinkRule = new("text.auto-link");
    private static readonly RuleRef TextBulletBeforeLabelRule = new("text.bullet-before-label");
    private static readonly RuleRef TextEmphasisRule = new("text.emphasis");
    private static readonly RuleRef TextGluedBoldRule = new("text.glued-bold");
    private static readonly RuleRef TextHeadingMarksRule = new("text.heading-marks");

    /// <summary>Splits pages into cleaned lines; page i of the input is page i+1.</summary>
    public static IReadOnlyList<SourceLine> FromPages(RuleBook rules, IReadOnlyList<string> pages)
    {
        var lines = new List<SourceLine>();
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var raw in pages[p].Replace("\r\n", "\n").Split('\n'))
            {
                foreach (var piece in SplitGluedBold(rules, raw))
                {
                    var text = VietnameseText.Nfc(Clean(rules, piece));
                    lines.Add(new SourceLine(text, VietnameseText.Fold(text), p + 1, lines.Count) { Indent = piece.Length - piece.TrimStart(' ').Length });
                }
            }
        }
        return lines;
    }

    /// <summary>Splits a text with form feeds between pages.</summary>
    public static IReadOnlyList<SourceLine> FromText(RuleBook rules, string text) => FromPages(rules, text.Split('\f'));

    // "ĐỀ CƯƠNG BÁO CÁO**Sơ kết Phong trào…**" — a converter glued a heading and the title that
    // stood on the next line; "**" between two non-space characters marks where the break was.
    // Each rule runs only on a line holding the character it removes: OCR and text layers carry
    // no Markdown, and every line of every file passes here.
    private static string[] SplitGluedBold(RuleBook rules, string line) =>
        line.Contains("**", StringComparison.Ordinal) ? TextGluedBoldRule.In(rules).Split(line) : [line];

    private static string Clean(RuleBook rules, string line)
    {
        var s = line.Trim();
        if (s.StartsWith('#'))
        {
            s = TextHeadingMarksRule.In(rules).Remove(s);
        }
        s = s.Replace("**", "", StringComparison.Ordinal);
        if (s.Contains('*', StringComparison.Ordinal))
        {
            s = TextEmphasisRule.In(rules).Replace(s, "$1");
        }
        if (s.Contains('<', StringComparison.Ordinal))
        {
            s = TextAutoLinkRule.In(rules).Replace(s, "$1");
        }
        s = s.Replace("\\", "", StringComparison.Ordinal);
        // Markdown list items the converter indented: " - a) …" → "a) …".
        if (s.StartsWith('-') || s.StartsWith('+'))
        {
            s = TextBulletBeforeLabelRule.In(rules).Remove(s);
        }
        return s.Trim();
    }
}
