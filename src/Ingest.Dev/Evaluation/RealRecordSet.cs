using Ingest.Text;

namespace Ingest.Evaluation;

/// <summary>
/// The real extraction set: <c>corpus/records/manifest.tsv</c>, one file a line —
/// <c>name, tune|report, source</c>, the source relative to the repository (<c>../shared/real/…</c>
/// or <c>corpus/real/…</c>), several text parts joined by <c>+</c>. Sources are read in place.
/// </summary>
public static class RealRecordSet
{
    /// <summary>The manifest's path under a corpus folder.</summary>
    public static string ManifestOf(string corpus) => Path.Combine(corpus, "records", "manifest.tsv");

    /// <summary>Loads the manifest; a line that does not parse or names a missing source fails naming its line.</summary>
    public static IReadOnlyList<RealRecord> Load(string corpus, string sharedReal)
    {
        var manifest = ManifestOf(corpus);
        var root = Path.GetFullPath(Path.Combine(corpus, ".."));
        var records = new List<RealRecord>();
        var lines = File.ReadAllLines(manifest);
        for (var i = 0; i < lines.Length; i++)
        {
            var f = lines[i].Split('\t');
            if (lines[i].Length == 0 || lines[i].StartsWith('#') || (i == 0 && f[0] == "name"))
            {
                continue;
            }
            if (f.Length != 3 || !Enum.TryParse<RealPageSplit>(f[1], ignoreCase: true, out var split))
            {
                throw new FormatException($"{manifest}:{i + 1}: expected name, tune|report, source separated by tabs");
            }
            var sources = f[2].Split('+').Select(s => Resolve(root, sharedReal, s)
                ?? throw new FileNotFoundException($"{manifest}:{i + 1}: no such source {s}")).ToList();
            records.Add(new RealRecord(f[0], split, sources, Path.Combine(corpus, "records", f[0] + ".record.json")));
        }
        return records;
    }

    // "../shared/real/…" is looked up in the shared folder given (it may be $INGEST_SHARED_REAL).
    // File names are compared in NFC: one upstream name is stored decomposed ("NQsố11.2025.txt").
    private static string? Resolve(string root, string sharedReal, string relative)
    {
        const string SharedPrefix = "../shared/real/";
        var path = relative.StartsWith(SharedPrefix, StringComparison.Ordinal)
            ? Path.Combine(sharedReal, relative[SharedPrefix.Length..])
            : Path.Combine(root, relative);
        if (File.Exists(path))
        {
            return path;
        }
        var folder = Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }
        var name = VietnameseText.Nfc(Path.GetFileName(path));
        return Directory.EnumerateFiles(folder).FirstOrDefault(p => VietnameseText.Nfc(Path.GetFileName(p)) == name);
    }
}
