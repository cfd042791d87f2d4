using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Search;
using Ingest.Text;

namespace Ingest.Tests.Search;

/// <summary>
/// The field syntax of staff queries on the corpus archive. Each expected set is computed from
/// the catalog, so the test states the meaning of the field, not today's hit list.
/// </summary>
[Collection(CorpusArchiveGroup.Name)]
public sealed class PlanQueryTests(CorpusArchive corpus)
{
    private IReadOnlyList<StoredPlan> Plans => corpus.Archive.Catalog.Plans.All();

    private HashSet<long> Ids(string query) => corpus.Archive.Index.Matches(query).ToHashSet();

    private HashSet<long> Expected(Func<PlanDocument, bool> keep) => Plans.Where(p => keep(p.Document)).Select(p => p.Id).ToHashSet();

    private static string? Number(StoredPlan p) => p.Document.Number;

    [Theory]
    [InlineData("cites:1258/QĐ-TTg")]
    [InlineData("cites:1258/QD-TTg")]
    [InlineData("CITES:\"1258 qđ ttg\"")]
    public void Cites_finds_the_plans_that_cite_a_number(string query)
    {
        var expected = Expected(d => d.References.Any(r => DocumentNumber.Key(r.Number) == DocumentNumber.Key("1258/QĐ-TTg")));
        Assert.Contains(Plans, p => Number(p) == "11325/KH-UBND" && expected.Contains(p.Id));
        Assert.Contains(Plans, p => Number(p) == "2345/KH-UBND" && expected.Contains(p.Id));
        Assert.Equal(expected, Ids(query));
    }

    [Theory]
    [InlineData("issuer:\"dong nai\"")]
    [InlineData("issuer:\"Đồng Nai\"")]
    [InlineData("issuer:Đồng issuer:nai")]
    public void Issuer_matches_every_word_with_or_without_marks(string query)
    {
        var expected = Expected(d => VietnameseText.Fold(d.Issuer ?? "").Contains("dong nai", StringComparison.Ordinal));
        Assert.Equal(2, expected.Count); // the plan 11325/KH-UBND and its cover letter 2123/STP-VP
        Assert.Equal(expected, Ids(query));
    }

    [Theory]
    [InlineData("kind:\"huong dan\"", "Hướng dẫn")]
    [InlineData("kind:\"Thông báo\"", "Thông báo")]
    [InlineData("kind:\"de cuong\"", "Đề cương")]
    [InlineData("kind:\"kế hoạch\"", "Kế hoạch")]
    public void Kind_matches_the_folded_document_type(string query, string kind)
    {
        var expected = Expected(d => d.Kind == kind);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(query));
    }

    [Theory]
    [InlineData(2017)]
    [InlineData(2023)]
    public void Year_matches_the_year_of_issue(int year)
    {
        var expected = Expected(d => d.IssuedOn?.Year == year);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids($"year:{year}"));
    }

    [Theory]
    [InlineData("2023-11")]
    [InlineData("2018")]
    [InlineData("2019-11-17")]
    public void Due_matches_plans_with_a_deadline_in_that_day_month_or_year(string due)
    {
        var expected = Expected(d => d.Deadlines.Any(x => x.Due.ToString().StartsWith(due, StringComparison.Ordinal)));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids($"due:{due}"));
    }

    [Fact]
    public void Fields_combine_with_free_words()
    {
        var words = Ids("thi đua");
        var year = Ids("year:2017");
        var both = Ids("thi dua year:2017");
        Assert.NotEmpty(both);
        Assert.Equal(words.Intersect(year).ToHashSet(), both);
        Assert.Equal(Ids("issuer:\"binh duong\"").Intersect(Ids("due:2018-11")).ToHashSet(), Ids("due:2018-11 issuer:\"binh duong\""));
    }

    [Fact]
    public void A_number_with_a_field_still_finds_its_plan_first_then_the_plans_citing_it()
    {
        var hits = corpus.Archive.Index.Search("11325/KH-UBND year:2017", 20);
        Assert.Equal("11325/KH-UBND", hits[0].Number);
        Assert.Contains(hits.Skip(1), h => h.Number == "2123/STP-VP");
        Assert.Empty(corpus.Archive.Index.Search("11325/KH-UBND year:2016"));
    }

    [Fact]
    public void A_bare_number_of_a_plan_not_in_the_archive_finds_the_plans_citing_it()
    {
        Assert.Equal(Ids("cites:1258/QĐ-TTg"), Ids("1258/QĐ-TTg"));
    }

    // The web form's kind and issuer were pasted into the query quoted as they came: a value with
    // a quote in it closed the quotes and the rest read as conditions of its own.
    [Fact]
    public void A_form_value_cannot_add_conditions_of_its_own()
    {
        Assert.Equal("thi đua kind:\"ke hoach\" issuer:\"Đồng Nai\" year:2017", PlanQuery.Compose("thi đua", "ke hoach", "Đồng Nai", 2017));
        var injected = PlanQuery.Compose(null, "ke hoach\" cites:1258/QĐ-TTg \"", null, null);
        Assert.DoesNotContain("\" cites:", injected, StringComparison.Ordinal);
        Assert.Equal(Ids(PlanQuery.Compose(null, "ke hoach cites:1258/QĐ-TTg", null, null)), Ids(injected));
        Assert.NotEqual(Ids("kind:\"ke hoach\" cites:1258/QĐ-TTg"), Ids(injected));
    }
}
