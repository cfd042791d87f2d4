using Ingest.Jobs;
using Ingest.Ocr;
using Microsoft.Data.Sqlite;

namespace Ingest.Tests.Catalog;

/// <summary>
/// Each OCR'd page's layout regions are kept in the catalog with the page (issue 15), so the plan
/// page can show them; reprocessing, which never re-OCRs, keeps them from the first reading.
/// </summary>
public sealed class PageRegionsStoreTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Archive _archive;

    public PageRegionsStoreTests() => _archive = Archive.Open(_dir.Path);

    public void Dispose()
    {
        _archive.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task Regions_of_a_real_scan_are_stored_read_back_and_kept_by_reprocessing()
    {
        // Sở GD&ĐT Đà Nẵng's two-page 1-bit scan (header table on page 1, closing table on page 2),
        // and a text file, whose page has no regions.
        var scan = RealFiles.Path_("danang-scans", "data", "1.pdf");
        var text = CorpusFiles.Path_("plans", "a02.txt");
        var pipeline = new IngestPipeline(_archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor);
        var read = await new DocumentReader(TestPool.Shared).ReadAsync(scan, "1.pdf");
        var outcomes = await pipeline.AddAllAsync([scan, text]).ToListAsync();
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
        var files = _archive.Catalog.Files();
        var (scanId, textId) = (files.Single(f => f.FileName == "1.pdf").Id, files.Single(f => f.FileName == "a02.txt").Id);

        var stored = _archive.Catalog.Pages.Of(scanId);
        Assert.Equal(2, stored.Count);
        // What was read is what is stored, page by page.
        Assert.Equal(read.Select(p => p.RegionsJson), stored.Select(p => p.RegionsJson));
        var first = PageRegion.FromJson(stored[0].RegionsJson);
        Assert.Equal([RegionKind.HeaderLeft, RegionKind.HeaderRight, RegionKind.Body], first.Take(3).Select(r => r.Kind));
        Assert.Contains(PageRegion.FromJson(stored[1].RegionsJson), r => r.Kind == RegionKind.Signer);
        Assert.All(_archive.Catalog.Pages.Of(textId), p => Assert.Null(p.RegionsJson));

        // Reprocessing from restoration rewrites the restored text, not the pages as read.
        var before = stored.Select(p => p.RegionsJson).ToList();
        foreach (var from in new[] { ReprocessFrom.Restore, ReprocessFrom.Extract })
        {
            Assert.All(new Reprocessor(_archive, TestModels.Shared, TestModels.Extractor).RunAll(from), o => Assert.Null(o.Error));
            Assert.Equal(before, _archive.Catalog.Pages.Of(scanId).Select(p => p.RegionsJson));
        }
    }

    [Fact]
    public async Task A_page_stored_before_regions_were_kept_reads_back_with_none()
    {
        var outcomes = await new IngestPipeline(_archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor)
            .AddAllAsync([CorpusFiles.Path_("plans", "a02.txt")]).ToListAsync();
        Assert.Equal(IngestStatus.Added, outcomes[0].Status);
        // The column the migration added is there, empty, as an archive from an older build has it.
        using (var db = new SqliteConnection($"Data Source={Path.Combine(_dir.Path, "catalog.db")};Pooling=false"))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM pages WHERE regions_json IS NULL";
            Assert.Equal(1L, (long)cmd.ExecuteScalar()!);
        }
        var page = Assert.Single(_archive.Catalog.Pages.Of(_archive.Catalog.Files()[0].Id));
        Assert.Null(page.RegionsJson);
        Assert.Empty(PageRegion.FromJson(page.RegionsJson));
    }
}
