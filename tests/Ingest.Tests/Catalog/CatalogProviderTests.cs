using System.Data.Common;
using Ingest.Catalog;
using Ingest.Export;
using Ingest.Jobs;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ingest.Tests.Catalog;

/// <summary>
/// The catalog's two databases run one code path: the same corpus files ingested into a SQLite
/// archive and into a PostgreSQL one (a real server, see <see cref="ScratchPostgres"/>) come
/// out row for row the same — documents, pages, plans, item tables, exports and searches.
/// </summary>
public sealed class CatalogProviderTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Files =
    [
        CorpusFiles.Path_("seeds", "004_feedb6838d389360.txt"),
        CorpusFiles.Path_("plans", "a01.txt"),
        CorpusFiles.Path_("plans", "a03.txt"),
        CorpusFiles.Path_("plans", "b02.txt"),
    ];

    private readonly TempDir _sqliteDir = new();
    private readonly TempDir _postgresDir = new();
    private readonly ScratchPostgres _pg = new();

    public async Task InitializeAsync()
    {
        foreach (var (dir, db) in new[] { (_sqliteDir.Path, (string?)null), (_postgresDir.Path, _pg.ConnectionString) })
        {
            using var archive = Archive.Open(dir, db);
            var outcomes = await new IngestPipeline(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor).AddAllAsync(Files).ToListAsync();
            Assert.All(outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _pg.Dispose();
        _sqliteDir.Dispose();
        _postgresDir.Dispose();
    }

    private DbConnection Connect(bool postgres)
    {
        DbConnection c = postgres
            ? new NpgsqlConnection(_pg.ConnectionString)
            : new SqliteConnection($"Data Source={Path.Combine(_sqliteDir.Path, "catalog.db")};Pooling=false");
        c.Open();
        return c;
    }

    private List<string> Dump(bool postgres, string sql)
    {
        using var db = Connect(postgres);
        return TableDump.Rows(db, sql);
    }

    [Theory]
    [InlineData("SELECT id, sha256, file_name, status, error, page_count FROM documents ORDER BY id")]
    [InlineData("SELECT document_id, number, source, raw_text, restored_text, confidence, word_boxes, ocr_language FROM pages ORDER BY document_id, number")]
    [InlineData("SELECT id, document_id, ordinal, kind, number, number_key, issuer, place, issued_on, title, period_from, period_to, page, record_json, body FROM plans ORDER BY id")]
    [InlineData("SELECT * FROM plan_references ORDER BY plan_id, ordinal")]
    [InlineData("SELECT * FROM plan_deadlines ORDER BY plan_id, ordinal")]
    [InlineData("SELECT * FROM plan_quotas ORDER BY plan_id, ordinal")]
    [InlineData("SELECT * FROM plan_targets ORDER BY plan_id, ordinal")]
    public void Both_databases_hold_the_same_rows(string sql)
    {
        var sqlite = Dump(postgres: false, sql);
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, Dump(postgres: true, sql));
    }

    // A quota of land is a fraction as often as not: "trồng rừng tập trung 104,5 ha" (corpus/blind an02).
    // Both databases keep it as written, and the export gives it back.
    [Fact]
    public void A_fractional_count_is_kept_by_both_databases()
    {
        const string Sql = "SELECT holder, for_each, count, unit, purpose FROM plan_quotas ORDER BY plan_id, ordinal";
        foreach (var (dir, db) in new[] { (_sqliteDir.Path, (string?)null), (_postgresDir.Path, _pg.ConnectionString) })
        {
            using var archive = Archive.Open(dir, db);
            var plan = archive.Catalog.Plans.ByNumber("11325/KH-UBND").Single();
            var quotas = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["holder"] = "xã Đồng Thắng",
                ["each"] = false,
                ["count"] = 104.5m,
                ["unit"] = "ha",
                ["purpose"] = "Trồng rừng tập trung",
            });
            Assert.Null(PlanCorrector.Correct(archive, plan.Id, new System.Text.Json.Nodes.JsonObject { ["quotas"] = quotas }, "lan").Error);
            Assert.Equal(104.5m, Assert.Single(archive.Catalog.Plans.ByNumber("11325/KH-UBND").Single().Document.Quotas).Count);
            using var csv = new MemoryStream();
            ExportKind.Find("quotas")!.Write(archive.Catalog.Plans.All(), csv);
            Assert.Contains(",104.5,ha,", System.Text.Encoding.UTF8.GetString(csv.ToArray()), StringComparison.Ordinal);
        }
        Assert.Contains(Dump(false, Sql), r => r.Contains("104.5", StringComparison.Ordinal));
        Assert.Equal(Dump(false, Sql), Dump(true, Sql));
    }

    [Fact]
    public void Queries_exports_and_searches_agree()
    {
        using var lite = Archive.Open(_sqliteDir.Path);
        using var pg = Archive.Open(_postgresDir.Path, _pg.ConnectionString);
        Assert.Equal(lite.Catalog.Plans.Citing("1258 qd-ttg").Select(p => p.Id), pg.Catalog.Plans.Citing("1258 qd-ttg").Select(p => p.Id));
        Assert.NotEmpty(pg.Catalog.Plans.Citing("1258 qd-ttg"));
        Assert.Equal(lite.Catalog.Plans.Due("2018").Select(p => p.Id), pg.Catalog.Plans.Due("2018").Select(p => p.Id));
        Assert.NotEmpty(pg.Catalog.Plans.Due("2018"));
        Assert.Equal(lite.Catalog.Plans.ByNumber("11325 kh ubnd").Select(p => p.Id), pg.Catalog.Plans.ByNumber("11325/KH-UBND").Select(p => p.Id));
        foreach (var a in new[] { lite, pg })
        {
            // The upload page's list: the newest files first, and the headings of their plans only.
            var all = a.Catalog.Files();
            Assert.Equal(all.Reverse().Take(2).Select(d => d.Id), a.Catalog.LatestFiles(2).Select(d => d.Id));
            Assert.Equal(all.Count, a.Catalog.LatestFiles(100).Count);
            var from = all[^2].Id;
            Assert.Equal(
                a.Catalog.Plans.Headings().Where(h => h.FileId >= from).Select(h => h.PlanId),
                a.Catalog.Plans.Headings(from).Select(h => h.PlanId));
            Assert.NotEmpty(a.Catalog.Plans.Headings(from));
            Assert.True(a.Catalog.Plans.Headings(from).Count < a.Catalog.Plans.Headings().Count);
        }

        byte[] Deadlines(Archive a)
        {
            using var stream = new MemoryStream();
            CsvExporter.Write<DeadlineRow, DeadlineRowMap>(stream, a.Catalog.Plans.All().SelectMany(DeadlineRow.From));
            return stream.ToArray();
        }
        Assert.Equal(Deadlines(lite), Deadlines(pg));
        Assert.Equal(
            lite.Index.Search("1258/QĐ-TTg", 10).Select(h => (h.Number, h.Source)),
            pg.Index.Search("1258/QĐ-TTg", 10).Select(h => (h.Number, h.Source)));
    }

    [Fact]
    public void Reindex_rebuilds_the_index_from_the_postgres_catalog()
    {
        using var pg = Archive.Open(_postgresDir.Path, _pg.ConnectionString);
        var before = pg.Index.Search("chung tay vi nguoi ngheo", 5).Select(h => h.Number).ToList();
        Assert.Equal(pg.Catalog.Plans.All().Count, pg.Index.Rebuild(pg.Catalog));
        Assert.Equal(before, pg.Index.Search("chung tay vi nguoi ngheo", 5).Select(h => h.Number));
        Assert.Contains("11325/KH-UBND", before);
    }

    [Fact]
    public async Task Workers_opening_a_new_catalog_at_once_migrate_it_once_and_claim_each_file_once()
    {
        using var fresh = new ScratchPostgres();
        // Eight processes' worth of opens race on an empty database: the advisory lock lets one migrate.
        var catalogs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => PlanCatalog.Open(fresh.ConnectionString))));
        try
        {
            var ids = await Task.WhenAll(catalogs.Select(c => Task.Run(() => c.AddFile("ab12", "x.pdf", DateTimeOffset.UtcNow))));
            Assert.Single(ids.Distinct());
            var claims = await Task.WhenAll(catalogs.Select((c, i) => Task.Run(() => c.Queue.TryClaim(ids[0], $"job-{i}", "test"))));
            Assert.Equal(1, claims.Count(x => x is not null));
            Assert.Equal(FileStatus.Processing, catalogs[0].Stored(ids[0])!.Status);
        }
        finally
        {
            foreach (var c in catalogs)
            {
                c.Dispose();
            }
        }
    }

    [Fact]
    public void An_unreachable_server_is_one_clear_error_naming_it()
    {
        var e = Assert.Throws<CatalogUnavailableException>(() => PlanCatalog.Open("Host=127.0.0.1;Port=1;Username=x;Database=nowhere;Timeout=2"));
        Assert.Contains("postgresql://127.0.0.1:1/nowhere", e.Message, StringComparison.Ordinal);
    }
}
