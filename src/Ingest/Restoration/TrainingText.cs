using System.IO.Compression;

namespace Ingest.Restoration;

/// <summary>
/// The clean Vietnamese the models learn from: the laws of ../shared/text (the register of the
/// plans), every administrative unit's name (proper names are where a model trained on laws
/// guesses wrong: "Đồng Nai" → "Động Nại"), and the administrative texts written for the corpus
/// (corpus/lm). The evaluation texts (corpus/seeds, corpus/plans, corpus/pdf) are never used.
/// </summary>
public static class TrainingText
{
    /// <summary>Lines of the laws file (gzip), skipping its "### file name" separators.</summary>
    public static IEnumerable<string> Laws(string gzPath)
    {
        using var file = File.OpenRead(gzPath);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith("###", StringComparison.Ordinal) && line.Length > 0)
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// Unit names of the admin-units TSV (level, full_name, parent), as a header and a sentence
    /// would write them: "Tỉnh Đồng Nai", "huyện Sơn Động, tỉnh Bắc Giang".
    /// </summary>
    public static IEnumerable<string> AdminUnits(string tsvPath)
    {
        foreach (var line in File.ReadLines(tsvPath).Skip(1))
        {
            var cols = line.Split('\t');
            if (cols.Length < 2 || cols[1].Length == 0)
            {
                continue;
            }
            yield return cols[1];
            if (cols.Length > 2 && cols[2].Length > 0)
            {
                yield return $"{LowerFirst(cols[1])}, {LowerFirst(cols[2])}";
            }
        }
    }

    /// <summary>Lines of every .txt file under a folder.</summary>
    public static IEnumerable<string> Folder(string dir) =>
        Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).SelectMany(File.ReadLines)
            : [];

    /// <summary>
    /// The documents to render as scans for learning the OCR channel: every .txt of
    /// <paramref name="textsDir"/> whole (in name order), then <paramref name="lawDocs"/> excerpts
    /// of 40 lines spread evenly over the laws.
    /// </summary>
    public static List<string> ChannelDocuments(string textsDir, string lawsGz, int lawDocs)
    {
        var docs = Directory.Exists(textsDir)
            ? Directory.EnumerateFiles(textsDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : [];
        if (lawDocs > 0 && File.Exists(lawsGz))
        {
            var lines = Laws(lawsGz).ToList();
            var step = Math.Max(1, lines.Count / lawDocs);
            for (var i = 0; i < lawDocs; i++)
            {
                docs.Add(string.Join('\n', lines.Skip(i * step).Take(40)));
            }
        }
        return docs;
    }

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
