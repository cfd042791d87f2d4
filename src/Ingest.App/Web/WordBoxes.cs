using System.Globalization;

namespace Ingest.App.Web;

/// <summary>
/// The words of an OCR'd page with their boxes and confidences, from the Tesseract TSV the
/// catalog keeps, for marking low-confidence words on the page image. The first box is the
/// whole page (level 1), so the browser can scale boxes to the image it shows.
/// </summary>
internal static class WordBoxes
{
    public sealed record Box(int Level, int Left, int Top, int Width, int Height, double Conf, string Text);

    public static IReadOnlyList<Box> Parse(string? tsv)
    {
        if (string.IsNullOrEmpty(tsv))
        {
            return [];
        }
        var boxes = new List<Box>();
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 12 || !int.TryParse(f[0], CultureInfo.InvariantCulture, out var level) || (level != 1 && level != 5))
            {
                continue;
            }
            boxes.Add(new Box(level, Int(f[6]), Int(f[7]), Int(f[8]), Int(f[9]),
                double.TryParse(f[10], CultureInfo.InvariantCulture, out var c) ? c : -1, f[11]));
        }
        return boxes;
    }

    private static int Int(string s) => int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
