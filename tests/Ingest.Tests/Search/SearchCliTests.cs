using System.Text.Json;
using System.Text.RegularExpressions;
using Ingest.Tests.App;

namespace Ingest.Tests.Search;

/// <summary>
/// Issue 18 through the executable: `ingest search` pages, sorts and prints the total;
/// `ingest add` names the entry holding bytes already archived and notes a rescan;
/// `ingest show` says whose possible duplicate a plan is; `ingest export` takes --kind and --year.
/// </summary>
public sealed partial class SearchCliTests
{
    [Fact]
    public void Search_pages_and_sorts_add_and_show_name_duplicates_export_takes_kind_and_year()
    {
        using var dir = new TempDir();
        var archive = Path.Combine(dir.Path, "archive");
        var rescan = Path.Combine(dir.Path, "a05-rescan.txt");
        File.WriteAllText(rescan, File.ReadAllText(CorpusFiles.Path_("plans", "a05.txt")) + "\n");
        var add = Cli.Run(dir.Path, ["add", CorpusFiles.Path_("plans", "a05.txt"), CorpusFiles.Path_("plans", "a01.txt"), CorpusFiles.Path_("plans", "a02.txt"),
            CorpusFiles.Path_("plans", "b01.txt"), CorpusFiles.Path_("plans", "b02.txt"), CorpusFiles.Path_("seeds", "004_feedb6838d389360.txt"), rescan, "--archive", archive]);
        Assert.True(add.Exit == 0, add.Err);
        Assert.Matches(@"a05-rescan\.txt: possible duplicate of 58/KH-UBND \(a05\.txt, document 1\): same number, date and issuer", add.Out);

        var copy = Path.Combine(dir.Path, "same-bytes.txt");
        File.Copy(CorpusFiles.Path_("plans", "a01.txt"), copy);
        var again = Cli.Run(dir.Path, ["add", copy, "--archive", archive]);
        Assert.Contains("same-bytes.txt: already in the archive as a01.txt (document 2)", again.Out, StringComparison.Ordinal);

        // --json: one hit per line on stdout, the count on stderr.
        var all = Cli.Run(dir.Path, ["search", "kế hoạch", "--json", "--limit", "200", "--archive", archive]);
        Assert.True(all.Exit == 0, all.Err);
        var hits = all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(hits.Count >= 5);
        Assert.Contains($"{hits.Count} plans; 1–{hits.Count}", all.Err, StringComparison.Ordinal);
        // The rescan is under its original, not a hit of its own.
        Assert.Single(hits, h => h.GetProperty("number").GetString() == "58/KH-UBND");

        var page2 = Cli.Run(dir.Path, ["search", "kế hoạch", "--limit", "2", "--page", "2", "--archive", archive]);
        Assert.True(page2.Exit == 0, page2.Err);
        Assert.Contains($"{hits.Count} plans; 3–4", page2.Out, StringComparison.Ordinal);

        var byDate = Cli.Run(dir.Path, ["search", "kế hoạch", "--json", "--limit", "200", "--sort", "date", "--archive", archive]);
        var dates = byDate.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("issued_on").GetString()).OfType<string>().ToList();
        Assert.True(dates.Count >= 5);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.NotEqual(0, Cli.Run(dir.Path, ["search", "kế hoạch", "--sort", "title", "--archive", archive]).Exit);

        var show = Cli.Run(dir.Path, ["show", "58/KH-UBND", "--archive", archive]);
        Assert.True(show.Exit == 0, show.Err);
        Assert.Single(NoteLine().Matches(show.Out));

        var csv = Path.Combine(dir.Path, "p.csv");
        var export = Cli.Run(dir.Path, ["export", "plans", "--kind", "ke hoach", "--year", "2015", "-o", csv, "--archive", archive]);
        Assert.True(export.Exit == 0, export.Err);
        var rows = File.ReadAllLines(csv).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(",2015-", r, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"possible duplicate of 58/KH-UBND \(a05\.txt, document 1\)")]
    private static partial Regex NoteLine();
}
