namespace Ingest.Corpus;

/// <summary>
/// Finds the repository's corpus/ from wherever a command, a test or a benchmark process runs:
/// the working folder first, then the folder of the binaries, walking up to the root.
/// </summary>
public static class CorpusLocation
{
    /// <summary>The corpus folder, or null when none is above either starting point.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "seeds")))
                {
                    return Path.Combine(dir.FullName, "corpus");
                }
            }
        }
        return null;
    }
}
