namespace Ingest.Evaluation;

/// <summary>
/// What a rendered scan folder's <c>manifest.tsv</c> says of each file: its layout and severity
/// (<c>name source dpi seed encoding [layout severity]</c>, the columns of scripts/make-scans*),
/// so the OCR evaluation can report each kind of page apart ("harsh plain renders ≥ 98.5 %").
/// </summary>
public static class ScanManifest
{
    /// <summary>The kind of a file with no manifest line or no such columns: corpus/scans' older per-seed degradation.</summary>
    public const string SeedDegradation = "plain, seed degradation";

    /// <summary>File name (without .pdf) → "layout severity" ("plain harsh", "official office").</summary>
    public static IReadOnlyDictionary<string, string> Kinds(string folder)
    {
        var path = Path.Combine(folder, "manifest.tsv");
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            kinds[cells[0]] = cells.Length >= 7 ? $"{cells[5]} {cells[6]}" : SeedDegradation;
        }
        return kinds;
    }
}
