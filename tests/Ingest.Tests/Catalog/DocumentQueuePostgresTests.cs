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
    public Task Of_eight_claimers_racing_on_each_file_exactly_one_wins() => DocumentQueueTests.EightClaimersRace(_pg.ConnectionString);
}
