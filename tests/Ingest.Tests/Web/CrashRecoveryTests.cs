using Ingest.Catalog;
using Ingest.Jobs;

namespace Ingest.Tests.Web;

/// <summary>
/// kill -9 of `ingest serve` in the middle of a 20-file upload, then a restart on the same
/// archive: every file ends processed, each exactly once to completion, and the index holds each
/// plan once. The files are 20 of corpus/scans (real scans, real OCR), so the kill lands mid-work.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Killed_mid_upload_then_restarted_every_file_is_processed_exactly_once()
    {
        var files = Directory.GetFiles(CorpusFiles.Path_("scans"), "*.pdf").Order(StringComparer.Ordinal).Take(20).ToList();
        Assert.Equal(20, files.Count);
        var archive = Path.Combine(_dir.Path, "archive");

        using (var first = await ServiceProcess.ServeAsync(archive))
        {
            using var http = first.Client();
            var accepted = await ServiceProcess.UploadAsync(http, files);
            Assert.Equal(20, accepted.GetArrayLength());
            // Kill once some files are done and one is in work: the crash lands mid-file. Three
            // done is not enough on its own: both workers can be between files (an index job, a
            // claim not yet made), and a kill there interrupts nothing (CI run of stop 27).
            await ServiceProcess.WaitUntilAsync(async () =>
            {
                var statuses = (await ServiceProcess.FilesAsync(http)).Select(d => d.GetProperty("status").GetString()).ToList();
                return statuses.Count(s => s == "done") >= 3 && statuses.Contains("processing");
            }, TimeSpan.FromMinutes(5), "three files done and one in work");
            first.Kill();
        }
        using (var catalog = PlanCatalog.Open(Path.Combine(archive, "catalog.db")))
        {
            var done = catalog.Files().Count(d => d.Status == FileStatus.Done);
            Assert.InRange(done, 3, 19);
        }

        using (var second = await ServiceProcess.ServeAsync(archive))
        {
            using var http = second.Client();
            await ServiceProcess.WaitUntilAsync(async () =>
                (await ServiceProcess.FilesAsync(http)).All(d => d.GetProperty("status").GetString() is "done" or "failed"),
                TimeSpan.FromMinutes(8), "all 20 files finished after the restart");
            var docs = await ServiceProcess.FilesAsync(http);
            Assert.Equal(20, docs.Length);
            Assert.All(docs, d => Assert.Equal("done", d.GetProperty("status").GetString()));
            // Index jobs run after their files: wait until the committed index holds exactly the
            // catalog's plans (read from this process; readers take no lock from the service's writer).
            await ServiceProcess.WaitUntilAsync(() =>
            {
                using var view = Archive.Open(archive);
                return Task.FromResult(view.Catalog.Plans.Ids().Order().SequenceEqual(view.Index.PlanIds().Order()));
            }, TimeSpan.FromSeconds(60), "the index to hold every plan of the catalog");
        }

        using var store = Archive.Open(archive);
        var runs = store.Catalog.Runs();
        foreach (var doc in store.Catalog.Files())
        {
            // Exactly one run per file finished; the killed ones left an unfinished run at most.
            Assert.Equal(1, runs.Count(r => r.FileId == doc.Id && r.Finished));
            Assert.InRange(runs.Count(r => r.FileId == doc.Id), 1, 2);
            Assert.NotEmpty(store.Catalog.Plans.Of(doc.Id));
        }
        Assert.Contains(runs, r => !r.Finished); // the kill interrupted at least one file
        var plans = store.Catalog.Plans.All().Select(p => p.Id).Order().ToList();
        Assert.Equal(plans, store.Index.PlanIds().Order());
    }
}
