using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Catalog;
using Ingest.Export;
using Ingest.Jobs;

namespace Ingest.Tests.Jobs;

/// <summary>
/// The archivist's desk over files (issue 18) on a real archive (SQLite, Lucene, originals on
/// disk): the document browser's filters, order, pages and facets against the hand-written
/// records of the files; delete (catalog, index, original, page images gone, `verify` clean,
/// the audit trail kept); a retry offered only where it can help; reading a file again.
/// </summary>
public sealed class DeskTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Plans = [.. Enumerable.Range(1, 10).Select(i => CorpusFiles.Path_("plans", $"a{i:00}.txt"))];
    private static readonly string Pdf = CorpusFiles.Path_("pdf", "003_1c0ca89fe484ea2b.pdf");
    private static readonly string Damaged = CorpusFiles.Path_("bad", "password.pdf");

    private readonly TempDir _dir = new();
    private readonly Archive _archive;

    public DeskTests() => _archive = Archive.Open(_dir.Path);

    public async Task InitializeAsync()
    {
        var outcomes = await new IngestPipeline(_archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor)
            .AddAllAsync([.. Plans, Pdf, Damaged]).ToListAsync();
        Assert.Equal(IngestStatus.Failed, outcomes[^1].Status);
        Assert.All(outcomes.SkipLast(1), o => Assert.Equal(IngestStatus.Added, o.Status));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _archive.Dispose();
        _dir.Dispose();
    }

    // The first document of each corpus plan as its hand-written record gives it.
    private static IEnumerable<(string File, JsonElement First)> Gold() => Plans.Select(p =>
        (Path.GetFileName(p), JsonDocument.Parse(File.ReadAllText(CorpusArchive.RecordOf(p))).RootElement.GetProperty("documents")[0]));

    [Fact]
    public void The_browser_filters_sorts_and_pages_every_file_with_facets()
    {
        var all = _archive.Catalog.Browse(new FileQuery { PerPage = 200 });
        Assert.Equal(12, all.Total);
        // Newest first by default: the damaged file, received last, leads.
        Assert.Equal("password.pdf", all.Files[0].FileName);

        // Pages partition the list: 5 + 5 + 2, no file twice.
        var pages = Enumerable.Range(1, 3).Select(n => _archive.Catalog.Browse(new FileQuery { Page = n, PerPage = 5 })).ToList();
        Assert.Equal([5, 5, 2], pages.Select(p => p.Files.Count));
        Assert.Equal(all.Files.Select(f => f.Id), pages.SelectMany(p => p.Files).Select(f => f.Id));

        // By number, as numbers (58 before 128 before 712), the corpus files only: the order the
        // hand-written records give; files without a document (the damaged one) last.
        var byNumber = _archive.Catalog.Browse(new FileQuery { Sort = FileSort.Number, Descending = false, PerPage = 200 });
        var expected = Gold().OrderBy(g => int.Parse(g.First.GetProperty("number").GetString()!.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)).Select(g => g.File).ToList();
        Assert.Equal(expected, byNumber.Files.Select(f => f.FileName).Where(n => n.StartsWith('a')));
        Assert.Equal("password.pdf", byNumber.Files[^1].FileName);

        // By date, newest first, per the records.
        var byDate = _archive.Catalog.Browse(new FileQuery { Sort = FileSort.Date, PerPage = 200 });
        var dates = Gold().OrderByDescending(g => g.First.GetProperty("issued_on").GetString(), StringComparer.Ordinal).Select(g => g.File).ToList();
        Assert.Equal(dates, byDate.Files.Select(f => f.FileName).Where(n => n.StartsWith('a')));

        // Facets count files; each facet ignores its own filter, so choosing a kind keeps the others listed.
        var kinds = all.Facets["kind"].ToDictionary(f => f.Value, f => f.Count);
        var planFiles = Gold().Select(g => g.File).ToHashSet();
        var withPlan = Plans.Append(CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt")).Count(p =>
            JsonDocument.Parse(File.ReadAllText(CorpusArchive.RecordOf(p))).RootElement.GetProperty("documents").EnumerateArray().Any(d => d.GetProperty("kind").GetString() == "Kế hoạch"));
        Assert.Equal(withPlan, kinds["Kế hoạch"]);
        var onlyPlans = _archive.Catalog.Browse(new FileQuery { Kind = "Kế hoạch", PerPage = 200 });
        Assert.Equal(kinds["Kế hoạch"], onlyPlans.Total);
        Assert.Equal(all.Facets["kind"], onlyPlans.Facets["kind"]);
        Assert.Equal(1, all.Facets["status"].Single(f => f.Value == "failed").Count);

        // A year and an issuer narrow it to the plans the records date and name so.
        var in2021 = _archive.Catalog.Browse(new FileQuery { Year = 2021, PerPage = 200 });
        Assert.Equal(Gold().Where(g => g.First.GetProperty("issued_on").GetString()!.StartsWith("2021", StringComparison.Ordinal)).Select(g => g.File).Order(StringComparer.Ordinal),
            in2021.Files.Select(f => f.FileName).Where(planFiles.Contains).Order(StringComparer.Ordinal));
        var nghean = _archive.Catalog.Browse(new FileQuery { Issuer = "UBND tỉnh Nghệ An" });
        Assert.Equal(["a01.txt"], nghean.Files.Select(f => f.FileName));

        // Failed files, with their reason; a damaged file is offered no retry.
        var failed = _archive.Catalog.Browse(new FileQuery { Status = FileStatus.Failed });
        var damaged = Assert.Single(failed.Files);
        Assert.Equal(FileFailure.BadInput, damaged.Failure);
        Assert.False(damaged.RetryHelps);
        Assert.Contains("password", damaged.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reviewed_files_are_told_from_the_rest()
    {
        Assert.Equal(0, _archive.Catalog.Browse(new FileQuery { Reviewed = true }).Total);
        var plan = _archive.Catalog.Plans.ByNumber("712/KH-UBND").Single();
        Assert.Null(PlanCorrector.Correct(_archive, plan.Id, new JsonObject { ["reviewed"] = true }, "lan").Error);
        var reviewed = _archive.Catalog.Browse(new FileQuery { Reviewed = true });
        Assert.Equal(["a01.txt"], reviewed.Files.Select(f => f.FileName));
        Assert.True(reviewed.Plans[reviewed.Files[0].Id].Single().Reviewed);
        Assert.DoesNotContain(_archive.Catalog.Browse(new FileQuery { Reviewed = false, PerPage = 200 }).Files, f => f.FileName == "a01.txt");
        // Reprocessing keeps the person's mark (the corrections are laid over the new reading).
        _ = new Reprocessor(_archive, TestModels.Shared, TestModels.Extractor).RunAll(ReprocessFrom.Extract).ToList();
        Assert.Equal(["a01.txt"], _archive.Catalog.Browse(new FileQuery { Reviewed = true }).Files.Select(f => f.FileName));
    }

    [Fact]
    public async Task A_deleted_file_leaves_nothing_but_its_history()
    {
        var file = _archive.Catalog.Files().Single(f => f.FileName == Path.GetFileName(Pdf));
        var plans = _archive.Catalog.Plans.Of(file.Id);
        // Seed 003's plan has no number (its blank is left for the digital signature): found by its title.
        var title = string.Join(' ', plans[0].Document.Title!.Split(' ').Take(6));
        Assert.Contains(_archive.Index.Search(title), h => h.PlanId == plans[0].Id);
        // A cached page image, rendered as the plan page would.
        using (var images = new PageImages(_archive.Root))
        {
            var image = await images.GetAsync(file.Sha256, _archive.OriginalPath(file.Sha256, file.FileName), file.FileName, 1);
            Assert.Equal(PageImageStatus.Ready, image.Status);
        }
        Assert.True(Directory.Exists(PageImages.FolderOf(_archive.Root, file.Sha256)));

        var (deleted, error) = new FileDeleter(_archive).Delete(file.Id, "lan");
        Assert.Null(error);
        Assert.Equal(plans.Select(p => p.Id), deleted!.PlanIds);

        Assert.Null(_archive.Catalog.Stored(file.Id));
        Assert.Empty(_archive.Catalog.Plans.Of(file.Id));
        Assert.Empty(_archive.Catalog.Pages.Of(file.Id));
        Assert.DoesNotContain(_archive.Index.Search(title), h => plans.Any(p => p.Id == h.PlanId));
        Assert.DoesNotContain(_archive.Index.PlanIds(), id => plans.Any(p => p.Id == id));
        Assert.False(File.Exists(_archive.OriginalPath(file.Sha256, file.FileName)));
        Assert.False(Directory.Exists(PageImages.FolderOf(_archive.Root, file.Sha256)));
        using (var csv = new MemoryStream())
        {
            ExportKind.Find("plans")!.Write(_archive.Plans(new PlanFilter()), csv);
            Assert.DoesNotContain(file.FileName, System.Text.Encoding.UTF8.GetString(csv.ToArray()), StringComparison.Ordinal);
        }
        Assert.Empty(ArchiveVerifier.Verify(_archive));
        Assert.Contains(_archive.Catalog.Accounts.AuditOf(file.Id), a => a is { Action: "delete", Actor: "lan" });

        // Deleting it again, or a file that never was, says so and changes nothing.
        Assert.Equal($"no document {file.Id}", new FileDeleter(_archive).Delete(file.Id, "lan").Error);
        Assert.Equal(11, _archive.Catalog.Files().Count);
    }

    [Fact]
    public async Task An_index_job_that_read_a_file_before_its_delete_does_not_write_it_back()
    {
        // The race a CI run caught: the index job had read a02's plans from the catalog when the
        // archivist deleted it, then wrote them to the index after the delete had removed them.
        var file = _archive.Catalog.Files().Single(f => f.FileName == "a02.txt");
        var planIds = _archive.Catalog.Plans.Of(file.Id).Select(p => p.Id).ToList();
        using var read = new ManualResetEventSlim();
        var job = Task.Run(() => _archive.IndexFile(file.Id, _ =>
        {
            read.Set();
            Thread.Sleep(300); // the delete is asked for here, while the job holds what it read
        }));
        read.Wait(TimeSpan.FromSeconds(10));
        var (deleted, error) = await Task.Run(() => new FileDeleter(_archive).Delete(file.Id, "lan"));
        await job;
        Assert.Null(error);
        Assert.Equal(planIds, deleted!.PlanIds);
        _archive.Index.Commit();
        Assert.DoesNotContain(_archive.Index.PlanIds(), planIds.Contains);
        Assert.Empty(ArchiveVerifier.Verify(_archive));
    }

    [Fact]
    public void A_file_in_work_is_not_deleted_and_a_finished_one_can_be_read_again()
    {
        var file = _archive.Catalog.Files().Single(f => f.FileName == "a02.txt");
        Assert.True(_archive.Catalog.Queue.Reread(file.Id));
        Assert.False(_archive.Catalog.Queue.Reread(file.Id)); // queued already
        var claim = _archive.Catalog.Queue.TryClaim(file.Id, "test-run", "test");
        Assert.NotNull(claim);
        var (deleted, error) = new FileDeleter(_archive).Delete(file.Id, "lan");
        Assert.Null(deleted);
        Assert.Contains("being processed", error, StringComparison.Ordinal);
        Assert.NotEmpty(_archive.Catalog.Plans.Of(file.Id));
        Assert.True(File.Exists(_archive.OriginalPath(file.Sha256, file.FileName)));
    }
}
