using System.Globalization;
using System.Text;
using CsvHelper;
using Ingest.Export;
using Ingest.Extraction;
using Ingest.Text;

namespace Ingest.Tests.Export;

/// <summary>The item exports over the corpus archive, read back as a spreadsheet would.</summary>
[Collection(CorpusArchiveGroup.Name)]
public sealed class ExportTests(CorpusArchive corpus)
{
    private List<Dictionary<string, string>> Export<TRow, TMap>(Func<Ingest.Catalog.StoredPlan, IEnumerable<TRow>> rowsOf, PlanFilter? filter = null)
        where TMap : CsvHelper.Configuration.ClassMap<TRow>
    {
        var path = Path.Combine(corpus.Folder, Guid.NewGuid().ToString("N") + ".csv");
        CsvExporter.Write<TRow, TMap>(path, (filter ?? PlanFilter.All).Apply(corpus.Archive.Catalog.Plans.All()).SelectMany(rowsOf));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(path)[..3]);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return CsvRows.Read(reader);
    }

    private static IEnumerable<PlanDocument> GoldDocuments() =>
        CorpusArchive.Files.SelectMany(f => PlanRecord.FromJson(File.ReadAllText(CorpusArchive.RecordOf(f))).Documents);

    [Fact]
    public void Deadlines_export_matches_the_gold_deadlines_of_the_corpus_row_for_row()
    {
        var expected = GoldDocuments()
            .SelectMany(d => d.Deadlines.Select(x => (d.Number ?? "", x.Due.ToString(), x.Qualifier.Name(), x.Section ?? "")))
            .ToList();
        var actual = Export<DeadlineRow, DeadlineRowMap>(DeadlineRow.From)
            .Select(r => (r["plan_number"], r["due"], r["qualifier"], r["section"]))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_item_export_has_a_fixed_header_starting_with_the_plan()
    {
        static string[] Header<TRow, TMap>() where TMap : CsvHelper.Configuration.ClassMap<TRow>
        {
            using var stream = new MemoryStream();
            CsvExporter.Write<TRow, TMap>(stream, []);
            return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').TrimEnd().Split(',');
        }
        string[] plan = ["plan_number", "plan_issued_on", "plan_issuer", "plan_title"];
        string[] tail = ["page", "source", "document"];
        Assert.Equal([.. plan, "due", "precision", "qualifier", "start", "action", "responsible", "section", .. tail], Header<DeadlineRow, DeadlineRowMap>());
        Assert.Equal([.. plan, "kind", "number", "date", "issuer", "relation", .. tail], Header<ReferenceRow, ReferenceRowMap>());
        Assert.Equal([.. plan, "holder", "each", "count", "unit", "purpose", .. tail], Header<QuotaRow, QuotaRowMap>());
        Assert.Equal([.. plan, "indicator", "comparator", "value", "unit", "by", .. tail], Header<TargetRow, TargetRowMap>());
    }

    [Fact]
    public void References_quotas_and_targets_export_one_row_per_item_with_vietnamese_intact()
    {
        var gold = GoldDocuments().ToList();
        var refs = Export<ReferenceRow, ReferenceRowMap>(ReferenceRow.From);
        Assert.Equal(gold.Sum(d => d.References.Count), refs.Count);
        var basis = refs.First(r => r["plan_number"] == "11325/KH-UBND" && r["number"] == "1258/QĐ-TTg");
        Assert.Equal(("2017-08-21", "Thủ tướng Chính phủ", "basis", "UBND tỉnh Đồng Nai", "2017-11-02"),
            (basis["date"], basis["issuer"], basis["relation"], basis["plan_issuer"], basis["plan_issued_on"]));

        var quotas = Export<QuotaRow, QuotaRowMap>(QuotaRow.From);
        Assert.Equal(gold.Sum(d => d.Quotas.Count), quotas.Count);
        Assert.All(quotas, q => Assert.True(int.Parse(q["count"], CultureInfo.InvariantCulture) > 0));

        var targets = Export<TargetRow, TargetRowMap>(TargetRow.From);
        Assert.Equal(gold.Sum(d => d.Targets.Count), targets.Count);
        var poor = targets.First(t => t["plan_number"] == "11325/KH-UBND" && t["unit"] == "%");
        Assert.Equal(("<", "1", "2020"), (poor["comparator"], poor["value"], poor["by"]));
    }

    [Fact]
    public void Partial_bounds_compare_by_their_first_day()
    {
        // --to 2017-11 is 2017-11-01, so the plan of 2017-11-02 is out; --from 2017-11 keeps it.
        var to = Export<PlanRow, PlanRowMap>(p => [PlanRow.From(p)], new PlanFilter(To: PartialDate.ParseIso("2017-11")));
        Assert.DoesNotContain(to, r => r["number"] == "11325/KH-UBND");
        var from = Export<PlanRow, PlanRowMap>(p => [PlanRow.From(p)], new PlanFilter(From: PartialDate.ParseIso("2017-11")));
        Assert.Contains(from, r => r["number"] == "11325/KH-UBND");
    }

    [Theory]
    [InlineData("2017", "2017-12-31")]
    [InlineData("2017-11", "2017-11-30")]
    public void Date_filter_keeps_the_plans_issued_in_the_range(string from, string to)
    {
        var filter = new PlanFilter(PartialDate.ParseIso(from), PartialDate.ParseIso(to));
        var rows = Export<PlanRow, PlanRowMap>(p => [PlanRow.From(p)], filter);
        Assert.Contains(rows, r => r["number"] == "11325/KH-UBND");
        Assert.All(rows, r => Assert.StartsWith("2017-", r["issued_on"], StringComparison.Ordinal));
        Assert.True(rows.Count < corpus.Archive.Catalog.Plans.All().Count);
    }

    [Fact]
    public void Issuer_filter_matches_a_part_of_the_name_without_marks()
    {
        var folded = Export<PlanRow, PlanRowMap>(p => [PlanRow.From(p)], new PlanFilter(Issuer: "dong nai"));
        var marked = Export<PlanRow, PlanRowMap>(p => [PlanRow.From(p)], new PlanFilter(Issuer: "Đồng Nai"));
        Assert.NotEmpty(folded);
        Assert.Equal(folded, marked);
        Assert.All(folded, r => Assert.Contains("Đồng Nai", r["issuer"], StringComparison.Ordinal));
    }

    [Fact]
    public void Query_filter_restricts_the_export_to_the_plans_a_search_returns()
    {
        var ids = corpus.Archive.Index.Matches("11325/KH-UBND").ToHashSet();
        var rows = Export<DeadlineRow, DeadlineRowMap>(DeadlineRow.From, new PlanFilter(PlanIds: ids));
        Assert.NotEmpty(rows);
        // The plan itself and the cover letter that cites it; nothing else.
        Assert.All(rows, r => Assert.Contains(r["plan_number"], new[] { "11325/KH-UBND", "2123/STP-VP" }));
    }

    [Fact]
    public void Bounds_as_typed_blank_means_none_and_a_bad_one_is_named()
    {
        Assert.True(PlanFilter.TryParse(" 2017-11 ", "", "  dong nai ", out var filter, out var error));
        Assert.Null(error);
        Assert.Equal(new PlanFilter(PartialDate.ParseIso("2017-11"), null, "dong nai"), filter);

        Assert.False(PlanFilter.TryParse("2017", "soon", null, out _, out error, "--from", "--to"));
        Assert.Equal("--to: not an ISO date: \"soon\" (write 2023, 2023-06 or 2023-06-15)", error);
    }

    [Fact]
    public void The_archive_selects_by_filter_and_query_together()
    {
        var archive = corpus.Archive;
        var byQuery = archive.Plans(PlanFilter.All, "11325/KH-UBND");
        Assert.Equal(archive.Index.Matches("11325/KH-UBND").Order(), byQuery.Select(p => p.Id).Order());
        var both = archive.Plans(new PlanFilter(From: PartialDate.ParseIso("2018")), "11325/KH-UBND");
        Assert.DoesNotContain(both, p => p.Document.Number == "11325/KH-UBND"); // issued 2017-11-02
        Assert.Equal(archive.Catalog.Plans.All().Count, archive.Plans(PlanFilter.All, "  ").Count);
    }

    // Every per-plan CSV was "deadlines.csv": one plan's rows are named after its number.
    [Fact]
    public void One_plans_rows_are_named_after_its_number()
    {
        var plan = new Ingest.Extraction.PlanDocument { Kind = "Kế hoạch", Number = "58/KH-UBND" };
        Assert.Equal("58_KH-UBND", ExportKind.FileStem(plan));
        Assert.Equal("Kế hoạch", ExportKind.FileStem(plan with { Number = null }));
    }
}
