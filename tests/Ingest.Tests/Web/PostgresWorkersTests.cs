using Ingest.Catalog;
using Ingest.Jobs;

namespace Ingest.Tests.Web;

/// <summary>
/// Scale-out on a real PostgreSQL (started by ./test): `ingest serve --jobs 0` takes uploads and
/// indexes, two `ingest worker` processes share the queue; each file is processed once, both
/// workers take part, and every plan becomes searchable on the service.
/// </summary>
public sealed class PostgresWorkersTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly ScratchPostgres _pg = new();

    public void Dispose()
    {
        _pg.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task Two_workers_share_the_queue_and_process_each_file_once()
    {
        var archive = Path.Combine(_dir.Path, "archive");
        using var service = await ServiceProcess.ServeAsync(archive, _pg.ConnectionString, jobs: 0);
        using var w1 = ServiceProcess.Worker(archive, _pg.ConnectionString);
        using var w2 = ServiceProcess.Worker(archive, _pg.ConnectionString);
        using var http = service.Client();
        string[] names = ["a02-200.pdf", "a03-200.pdf", "a04-200.pdf", "a05-200.pdf", "b02-200.pdf", "b03-200.pdf"];
        await ServiceProcess.UploadAsync(http, names.Select(n => CorpusFiles.Path_("scans", n)));
        await ServiceProcess.WaitUntilAsync(async () =>
            (await ServiceProcess.FilesAsync(http)).All(d => d.GetProperty("status").GetString() == "done"),
            TimeSpan.FromMinutes(5), "the workers to finish six scans\n" + w1.Log + w2.Log);
        await ServiceProcess.WaitUntilAsync(async () =>
            (await http.GetStringAsync("/api/search?q=58/KH-UBND")).Contains("58/KH-UBND", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the service to index what the workers finished");

        // The upload page lists the newest files only.
        var newest = await ServiceProcess.FilesAsync(http, limit: 2);
        Assert.Equal(
            (await ServiceProcess.FilesAsync(http)).Take(2).Select(d => d.GetProperty("id").GetInt64()),
            newest.Select(d => d.GetProperty("id").GetInt64()));
        Assert.All(newest, d => Assert.NotEmpty(d.GetProperty("plans").EnumerateArray()));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await http.GetAsync("/api/documents?limit=0")).StatusCode);

        using var catalog = PlanCatalog.Open(_pg.ConnectionString);
        var runs = catalog.Runs();
        Assert.Equal(names.Length, runs.Count);
        Assert.All(runs, r => Assert.True(r.Finished));
        Assert.Equal(names.Length, runs.Select(r => r.FileId).Distinct().Count());
        Assert.Equal(2, catalog.RunWorkers().Distinct().Count());
    }
}
