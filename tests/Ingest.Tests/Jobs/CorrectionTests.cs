using System.Text.Json.Nodes;
using Ingest.Export;
using Ingest.Extraction;
using Ingest.Jobs;

namespace Ingest.Tests.Jobs;

/// <summary>
/// A person's correction of a record (issue 18) on a real archive: stored apart from the
/// machine's reading, seen at once by the catalog, the index and the exports, kept by
/// `ingest reprocess`, recorded with who made it; a field that is not the record's is refused.
/// </summary>
public sealed class CorrectionTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Archive _archive;

    public CorrectionTests() => _archive = Archive.Open(_dir.Path);

    public async Task InitializeAsync()
    {
        var outcomes = await new IngestPipeline(_archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor)
            .AddAllAsync([CorpusFiles.Path_("seeds", "004_feedb6838d389360.txt")]).ToListAsync();
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Added, o.Status));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _archive.Dispose();
        _dir.Dispose();
    }

    private Ingest.Catalog.StoredPlan Plan11325 => _archive.Catalog.Plans.ByNumber("11325/KH-UBND").Single();

    [Fact]
    public void A_corrected_number_is_found_exported_and_kept_by_reprocess()
    {
        var plan = Plan11325;
        var (corrected, error) = PlanCorrector.Correct(_archive, plan.Id, new JsonObject { ["number"] = "11326/KH-UBND", ["reviewed"] = true }, "lan");
        Assert.Null(error);
        Assert.Equal(plan.Id, corrected!.Id); // corrected in place: the plan page's address stays
        Assert.Equal(("11326/KH-UBND", true), (corrected.Document.Number, corrected.Document.Reviewed));
        Assert.Equal(["number"], corrected.Document.Corrected!);

        // Seen at once: catalog, index, exports.
        Assert.Empty(_archive.Catalog.Plans.ByNumber("11325/KH-UBND"));
        Assert.Equal(plan.Id, _archive.Catalog.Plans.ByNumber("11326 kh ubnd").Single().Id);
        Assert.Equal("11326/KH-UBND", _archive.Index.Search("11326/KH-UBND")[0].Number);
        using (var csv = new MemoryStream())
        {
            ExportKind.Find("plans")!.Write(_archive.Catalog.Plans.All(), csv);
            var text = System.Text.Encoding.UTF8.GetString(csv.ToArray());
            Assert.Contains("11326/KH-UBND", text, StringComparison.Ordinal);
            Assert.DoesNotContain("11325/KH-UBND,", text, StringComparison.Ordinal);
        }

        // Stored apart, with who and the value before.
        var stored = _archive.Catalog.Corrections.Of(plan.FileId);
        Assert.Contains(stored, c => c.Field == "number" && c.OldJson == "\"11325/KH-UBND\"" && c.NewJson == "\"11326/KH-UBND\"" && c.Actor == "lan");
        Assert.Contains(_archive.Catalog.Accounts.AuditOf(plan.FileId), a => a.Action == "correct" && a.Actor == "lan");

        // The machine reads the file again: the person's number stays, the machine's other fields are its own.
        var outcomes = new Reprocessor(_archive, TestModels.Shared, TestModels.Extractor).RunAll(ReprocessFrom.Extract).ToList();
        Assert.All(outcomes, o => Assert.Null(o.Error));
        var after = _archive.Catalog.Plans.ByNumber("11326/KH-UBND").Single();
        Assert.Equal((true, plan.Document.Title, plan.Document.Deadlines.Count), (after.Document.Reviewed, after.Document.Title, after.Document.Deadlines.Count));
        Assert.Empty(_archive.Catalog.Plans.ByNumber("11325/KH-UBND"));
        Assert.Equal("11326/KH-UBND", _archive.Index.Search("11326/KH-UBND")[0].Number);
    }

    [Fact]
    public void A_list_can_be_corrected_and_a_field_that_is_not_the_records_is_refused()
    {
        var plan = Plan11325;
        var deadlines = new JsonArray(new JsonObject
        {
            ["due"] = "2017-12-15",
            ["precision"] = "day",
            ["qualifier"] = "before",
            ["action"] = "Báo cáo kết quả",
            ["responsible"] = new JsonArray("Sở Nội vụ"),
            ["section"] = "IV.1",
        });
        var (corrected, error) = PlanCorrector.Correct(_archive, plan.Id, new JsonObject { ["deadlines"] = deadlines }, "lan");
        Assert.Null(error);
        var d = Assert.Single(corrected!.Document.Deadlines);
        Assert.Equal(("2017-12-15", DeadlineQualifier.Before, "Báo cáo kết quả"), (d.Due.ToString(), d.Qualifier, d.Action));

        var before = _archive.Catalog.Plans.Get(plan.Id)!.Document;
        Assert.StartsWith("'signature' is not a field", PlanCorrector.Correct(_archive, plan.Id, new JsonObject { ["signature"] = "x" }, "lan").Error, StringComparison.Ordinal);
        Assert.StartsWith("a value does not fit the record", PlanCorrector.Correct(_archive, plan.Id, new JsonObject { ["issued_on"] = "not a date" }, "lan").Error, StringComparison.Ordinal);
        Assert.Equal("no plan 999999", PlanCorrector.Correct(_archive, 999999, new JsonObject { ["number"] = "1/KH" }, "lan").Error);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before, PlanRecord.JsonOptions),
            System.Text.Json.JsonSerializer.Serialize(_archive.Catalog.Plans.Get(plan.Id)!.Document, PlanRecord.JsonOptions));
    }
}
