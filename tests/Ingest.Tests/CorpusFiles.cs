namespace Ingest.Tests;

/// <summary>Locates the repository's corpus/ from the test binaries.</summary>
internal static class CorpusFiles
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Path_(params string[] parts) => Path.Combine([Corpus, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Ingest.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A folder deleted when the test ends.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ingest-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A reader still open on Windows-like filesystems; the OS cleans temp.
        }
    }
}

/// <summary>One engine pool for the whole test run: one engine per core, as in production.</summary>
internal static class TestPool
{
    public static Ingest.Ocr.EnginePool Shared { get; } = new();
}
