namespace Ingest.Tests.App;

/// <summary>
/// Read-only verbs on a missing archive: one line saying so, exit 2, and nothing created — not
/// an empty ./archive that then answers "no plans found" or "ok: 0 documents".
/// </summary>
public sealed class ReadOnlyVerbsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string[]> Verbs => new()
    {
        { new[] { "search", "11325/KH-UBND" } },
        { new[] { "show", "11325/KH-UBND" } },
        { new[] { "export", "plans", "-o", "plans.csv" } },
        { new[] { "verify" } },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void On_the_default_archive_missing_it_says_so_in_one_line_exits_2_and_creates_nothing(string[] verb)
    {
        var (exit, stdout, stderr) = Cli.Run(_dir.Path, verb);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal("no archive at ./archive; `ingest add FILE` creates one, or pass --archive DIR\n", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir.Path));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void On_a_named_archive_missing_it_names_it_and_creates_nothing(string[] verb)
    {
        var missing = Path.Combine(_dir.Path, "elsewhere", "archive");
        var (exit, _, stderr) = Cli.Run(_dir.Path, [.. verb, "--archive", missing]);
        Assert.Equal(2, exit);
        Assert.Equal($"no archive at {missing}; `ingest add FILE` creates one, or pass --archive DIR\n", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir.Path));
    }

    [Fact]
    public void A_folder_without_a_catalog_is_no_archive_and_stays_as_it_was()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.Path, "archive")).FullName;
        var (exit, _, stderr) = Cli.Run(_dir.Path, "search", "ke hoach");
        Assert.Equal(2, exit);
        Assert.StartsWith("no archive at ./archive;", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }
}
