using Ingest.Catalog;

namespace Ingest.Tests.Catalog;

/// <summary>
/// The claim race on PostgreSQL (the catalog several machines' workers share): eight catalogs,
/// as eight processes, claim each of twenty files at once — exactly one wins each. Needs the
/// server `./test` starts (<see cref="ScratchPostgres"/>).
/// </summary>
public sealed class DocumentQueuePostgresTests : IDisposable
{
    private readonly ScratchPostgres _pg = new();

    public void Dispose() => _pg.Dispose();

    [Fact]
    public async Task Of_eight_claimers_racing_on_each_file_exactly_one_wins()
    {
        var catalogs = Enumerable.Range(0, 8).Select(_ => PlanCatalog.Open(_pg.ConnectionString)).ToList();
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
                Assert.Equal(winner.Owner, catalogs[0].Stored(id)!.JobId);
            }
            Assert.Equal(ids, catalogs[0].Runs().Select(r => r.FileId));
        }
        finally
        {
            catalogs.ForEach(c => c.Dispose());
        }
    }
}
