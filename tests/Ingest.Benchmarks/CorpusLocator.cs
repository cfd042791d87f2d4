namespace Ingest.Benchmarks;

/// <summary>Finds corpus/ from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class CorpusLocator
{
    public static string Corpus { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
                {
                    return Path.Combine(dir.FullName, "corpus");
                }
            }
        }
        throw new InvalidOperationException("Ingest.sln not found");
    }
}
