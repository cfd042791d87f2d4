using Ingest.Text;

namespace Ingest.Evaluation;

/// <summary>Comparisons of free text in gold and predicted records: case, marks and spacing aside.</summary>
public static class ExtractionText
{
    /// <summary>Folded, single-spaced, without the punctuation a writer may add or drop.</summary>
    public static string Normalise(string? text) =>
        VietnameseText.CollapseSpaces(new string(VietnameseText.Fold(text ?? "").Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()));

    /// <summary>The syllables of a text, folded.</summary>
    public static HashSet<string> Syllables(string? text) =>
        [.. Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// Loose overlap: the share of the shorter text's syllables that the other has
    /// ("Tổ chức sơ kết giữa kỳ" inside "Tổ chức sơ kết giữa kỳ Phong trào thi đua" is 1).
    /// </summary>
    public static double Overlap(string? a, string? b)
    {
        var x = Syllables(a);
        var y = Syllables(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return x.Count == y.Count ? 1 : 0;
        }
        var common = x.Count(y.Contains);
        return (double)common / Math.Min(x.Count, y.Count);
    }
}
