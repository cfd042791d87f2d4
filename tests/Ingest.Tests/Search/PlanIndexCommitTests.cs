using Ingest.Catalog;
using Ingest.Jobs;
using Ingest.Search;

namespace Ingest.Tests.Search;

/// <summary>Deferred commits: searches in the writing process see a change at once, other processes once it is committed.</summary>
public sealed class PlanIndexCommitTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task A_change_is_searchable_at_once_and_committed_within_the_delay()
    {
        using var archive = Archive.Open(_dir.Path);
        await new IngestPipeline(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor).AddAsync(CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt"));
        var plan = archive.Catalog.Plans.All()[0];
        var copy = plan with { Id = plan.Id + 1000 };

        archive.Index.Upsert(copy);
        archive.Index.CommitWithin(TimeSpan.FromSeconds(5));

        // The writing process reads through its writer (near-real-time): the copy is there now.
        Assert.Contains(copy.Id, archive.Index.PlanIds());
        // Another reader of the folder sees only commits: not yet …
        Assert.DoesNotContain(copy.Id, CommittedPlanIds());
        // … but within the delay.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!CommittedPlanIds().Contains(copy.Id) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Contains(copy.Id, CommittedPlanIds());
    }

    private IReadOnlyList<long> CommittedPlanIds()
    {
        using var other = PlanIndex.Open(Path.Combine(_dir.Path, "index"));
        return other.PlanIds();
    }

    public void Dispose() => _dir.Dispose();
}
