using Ingest.Jobs;
using Microsoft.Data.Sqlite;

namespace Ingest.Tests.Jobs;

/// <summary>
/// <see cref="ArchiveVerifier"/> on a real archive of two born-digital PDFs and one failed file:
/// consistent as made, then broken one way per test.
/// </summary>
public sealed class ArchiveVerifierTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Archive _archive;

    public ArchiveVerifierTests() => _archive = Archive.Open(_dir.Path);

    public async Task InitializeAsync()
    {
        var outcomes = await new IngestPipeline(_archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor)
            .AddAllAsync([CorpusFiles.Path_("pdf"), CorpusFiles.Path_("bad", "truncated.pdf")]).ToListAsync();
        Assert.Equal([IngestStatus.Added, IngestStatus.Added, IngestStatus.Failed], outcomes.Select(o => o.Status));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _archive.Dispose();
        _dir.Dispose();
    }

    private IReadOnlyList<ArchiveMismatch> Verify() => ArchiveVerifier.Verify(_archive);

    private const string Pdf004 = "004_feedb6838d389360.pdf";

    private Ingest.Catalog.StoredFile Doc(string name) => _archive.Catalog.Files().Single(d => d.FileName == name);

    private void Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_dir.Path, "catalog.db")};Pooling=false");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        Assert.True(cmd.ExecuteNonQuery() > 0, sql);
    }

    [Fact]
    public void A_consistent_archive_passes() => Assert.Empty(Verify());

    [Fact]
    public void A_deleted_original_is_reported_by_file_name()
    {
        var doc = Doc(Pdf004);
        File.Delete(_archive.OriginalPath(doc.Sha256, doc.FileName));
        var m = Assert.Single(Verify());
        Assert.Equal(MismatchKind.MissingOriginal, m.Kind);
        Assert.StartsWith(Pdf004 + ": original missing", m.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_altered_original_is_reported_with_both_hashes()
    {
        var doc = Doc("truncated.pdf");
        File.AppendAllText(_archive.OriginalPath(doc.Sha256, doc.FileName), "x");
        var m = Assert.Single(Verify());
        Assert.Equal(MismatchKind.AlteredOriginal, m.Kind);
        Assert.Contains(doc.Sha256, m.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_missing_from_the_index_is_reported()
    {
        var plan = _archive.Catalog.Plans.All().First(p => p.Document.Number == "11325/KH-UBND");
        _archive.Index.DeletePlans([plan.Id]);
        _archive.Index.Commit();
        var m = Assert.Single(Verify());
        Assert.Equal(MismatchKind.NotIndexed, m.Kind);
        Assert.Contains("11325/KH-UBND", m.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_row_deleted_from_the_catalog_leaves_an_index_entry_without_a_plan()
    {
        var plan = _archive.Catalog.Plans.All().First(p => p.Document.Number == "11325/KH-UBND");
        Sql($"DELETE FROM plans WHERE id = {plan.Id}");
        var m = Assert.Single(Verify());
        Assert.Equal(MismatchKind.NotInCatalog, m.Kind);
        Assert.Contains($"plan {plan.Id} (11325/KH-UBND)", m.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_catalog_rows_are_reported()
    {
        var plan = _archive.Catalog.Plans.All().First(p => p.Document.Number == "11325/KH-UBND");
        Sql($"UPDATE plans SET record_json = json_set(record_json, '$.number', '99/KH-UBND') WHERE id = {plan.Id}");
        Sql($"UPDATE documents SET status = 'failed', error = NULL WHERE file_name = 'truncated.pdf'");
        Sql($"UPDATE documents SET sha256 = 'not a hash' WHERE file_name = '{Pdf004}'");
        var found = Verify();
        Assert.Contains(found, m => m.Kind == MismatchKind.IndexDiffers && m.Message.Contains("99/KH-UBND in the catalog, 11325/KH-UBND in the index", StringComparison.Ordinal));
        Assert.Contains(found, m => m.Kind == MismatchKind.BadCatalogRow && m.Message.StartsWith("truncated.pdf: ", StringComparison.Ordinal) && m.Message.Contains("without a reason", StringComparison.Ordinal));
        Assert.Contains(found, m => m.Kind == MismatchKind.BadCatalogRow && m.Message.StartsWith(Pdf004 + ": ", StringComparison.Ordinal) && m.Message.Contains("not 64", StringComparison.Ordinal));
        // The original of the row whose hash was overwritten now belongs to no document.
        Assert.Contains(found, m => m.Kind == MismatchKind.StrayOriginal);
        Assert.Equal(4, found.Count);
    }
}
