using System.Text.Json;
using Ingest.Extraction;
using Ingest.Jobs;
using Microsoft.Data.Sqlite;

namespace Ingest.Tests.Jobs;

/// <summary>Reprocessing from the stored page texts, on a real archive of corpus texts (no OCR involved).</summary>
public sealed class ReprocessTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Archive _archive;

    public ReprocessTests() => _archive = Archive.Open(_dir.Path);

    public async Task InitializeAsync()
    {
        string[] files =
        [
            CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt"),
            CorpusFiles.Path_("seeds", "004_feedb6838d389360.txt"),
            CorpusFiles.Path_("plans", "a02.txt"),
            CorpusFiles.Path_("plans", "b07.txt"),
        ];
        var outcomes = await new IngestPipeline(_archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor).AddAllAsync(files).ToListAsync();
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _archive.Dispose();
        _dir.Dispose();
    }

    // The plans as the schema's JSON with the file and position they belong to: ids change, this must not.
    private List<string> Snapshot() => _archive.Catalog.Plans.All()
        .Select(p => $"{p.Source}#{p.Ordinal}@{p.Document.Page}\n{JsonSerializer.Serialize(p.Document, PlanRecord.JsonOptions)}\n{p.Document.Text}")
        .ToList();

    // Every plan of the catalog is in the index once, and no plan replaced by reprocessing lingers there.
    private void AssertIndexMatchesCatalog()
    {
        var plans = _archive.Catalog.Plans.All();
        var indexed = plans.Select(p => p.Document.Kind).Distinct()
            .SelectMany(kind => _archive.Index.Matches($"kind:\"{kind}\""))
            .ToList();
        Assert.Equal(plans.Select(p => p.Id).Order(), indexed.Order());
        Assert.Equal("11325/KH-UBND", _archive.Index.Search("11325/KH-UBND")[0].Number);
    }

    [Theory]
    [InlineData(ReprocessFrom.Extract)]
    [InlineData(ReprocessFrom.Restore)]
    public void Reprocess_after_changing_nothing_leaves_the_same_plans(ReprocessFrom from)
    {
        var before = Snapshot();
        var outcomes = new Reprocessor(_archive, TestModels.Shared, TestModels.Extractor).RunAll(from).ToList();
        Assert.Equal(4, outcomes.Count);
        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(before, Snapshot());
        AssertIndexMatchesCatalog();
    }

    [Fact]
    public void Reprocess_recreates_plans_deleted_from_the_catalog()
    {
        var before = Snapshot();
        using (var db = new SqliteConnection($"Data Source={Path.Combine(_dir.Path, "catalog.db")};Pooling=false"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "DELETE FROM plans";
            Assert.True(cmd.ExecuteNonQuery() > 0);
        }
        Assert.Empty(_archive.Catalog.Plans.All());

        Assert.All(new Reprocessor(_archive, TestModels.Shared, TestModels.Extractor).RunAll(ReprocessFrom.Extract), o => Assert.Null(o.Error));

        Assert.Equal(before, Snapshot());
        AssertIndexMatchesCatalog();
    }

    [Fact]
    public void Reprocess_from_restore_rewrites_the_restored_text_from_the_raw_text()
    {
        var doc = _archive.Catalog.Files()[0];
        var restored = _archive.Catalog.Pages.Texts(doc.Id);
        _archive.Catalog.Pages.SaveRestored(doc.Id, _archive.Catalog.Pages.Of(doc.Id), ["garbage"]);
        Assert.Equal(["garbage"], _archive.Catalog.Pages.Texts(doc.Id));

        Assert.All(new Reprocessor(_archive, TestModels.Shared, TestModels.Extractor).RunAll(ReprocessFrom.Restore), o => Assert.Null(o.Error));

        Assert.Equal(restored, _archive.Catalog.Pages.Texts(doc.Id));
    }

    [Theory]
    [InlineData(ReprocessFrom.Extract)]
    [InlineData(ReprocessFrom.Restore)]
    public void A_file_the_new_parser_fails_on_keeps_its_results_and_the_others_go_on(ReprocessFrom from)
    {
        var before = Snapshot();
        var a02 = _archive.Catalog.Files().Single(d => d.FileName == "a02.txt");
        var texts = _archive.Catalog.Pages.Texts(a02.Id);
        var parsed = new List<string>();
        PlanRecord Extract(string source, IReadOnlyList<string> pages, ReadingConfidence? confidence)
        {
            parsed.Add(source);
            return source == "a02.txt"
                ? throw new InvalidOperationException("a parser bug")
                : TestModels.Extractor.Extract(source, pages, confidence);
        }

        var outcomes = new Reprocessor(_archive, TestModels.Shared, TestModels.Extractor, Extract).RunAll(from).ToList();

        Assert.Equal(4, parsed.Count);
        var failed = Assert.Single(outcomes, o => o.Error is not null);
        Assert.Equal("a02.txt", failed.Document.FileName);
        Assert.Equal("a02.txt: extracting failed unexpectedly: a parser bug (InvalidOperationException); its earlier results are kept", failed.Error);
        Assert.Equal(before, Snapshot());
        Assert.Equal(texts, _archive.Catalog.Pages.Texts(a02.Id));
        Assert.Equal(Ingest.Catalog.FileStatus.Done, _archive.Catalog.Stored(a02.Id)!.Status);
        AssertIndexMatchesCatalog();
    }
}
