using Ingest.Catalog;
using Ingest.Jobs;
using Ingest.Tests.App;

namespace Ingest.Tests.Jobs;

/// <summary>
/// <c>ingest add corpus/bad</c> run as a user runs it, each file's outcome held to the
/// hand-written corpus/bad/expected.tsv; then <c>ingest verify</c> on the archive it left.
/// </summary>
public sealed class BadCorpusTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>One row of expected.tsv.</summary>
    public sealed record Expected(string File, string Status, int? Page, IReadOnlyList<string> Words);

    private static List<Expected> Manifest() =>
        File.ReadAllLines(CorpusFiles.Path_("bad", "expected.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("file\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(c => new Expected(c[0], c[1], c[2] == "-" ? null : int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), c[3].Split("; ")))
            .ToList();

    [Fact]
    public void The_manifest_lists_every_file_of_the_folder_once()
    {
        var files = Directory.GetFiles(CorpusFiles.Path_("bad"), "*.pdf").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(files, Manifest().Select(e => e.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Add_gives_each_bad_file_its_one_line_reason_adds_the_good_ones_and_exits_1_then_verify_passes()
    {
        var archive = Path.Combine(_dir.Path, "archive");
        var (exit, stdout, stderr) = Cli.Run(_dir.Path, "add", CorpusFiles.Path_("bad"), "--archive", archive);
        Assert.True(exit == 1, $"exit {exit}\n{stdout}\n{stderr}");
        var outLines = stdout.Split('\n');
        var errLines = stderr.Split('\n');

        using (var store = Archive.Open(archive))
        {
            var documents = store.Catalog.Files();
            var plans = store.Catalog.Plans.All();
            foreach (var e in Manifest())
            {
                // Exactly one line of output names the file.
                var lines = outLines.Concat(errLines).Where(l => l.Contains($" {e.File}: ", StringComparison.Ordinal)).ToList();
                Assert.True(lines.Count == 1, $"{e.File}: {lines.Count} lines\n{stdout}\n{stderr}");
                var line = lines[0];
                switch (e.Status)
                {
                    case "failed":
                        var prefix = e.Page is null ? $"failed:   {e.File}: " : $"failed:   {e.File}: page {e.Page}: ";
                        Assert.StartsWith(prefix, line, StringComparison.Ordinal);
                        if (e.Page is null)
                        {
                            Assert.DoesNotContain($"{e.File}: page ", line, StringComparison.Ordinal);
                        }
                        Assert.All(e.Words, w => Assert.Contains(w, line, StringComparison.Ordinal));
                        if (line.Contains("; not kept", StringComparison.Ordinal))
                        {
                            // Refused by its first bytes or its size before it is kept (issue 17): no entry, no original.
                            Assert.DoesNotContain(documents, d => d.FileName == e.File);
                            break;
                        }
                        // The catalog holds the same one-line reason.
                        var doc = Assert.Single(documents, d => d.FileName == e.File);
                        Assert.Equal(FileStatus.Failed, doc.Status);
                        Assert.NotNull(doc.Error);
                        Assert.DoesNotContain('\n', doc.Error);
                        Assert.Contains(doc.Error, line, StringComparison.Ordinal);
                        break;
                    case "ok":
                        Assert.StartsWith($"added     {e.File}: ", line, StringComparison.Ordinal);
                        Assert.Contains(plans, p => p.Source == e.File && p.Document.Number == e.Words[0]);
                        Assert.Equal(FileStatus.Done, Assert.Single(documents, d => d.FileName == e.File).Status);
                        break;
                    case "unchanged":
                        Assert.StartsWith($"unchanged {e.File}: ", line, StringComparison.Ordinal);
                        // Its content is stored once, under the first name it came with.
                        Assert.DoesNotContain(documents, d => d.FileName == e.File);
                        Assert.Contains(plans, p => p.Document.Number == e.Words[0]);
                        break;
                    default:
                        Assert.Fail($"{e.File}: unknown expected status '{e.Status}'");
                        break;
                }
            }
        }

        var verify = Cli.Run(_dir.Path, "verify", "--archive", archive);
        Assert.True(verify.Exit == 0, verify.Out + verify.Err);
        Assert.StartsWith("ok: ", verify.Out, StringComparison.Ordinal);

        // An original lost after the fact: verify names the file and fails.
        using (var store = Archive.Open(archive))
        {
            var doc = store.Catalog.Files().First(d => d.FileName == "jbig2.pdf");
            File.Delete(store.OriginalPath(doc.Sha256, doc.FileName));
        }
        var broken = Cli.Run(_dir.Path, "verify", "--archive", archive);
        Assert.Equal(1, broken.Exit);
        Assert.Contains("jbig2.pdf: original missing", broken.Out, StringComparison.Ordinal);
    }
}
