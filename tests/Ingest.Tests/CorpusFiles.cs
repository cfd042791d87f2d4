namespace Ingest.Tests;

/// <summary>Locates the repository's corpus/ from the test binaries.</summary>
internal static class CorpusFiles
{
    public static string Corpus { get; } = Ingest.Corpus.CorpusLocation.Find() ?? throw new InvalidOperationException("corpus/ not found above " + AppContext.BaseDirectory);

    /// <summary>The repository root (where corpus/ and Ingest.sln are).</summary>
    public static string Root => Path.GetDirectoryName(Corpus)!;

    public static string Path_(params string[] parts) => Path.Combine([Corpus, .. parts]);
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
