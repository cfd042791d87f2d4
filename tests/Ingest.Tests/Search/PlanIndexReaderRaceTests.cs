using Ingest.Catalog;
using Ingest.Jobs;
using Ingest.Search;

namespace Ingest.Tests.Search;

/// <summary>
/// Another process (the CLI's search beside the service, a second worker) opens the index folder
/// while this one commits: it must see the last whole commit, never a half-written segments file —
/// also on a new archive's very first commit, which has no earlier commit to fall back to.
/// </summary>
public sealed class PlanIndexReaderRaceTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task A_reader_of_the_folder_never_fails_while_the_writer_commits()
    {
        StoredPlan plan;
        using (var archive = Archive.Open(Path.Combine(_dir.Path, "source")))
        {
            await new IngestPipeline(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor).AddAsync(CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt"));
            plan = archive.Catalog.Plans.All()[0];
        }

        var failures = new List<Exception>();
        for (var round = 0; round < 40; round++)
        {
            var path = Path.Combine(_dir.Path, $"index{round}");
            using var writer = PlanIndex.Open(path);
            using var stop = new CancellationTokenSource();
            var reading = Task.Run(() =>
            {
                using var other = PlanIndex.Open(path);
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        _ = other.PlanIds();
                    }
                    catch (Exception e) when (e is IOException)
                    {
                        lock (failures)
                        {
                            failures.Add(e);
                        }
                    }
                }
            });
            for (var i = 0; i < 5; i++)
            {
                writer.Upsert(plan with { Id = plan.Id + (round * 10) + i });
                writer.Commit();
            }
            await stop.CancelAsync();
            await reading;
            Assert.Equal(5, writer.PlanIds().Count);
        }
        Assert.Empty(failures.Select(f => f.Message).Distinct());
    }

    public void Dispose() => _dir.Dispose();
}
