namespace Ingest.Tests.App;

/// <summary>
/// The desk's verbs on a real archive (issue 18): `ingest files` lists every file sorted and
/// filtered, `ingest reprocess --file` runs one file again and names an unknown one, `ingest
/// delete` takes a file out and `ingest verify` stays clean.
/// </summary>
public sealed class DeskCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Files_are_listed_reprocessed_one_by_one_and_deleted()
    {
        var archive = Path.Combine(_dir.Path, "archive");
        var add = Cli.Run(_dir.Path, "add", "--archive", archive, CorpusFiles.Path_("plans", "a01.txt"), CorpusFiles.Path_("plans", "a05.txt"));
        Assert.True(add.Exit == 0, add.Err);

        // By number, as numbers: 58/KH-UBND (a05) before 712/KH-UBND (a01).
        var files = Cli.Run(_dir.Path, "files", "--archive", archive, "--sort", "number", "--ascending");
        Assert.True(files.Exit == 0, files.Err);
        Assert.True(files.Out.IndexOf("58/KH-UBND", StringComparison.Ordinal) < files.Out.IndexOf("712/KH-UBND", StringComparison.Ordinal), files.Out);
        Assert.Contains("2 files; 1–2 shown", files.Out, StringComparison.Ordinal);
        var planned = Cli.Run(_dir.Path, "files", "--archive", archive, "--issuer", "UBND tỉnh Nghệ An");
        Assert.Contains("1 files; 1–1 shown", planned.Out, StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run(_dir.Path, "files", "--archive", archive, "--sort", "colour").Exit);

        // Ids are given in the order added: a01 is 1.
        var one = Cli.Run(_dir.Path, "reprocess", "--archive", archive, "--file", "1");
        Assert.True(one.Exit == 0, one.Err);
        Assert.Contains("reprocessed 1 files", one.Out, StringComparison.Ordinal);
        var unknown = Cli.Run(_dir.Path, "reprocess", "--archive", archive, "--file", "99");
        Assert.Equal((2, "no document 99 with stored pages in the archive\n"), (unknown.Exit, unknown.Err));

        var delete = Cli.Run(_dir.Path, "delete", "--archive", archive, "1", "99");
        Assert.Equal(1, delete.Exit); // 99 is no file: named, the other deleted
        Assert.Contains("deleted 1: a01.txt (1 documents)", delete.Out, StringComparison.Ordinal);
        Assert.Contains("no document 99", delete.Err, StringComparison.Ordinal);
        Assert.Equal(1, Cli.Run(_dir.Path, "show", "712/KH-UBND", "--archive", archive).Exit);
        var verify = Cli.Run(_dir.Path, "verify", "--archive", archive);
        Assert.True(verify.Exit == 0, verify.Out + verify.Err);
        Assert.StartsWith("ok: 1 documents", verify.Out, StringComparison.Ordinal);
    }
}
