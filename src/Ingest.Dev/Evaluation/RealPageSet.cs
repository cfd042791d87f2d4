using System.Globalization;

namespace Ingest.Evaluation;

/// <summary>
/// The real development set: <c>corpus/real/manifest.tsv</c>, one page a line —
/// <c>name, source (under ../shared/real), page, split (tune|report), truth (relative to the
/// repository)</c>. The sources are read where they are, never copied into the project.
/// </summary>
public static class RealPageSet
{
    /// <summary>The manifest's path under a corpus folder.</summary>
    public static string ManifestOf(string corpus) => Path.Combine(corpus, "real", "manifest.tsv");

    /// <summary>
    /// The shared real material: <c>../shared/real</c> beside the repository, or
    /// <c>$INGEST_SHARED_REAL</c>; null when neither exists.
    /// </summary>
    public static string? SharedRealFolder(string corpus)
    {
        var env = Environment.GetEnvironmentVariable("INGEST_SHARED_REAL");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return Path.GetFullPath(env);
        }
        var beside = Path.GetFullPath(Path.Combine(corpus, "..", "..", "shared", "real"));
        return Directory.Exists(beside) ? beside : null;
    }

    /// <summary>Loads the manifest; a line that does not parse fails naming its line number.</summary>
    public static IReadOnlyList<RealPage> Load(string corpus, string sharedReal)
    {
        var manifest = ManifestOf(corpus);
        var root = Path.GetFullPath(Path.Combine(corpus, ".."));
        var pages = new List<RealPage>();
        var lines = File.ReadAllLines(manifest);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 5 || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1
                || !Enum.TryParse<RealPageSplit>(f[3], ignoreCase: true, out var split))
            {
                throw new FormatException($"{manifest}:{i + 1}: expected name, source, page, tune|report, truth separated by tabs");
            }
            pages.Add(new RealPage(f[0], Path.Combine(sharedReal, f[1]), page, split, Path.Combine(root, f[4])));
        }
        return pages;
    }
}
