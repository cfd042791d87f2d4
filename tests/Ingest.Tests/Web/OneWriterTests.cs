using Ingest.Tests.App;

namespace Ingest.Tests.Web;

/// <summary>
/// `ingest add` against an archive `ingest serve` is serving: refused in one line naming the
/// service (exit 2), never "added" and then lost; the readers still work and `ingest verify`
/// finds the catalog, the originals and the service's index in agreement.
/// </summary>
public sealed class OneWriterTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Ingest_add_into_a_served_archive_is_refused_naming_the_service_and_nothing_is_lost()
    {
        var archive = Path.Combine(_dir.Path, "archive");
        var first = Cli.Run(_dir.Path, "add", CorpusFiles.Path_("seeds", "004_feedb6838d389360.txt"), "--archive", archive);
        Assert.True(first.Exit == 0, first.Err);

        using var service = await ServiceProcess.ServeAsync(archive, jobs: 0, engines: 1);
        var url = service.Url!.ToString().TrimEnd('/');
        var add = Cli.Run(_dir.Path, "add", CorpusFiles.Path_("plans", "a01.txt"), "--archive", archive);
        Assert.Equal(2, add.Exit);
        Assert.Equal("", add.Out);
        var line = Assert.Single(add.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"archive {archive} is being served by `ingest serve` (pid ", line, StringComparison.Ordinal);
        Assert.Contains(url, line, StringComparison.Ordinal);

        // Readers take no lock: they work while the service holds the archive.
        var search = Cli.Run(_dir.Path, "search", "11325/KH-UBND", "--json", "--archive", archive);
        Assert.True(search.Exit == 0, search.Err);
        Assert.Contains("\"number\":\"11325/KH-UBND\"", search.Out, StringComparison.Ordinal);
        var verify = Cli.Run(_dir.Path, "verify", "--archive", archive);
        Assert.True(verify.Exit == 0, verify.Out + verify.Err);
        Assert.StartsWith("ok: 1 documents", verify.Out, StringComparison.Ordinal);
    }
}
