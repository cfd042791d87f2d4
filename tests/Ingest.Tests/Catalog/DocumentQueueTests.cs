using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Ingest.Catalog;
using Ingest.Jobs;

namespace Ingest.Tests.Catalog;

/// <summary>
/// One claim path: claimers racing on a file (separate catalogs over one SQLite file, as separate
/// processes are) — exactly one wins; `ingest add` and the service's job leave a file the other
/// holds; a run that lost its claim cannot write its result over the new owner's.
/// </summary>
public sealed class DocumentQueueTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string CatalogPath => Path.Combine(_dir.Path, "catalog.db");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public Task Of_eight_claimers_racing_on_each_file_exactly_one_wins() => EightClaimersRace(CatalogPath);

    /// <summary>Eight catalogs on one database claim each of 20 files at the same instant: one wins each, and only its run is recorded.</summary>
    internal static async Task EightClaimersRace(string location)
    {
        var catalogs = Enumerable.Range(0, 8).Select(_ => PlanCatalog.Open(location)).ToList();
        try
        {
            var ids = Enumerable.Range(0, 20).Select(i => catalogs[0].AddFile($"sha{i}", $"f{i}.pdf", DateTimeOffset.UtcNow)).ToList();
            foreach (var id in ids)
            {
                using var start = new Barrier(catalogs.Count);
                var claims = await Task.WhenAll(catalogs.Select((c, i) => Task.Run(() =>
                {
                    start.SignalAndWait();
                    return c.Queue.TryClaim(id, $"job-{i}", $"worker-{i}");
                })));
                var winner = Assert.Single(claims, c => c is not null)!;
                var file = catalogs[0].Stored(id)!;
                Assert.Equal((FileStatus.Processing, winner.Owner), (file.Status, file.JobId));
            }
            // One run recorded per file: the losers started nothing.
            Assert.Equal(ids, catalogs[0].Runs().Select(r => r.FileId));
        }
        finally
        {
            catalogs.ForEach(c => c.Dispose());
        }
    }


    [Fact]
    public void A_claim_moves_only_queued_files_and_the_same_owner_may_claim_again()
    {
        using var catalog = PlanCatalog.Open(CatalogPath);
        var id = catalog.AddFile("sha", "f.pdf", DateTimeOffset.UtcNow);
        var claim = catalog.Queue.TryClaim(id, "7", "w")!;
        Assert.NotNull(catalog.Queue.TryClaim(id, "7", "w")); // Hangfire re-runs job 7 after its worker died
        Assert.Null(catalog.Queue.TryClaim(id, "8", "w"));
        Assert.True(catalog.Queue.Fail(claim, "f.pdf: page 1: unreadable"));
        Assert.Null(catalog.Queue.TryClaim(id, "8", "w")); // failed stays failed until retried
        Assert.True(catalog.Queue.Retry(id));
        Assert.False(catalog.Queue.Retry(id)); // already queued
        var again = catalog.Queue.TryClaim(id, "8", "w")!;
        Assert.True(catalog.Queue.Finish(again));
        Assert.Equal(FileStatus.Done, catalog.Stored(id)!.Status);
        Assert.Null(catalog.Queue.TryClaim(id, "9", "w"));
    }

    [Fact]
    public void A_run_that_lost_its_claim_to_a_requeue_cannot_overwrite_the_new_run()
    {
        using var catalog = PlanCatalog.Open(CatalogPath);
        var id = catalog.AddFile("sha", "f.pdf", DateTimeOffset.UtcNow);
        var stale = catalog.Queue.TryClaim(id, "1", "w")!;
        catalog.Queue.Requeue(id); // the service took job 1 for dead
        var fresh = catalog.Queue.TryClaim(id, "2", "w")!;
        Assert.False(catalog.Queue.Fail(stale, "late failure"));
        Assert.Equal((FileStatus.Processing, "2"), (catalog.Stored(id)!.Status, catalog.Stored(id)!.JobId));
        Assert.True(catalog.Queue.Finish(fresh));
        Assert.Equal(FileStatus.Done, catalog.Stored(id)!.Status);
    }

    [Fact]
    public async Task Ingest_add_leaves_a_file_the_service_job_holds_and_the_job_leaves_one_ingest_add_holds()
    {
        var seed = CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt");
        var other = CorpusFiles.Path_("plans", "a01.txt");
        using var archive = Archive.Open(_dir.Path);
        var pipeline = new IngestPipeline(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor);

        // A file received by the service and claimed by its job: the CLI does not process it too.
        StoredFile received;
        using (var content = File.OpenRead(seed))
        {
            received = pipeline.Receive(Path.GetFileName(seed), content);
        }
        Assert.NotNull(archive.Catalog.Queue.TryClaim(received.Id, "42", "serve"));
        var outcome = await pipeline.AddAsync(seed);
        Assert.Equal(IngestStatus.InProgress, outcome.Status);
        Assert.Contains("processing by 42", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(("42", 1), (archive.Catalog.Stored(received.Id)!.JobId, archive.Catalog.Runs().Count));
        Assert.Empty(archive.Catalog.Plans.Of(received.Id));

        // A file the CLI holds (claimed under its owner name): the service's job stops at the claim.
        StoredFile held;
        using (var content = File.OpenRead(other))
        {
            held = pipeline.Receive(Path.GetFileName(other), content);
        }
        Assert.NotNull(archive.Catalog.Queue.TryClaim(held.Id, IngestPipeline.OwnerPrefix + "elsewhere:1:x", "cli"));
        var jobs = new RecordingJobClient();
        await new FileJob(archive, pipeline, jobs).ProcessAsync(held.Id, null, CancellationToken.None);
        Assert.Equal(FileStatus.Processing, archive.Catalog.Stored(held.Id)!.Status);
        Assert.Empty(archive.Catalog.Plans.Of(held.Id));
        Assert.Empty(jobs.Created);
    }

    // FileJob hands a finished file to the index queue through this: recorded, never run.
    private sealed class RecordingJobClient : IBackgroundJobClient
    {
        public List<Job> Created { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add(job);
            return $"{Created.Count}";
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => false;
    }
}
