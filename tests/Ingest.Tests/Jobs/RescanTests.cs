using System.Text.Json.Nodes;
using Ingest.Catalog;
using Ingest.Jobs;
using Ingest.Search;

namespace Ingest.Tests.Jobs;

/// <summary>
/// Issue 18, rescans: a plan that reads as one archived from an earlier file (same number, date
/// and issuer, or near-identical text) is flagged as its possible duplicate and grouped under it
/// in search; bytes already archived are named, not stored twice.
/// </summary>
public sealed class RescanTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Archive _archive;

    public RescanTests() => _archive = Archive.Open(Path.Combine(_dir.Path, "archive"));

    public void Dispose()
    {
        _archive.Dispose();
        _dir.Dispose();
    }

    private IngestPipeline Pipeline() => new(_archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor);

    private static string A05 => File.ReadAllText(CorpusFiles.Path_("plans", "a05.txt"));

    // A copy of a corpus text under another name, changed as given: one byte, or its number.
    private string Variant(string name, string text)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<List<IngestOutcome>> AddAsync(params string[] paths)
    {
        var outcomes = await Pipeline().AddAllAsync(paths).ToListAsync();
        Assert.All(outcomes, o => Assert.NotEqual(IngestStatus.Failed, o.Status));
        return outcomes;
    }

    [Fact]
    public async Task A_copy_one_byte_apart_is_a_possible_duplicate_grouped_under_the_original_in_search()
    {
        var outcomes = await AddAsync(
            CorpusFiles.Path_("plans", "a05.txt"),
            Variant("a05-rescan.txt", A05 + "\n"),
            CorpusFiles.Path_("plans", "a01.txt"),
            CorpusFiles.Path_("plans", "b01.txt"));
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
        var original = outcomes[0].Plans.Single(p => p.Document.Number == "58/KH-UBND");
        var copy = outcomes[1].Plans.Single(p => p.Document.Number == "58/KH-UBND");

        var found = _archive.Catalog.Duplicates.Of(copy.Id);
        Assert.NotNull(found);
        Assert.Equal((original.Id, original.FileId, "a05.txt", "58/KH-UBND", DuplicateStore.SameHeader),
            (found.OriginalPlanId, found.OriginalFileId, found.OriginalSource, found.OriginalNumber, found.Reason));
        Assert.StartsWith("possible duplicate of 58/KH-UBND (a05.txt, document ", found.Describe(), StringComparison.Ordinal);
        // The original is not a duplicate of its copy, and two different plans of one genre are not duplicates.
        Assert.Null(_archive.Catalog.Duplicates.Of(original.Id));
        Assert.Empty(_archive.Catalog.Duplicates.Of([.. outcomes[2].Plans.Concat(outcomes[3].Plans).Select(p => p.Id)]));

        // One hit for the two, the copy under it; the total counts them once.
        foreach (var query in (string[])["58/KH-UBND", "thiên tai Hoàng Su Phì", "year:2015 issuer:\"hoang su phi\""])
        {
            var result = _archive.Index.Search(new SearchRequest(query, 1, 20));
            var hit = Assert.Single(result.Hits, h => h.Number == "58/KH-UBND");
            Assert.Equal(original.Id, hit.PlanId);
            Assert.Equal([new SearchCopy(copy.Id, copy.FileId, "a05-rescan.txt")], hit.Copies);
            Assert.Equal(result.Hits.Count, result.Total);
            Assert.Equal(1, result.Facets.Year.Single(y => y.Value == "2015").Count);
            Assert.DoesNotContain(copy.Id, _archive.Index.Matches(query));
        }

        // The grouping survives a rebuild of the index from the catalog.
        _archive.Index.Rebuild(_archive.Catalog);
        Assert.Equal([copy.Id], _archive.Index.Search(new SearchRequest("58/KH-UBND")).Hits.Single().Copies.Select(c => c.PlanId));
    }

    [Fact]
    public async Task Near_identical_text_under_another_number_is_a_possible_duplicate_by_text_and_a_correction_counts()
    {
        var outcomes = await AddAsync(
            CorpusFiles.Path_("plans", "a05.txt"),
            Variant("a05-misread.txt", A05.Replace("Số: 58/KH-UBND", "Số: 68/KH-UBND", StringComparison.Ordinal)));
        var original = outcomes[0].Plans.Single(p => p.Document.Number == "58/KH-UBND");
        var copy = outcomes[1].Plans.Single(p => p.Document.Number == "68/KH-UBND");

        var found = _archive.Catalog.Duplicates.Of(copy.Id);
        Assert.NotNull(found);
        Assert.Equal(original.Id, found.OriginalPlanId);
        Assert.Matches(@"^text (9\d|100)% the same$", found.Reason);
        Assert.Equal([copy.Id], _archive.Index.Search(new SearchRequest("thiên tai Hoàng Su Phì")).Hits.Single().Copies.Select(c => c.PlanId));

        // A person corrects the misread number: now number, date and issuer are the same, the stronger reason.
        var (_, error) = PlanCorrector.Correct(_archive, copy.Id, new JsonObject { ["number"] = "58/KH-UBND" }, "lan");
        Assert.Null(error);
        Assert.Equal(DuplicateStore.SameHeader, _archive.Catalog.Duplicates.Of(copy.Id)!.Reason);
        // And the other way: the original's date corrected, the header no longer matches; the text still does.
        (_, error) = PlanCorrector.Correct(_archive, original.Id, new JsonObject { ["issued_on"] = "2015-04-07" }, "lan");
        Assert.Null(error);
        Assert.StartsWith("text ", _archive.Catalog.Duplicates.Of(copy.Id)!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_plan_scanned_at_two_renderings_is_one_hit_with_one_copy()
    {
        // corpus/scans and corpus/scans-official hold plan a05 rendered plainly and in the
        // official layout with seal, stamp and handwriting: two scans of one paper.
        var outcomes = await AddAsync(CorpusFiles.Path_("scans", "a05-200.pdf"), CorpusFiles.Path_("scans-official", "a05-200.pdf"));
        var first = outcomes[0].Plans.OrderByDescending(p => p.Document.Text.Length).First();
        var second = outcomes[1].Plans.OrderByDescending(p => p.Document.Text.Length).First();
        var found = _archive.Catalog.Duplicates.Of(second.Id);
        Assert.NotNull(found);
        Assert.Equal(first.Id, found.OriginalPlanId);

        var result = _archive.Index.Search(new SearchRequest("phòng chống thiên tai Hoàng Su Phì"));
        var hit = Assert.Single(result.Hits, h => h.PlanId == first.Id);
        Assert.Equal([second.Id], hit.Copies.Select(c => c.PlanId));
        Assert.DoesNotContain(result.Hits, h => h.PlanId == second.Id);
    }

    [Fact]
    public async Task Adding_or_uploading_bytes_already_archived_names_the_entry_that_has_them()
    {
        var first = (await AddAsync(CorpusFiles.Path_("plans", "a05.txt"))).Single();
        var again = (await AddAsync(Variant("renamed.txt", A05))).Single();
        Assert.Equal(IngestStatus.AlreadyPresent, again.Status);
        var fileId = first.Plans[0].FileId;
        Assert.Equal($"already in the archive as a05.txt (document {fileId})", again.AlreadyArchivedMessage);

        var receiver = new UploadReceiver(_archive, Pipeline());
        using (var body = File.OpenRead(CorpusFiles.Path_("plans", "a05.txt")))
        {
            var upload = await receiver.ReceiveAsync("upload.txt", body);
            Assert.True(upload.AlreadyArchived);
            Assert.Equal(fileId, upload.Stored!.Id);
            Assert.Equal($"already in the archive as a05.txt (document {fileId})", upload.Message);
        }
        using (var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(A05 + " ")))
        {
            var upload = await receiver.ReceiveAsync("new.txt", body);
            Assert.False(upload.AlreadyArchived);
            Assert.Null(upload.Message);
        }
        Assert.Equal(2, _archive.Catalog.Files().Count);
    }
}
