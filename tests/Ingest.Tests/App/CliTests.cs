using System.Text.Json;

namespace Ingest.Tests.App;

/// <summary>The executable itself, run as a user runs it (the launcher adds only install and build).</summary>
public class CliTests
{
    private static (int Exit, string Out, string Err) Run(string workDir, params string[] args) => Cli.Run(workDir, args);

    [Fact]
    public void Extract_prints_the_plan_and_its_cover_letter_as_json()
    {
        var (exit, stdout, stderr) = Run(CorpusFiles.Root, "extract", CorpusFiles.Path_("pdf", "004_feedb6838d389360.pdf"));
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var docs = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Contains(docs, d => d.GetProperty("kind").GetString() == "Kế hoạch"
            && d.GetProperty("number").GetString() == "11325/KH-UBND"
            && d.GetProperty("issued_on").GetString() == "2017-11-02");
        Assert.Contains(docs, d => d.GetProperty("number").GetString() == "2123/STP-VP");
    }

    [Fact]
    public void Add_search_show_and_export_work_end_to_end()
    {
        using var dir = new TempDir();
        var archive = Path.Combine(dir.Path, "archive");
        var add = Run(dir.Path, "add", CorpusFiles.Path_("pdf"), "--archive", archive);
        Assert.True(add.Exit == 0, add.Err);
        var again = Run(dir.Path, "add", CorpusFiles.Path_("pdf", "004_feedb6838d389360.pdf"), "--archive", archive);
        Assert.Contains("already in the archive", again.Out, StringComparison.Ordinal);

        var search = Run(dir.Path, "search", "11325 kh-ubnd", "--json", "--archive", archive);
        Assert.True(search.Exit == 0, search.Err);
        var first = JsonDocument.Parse(search.Out.Split('\n')[0]).RootElement;
        Assert.Equal("11325/KH-UBND", first.GetProperty("number").GetString());
        Assert.Equal("004_feedb6838d389360.pdf", first.GetProperty("source").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);

        var show = Run(dir.Path, "show", "11325/KH-UBND", "--json", "--archive", archive);
        Assert.Equal("UBND tỉnh Đồng Nai", JsonDocument.Parse(show.Out).RootElement.GetProperty("issuer").GetString());

        var csv = Path.Combine(dir.Path, "x.csv");
        var export = Run(dir.Path, "export", "plans", "-o", csv, "--archive", archive);
        Assert.True(export.Exit == 0, export.Err);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(csv)[..3]);

        var deadlines = Path.Combine(dir.Path, "d.csv");
        var filtered = Run(dir.Path, "export", "deadlines", "--issuer", "dong nai", "--from", "2017-11", "--query", "cites:1258/QĐ-TTg", "-o", deadlines, "--archive", archive);
        Assert.True(filtered.Exit == 0, filtered.Err);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(deadlines)[..3]);
        var lines = File.ReadAllLines(deadlines);
        Assert.StartsWith("plan_number,plan_issued_on,plan_issuer,plan_title,due,", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("11325/KH-UBND,2017-11-02,UBND tỉnh Đồng Nai,", l, StringComparison.Ordinal));
        Assert.Equal(2, Run(dir.Path, "export", "quotas", "--to", "soon", "-o", deadlines, "--archive", archive).Exit);

        var reprocess = Run(dir.Path, "reprocess", "--from", "extract", "--archive", archive);
        Assert.True(reprocess.Exit == 0, reprocess.Err);
        Assert.Contains("0 failed", reprocess.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_exits_nonzero_after_adding_the_good_files_when_one_is_bad()
    {
        using var dir = new TempDir();
        var bad = Path.Combine(dir.Path, "broken.pdf");
        File.WriteAllText(bad, "not a pdf at all");
        var (exit, stdout, stderr) = Run(dir.Path, "add", bad, CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt"), "--archive", Path.Combine(dir.Path, "a"));
        Assert.Equal(1, exit);
        Assert.Contains("broken.pdf: ", stderr, StringComparison.Ordinal);
        Assert.Contains("added", stdout, StringComparison.Ordinal);
    }
}

public class DemoTests
{
    [Fact]
    public void Demo_prints_the_plan_and_its_cover_letter_from_004()
    {
        using var dir = new TempDir();
        var (exit, stdout, stderr) = Cli.Run(dir.Path, "demo", "--corpus", CorpusFiles.Corpus, "--archive", Path.Combine(dir.Path, "demo"));
        Assert.True(exit == 0, stderr);
        var rows = stdout.Split('\n');
        Assert.Contains(rows, r => r.Contains("11325/KH-UBND", StringComparison.Ordinal) && r.Contains("2017-11-02", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("2123/STP-VP", StringComparison.Ordinal) && r.Contains("2017-11-08", StringComparison.Ordinal));
        Assert.Contains("ingest search \"chung tay vi nguoi ngheo\"", stdout, StringComparison.Ordinal);
    }
}
