using Ingest.Catalog;
using Ingest.Jobs;
using Microsoft.Data.Sqlite;

namespace Ingest.Tests.Catalog;

/// <summary>The references, deadlines, quotas and targets tables (migration 3) on a real archive of corpus texts.</summary>
public sealed class PlanItemTablesTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Tables = ["plan_references", "plan_deadlines", "plan_quotas", "plan_targets"];
    private readonly TempDir _dir = new();
    private string CatalogPath => Path.Combine(_dir.Path, "catalog.db");

    public async Task InitializeAsync()
    {
        using var archive = Archive.Open(_dir.Path);
        string[] files = [CorpusFiles.Path_("seeds", "004_feedb6838d389360.txt"), CorpusFiles.Path_("plans", "a01.txt"), CorpusFiles.Path_("plans", "a03.txt")];
        var outcomes = await new IngestPipeline(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor).AddAllAsync(files).ToListAsync();
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _dir.Dispose();

    private SqliteConnection Connect()
    {
        var db = new SqliteConnection($"Data Source={CatalogPath};Pooling=false");
        db.Open();
        return db;
    }

    // Every row of a table as one line, in plan then item order.
    private List<string> Dump(string table)
    {
        using var db = Connect();
        return TableDump.Rows(db, $"SELECT * FROM {table} ORDER BY plan_id, ordinal");
    }

    [Fact]
    public void Saved_plans_fill_one_row_per_item()
    {
        using var catalog = PlanCatalog.Open(CatalogPath);
        var plans = catalog.Plans.All();
        Assert.Equal(plans.Sum(p => p.Document.References.Count), Dump("plan_references").Count);
        Assert.Equal(plans.Sum(p => p.Document.Deadlines.Count), Dump("plan_deadlines").Count);
        Assert.Equal(plans.Sum(p => p.Document.Quotas.Count), Dump("plan_quotas").Count);
        Assert.Equal(plans.Sum(p => p.Document.Targets.Count), Dump("plan_targets").Count);
        Assert.Contains(Dump("plan_deadlines"), r => r.Contains(" | 2018-10-15 | day | before | ", StringComparison.Ordinal)
            && r.Contains("[\"Các đơn vị\"] | IV.2", StringComparison.Ordinal));
    }

    [Fact]
    public void Citing_and_due_queries_agree_with_the_records()
    {
        using var catalog = PlanCatalog.Open(CatalogPath);
        var plans = catalog.Plans.All();
        Assert.Equal(
            plans.Where(p => p.Document.References.Any(r => r.Number == "1258/QĐ-TTg")).Select(p => p.Document.Number),
            catalog.Plans.Citing("1258 qd-ttg").Select(p => p.Document.Number));
        Assert.Equal(["11325/KH-UBND", "2345/KH-UBND"], catalog.Plans.Citing("1258/QĐ-TTg").Select(p => p.Document.Number));
        Assert.Equal(
            plans.Where(p => p.Document.Deadlines.Any(d => d.Due.ToString().StartsWith("2020-10", StringComparison.Ordinal))).Select(p => p.Id),
            catalog.Plans.Due("2020-10").Select(p => p.Id));
        Assert.NotEmpty(catalog.Plans.Due("2020-10"));
    }

    [Fact]
    public void Migration_fills_the_tables_from_the_plans_an_older_build_stored()
    {
        var written = Tables.ToDictionary(t => t, Dump);
        const string Browsed = "SELECT id, number_value, reviewed FROM plans ORDER BY id";
        List<string> browsed;
        using (var db = Connect())
        {
            browsed = TableDump.Rows(db, Browsed);
            // The archive as build 2 left it: documents, pages and plans with their record_json —
            // every table a later migration added dropped, whichever migrations there are now.
            var later = TableDump.Rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('documents', 'pages', 'plans')");
            using var cmd = db.CreateCommand();
            cmd.CommandText = string.Concat(later.Select(t => $"DROP TABLE {t};")) + "DROP INDEX plans_document_id; ALTER TABLE documents DROP COLUMN job_id; "
                + "ALTER TABLE documents DROP COLUMN stage; ALTER TABLE documents DROP COLUMN pages_done; ALTER TABLE documents DROP COLUMN failure; "
                + "DROP INDEX plans_issued_on; ALTER TABLE plans DROP COLUMN reviewed; ALTER TABLE plans DROP COLUMN number_value; "
                + "ALTER TABLE pages DROP COLUMN regions_json; PRAGMA user_version = 2;";
            cmd.ExecuteNonQuery();
        }
        PlanCatalog.Open(CatalogPath).Dispose(); // opening migrates
        // The document browser's columns are filled from record_json as the saving code fills them.
        using (var db = Connect())
        {
            Assert.Contains(browsed, r => r.Split(" | ")[1].Length > 0);
            Assert.Equal(browsed, TableDump.Rows(db, Browsed));
        }
        foreach (var t in Tables)
        {
            Assert.NotEmpty(written[t]);
            Assert.Equal(written[t], Dump(t));
        }
    }
}
