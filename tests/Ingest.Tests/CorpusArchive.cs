using Ingest.Jobs;

namespace Ingest.Tests;

/// <summary>
/// The clean corpus texts in one real archive (SQLite + Lucene in a temp folder), ingested once
/// for the export and search tests: seeds 003 and 004 and the 20 plans of corpus/plans, each
/// with a hand-written record beside it.
/// </summary>
public sealed class CorpusArchive : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();

    public CorpusArchive() => Archive = Archive.Open(_dir.Path);

    public Archive Archive { get; }

    public string Folder => _dir.Path;

    /// <summary>The text files ingested, in the order the pipeline adds them.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt"),
        CorpusFiles.Path_("seeds", "004_feedb6838d389360.txt"),
        .. Directory.GetFiles(CorpusFiles.Path_("plans"), "*.txt").Order(StringComparer.Ordinal),
    ];

    /// <summary>The hand-written record beside a corpus text ("a01.txt" → "a01.record.json").</summary>
    public static string RecordOf(string text) => Path.ChangeExtension(text, ".record.json");

    public async Task InitializeAsync()
    {
        var outcomes = await new IngestPipeline(Archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor).AddAllAsync(Files).ToListAsync();
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Archive.Dispose();
        _dir.Dispose();
    }
}
