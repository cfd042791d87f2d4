using Ingest.Search;

namespace Ingest.Tests.Search;

/// <summary>
/// Issue 18: a search answers with its total, one page of hits in the asked order, and facet
/// counts over every match. Each expectation is computed from the catalog or from another search,
/// so the test states what total, paging, sorting and facets mean, not today's hit list.
/// </summary>
[Collection(CorpusArchiveGroup.Name)]
public sealed class SearchResultTests(CorpusArchive corpus)
{
    private PlanIndex Index => corpus.Archive.Index;

    [Theory]
    [InlineData("kế hoạch")]
    [InlineData("kind:\"ke hoach\"")]
    [InlineData("tỉnh")]
    public void The_total_counts_every_match_and_pages_of_five_make_up_the_whole_list(string query)
    {
        var all = Index.Search(new SearchRequest(query, 1, 200));
        Assert.Equal(Index.Matches(query).Count, all.Total);
        Assert.True(all.Total > 5, $"{query}: the corpus must have more than a page of matches");
        Assert.Equal(all.Total, all.Hits.Count);

        var paged = new List<long>();
        for (var page = 1; page <= (all.Total + 4) / 5; page++)
        {
            var one = Index.Search(new SearchRequest(query, page, 5));
            Assert.Equal(all.Total, one.Total);
            Assert.Equal(page, one.Page);
            Assert.Equal((page - 1) * 5 + 1, one.First);
            paged.AddRange(one.Hits.Select(h => h.PlanId));
        }
        Assert.Equal(all.Hits.Select(h => h.PlanId), paged);
        Assert.Empty(Index.Search(new SearchRequest(query, 1000, 5)).Hits);
    }

    [Fact]
    public void A_page_has_at_most_200_hits()
    {
        Assert.Equal(SearchRequest.MaxPerPage, Index.Search(new SearchRequest("kế hoạch", 1, 5000)).PerPage);
        Assert.Equal(1, Index.Search(new SearchRequest("kế hoạch", 1, 0)).PerPage);
    }

    [Fact]
    public void Sorted_by_date_newest_or_oldest_first_with_undated_plans_last()
    {
        var relevance = Index.Search(new SearchRequest("kind:\"ke hoach\"", 1, 200)).Hits;
        var newest = Index.Search(new SearchRequest("kind:\"ke hoach\"", 1, 200, SearchSort.Newest)).Hits;
        var oldest = Index.Search(new SearchRequest("kind:\"ke hoach\"", 1, 200, SearchSort.Oldest)).Hits;
        Assert.Equal(relevance.Select(h => h.PlanId).Order(), newest.Select(h => h.PlanId).Order());
        Assert.Equal(relevance.Select(h => h.PlanId).Order(), oldest.Select(h => h.PlanId).Order());

        static List<string> Dated(IEnumerable<SearchHit> hits) => [.. hits.TakeWhile(h => h.IssuedOn is not null).Select(h => h.IssuedOn!)];
        var newestDates = Dated(newest);
        Assert.True(newestDates.Count > 5);
        Assert.Equal(newestDates.OrderDescending(StringComparer.Ordinal), newestDates);
        Assert.Equal(Dated(oldest).Order(StringComparer.Ordinal), Dated(oldest));
        // Undated plans come after every dated one, both ways.
        Assert.All(newest.Skip(newestDates.Count), h => Assert.Null(h.IssuedOn));
        Assert.All(oldest.Skip(Dated(oldest).Count), h => Assert.Null(h.IssuedOn));
        Assert.NotEqual(newest.Select(h => h.PlanId), relevance.Select(h => h.PlanId));
    }

    [Theory]
    [InlineData("kế hoạch")]
    [InlineData("cites:1258/QĐ-TTg")]
    public void Facets_count_kind_issuer_and_year_over_every_match_not_just_the_page(string query)
    {
        var all = Index.Search(new SearchRequest(query, 1, 200));
        var onePage = Index.Search(new SearchRequest(query, 2, 1));
        Assert.Single(onePage.Hits);
        Assert.Equal(all.Facets.Kind, onePage.Facets.Kind);
        Assert.Equal(all.Facets.Issuer, onePage.Facets.Issuer);
        Assert.Equal(all.Facets.Year, onePage.Facets.Year);

        var plans = all.Hits.Select(h => corpus.Archive.Catalog.Plans.Get(h.PlanId)!.Document).ToList();
        static List<(string, int)> Counts(IEnumerable<string?> values) =>
            [.. values.OfType<string>().GroupBy(v => v).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key, StringComparer.Ordinal)];
        static List<(string, int)> Listed(IReadOnlyList<FacetValue> facet) => [.. facet.Select(f => (f.Value, f.Count)).OrderBy(x => x.Value, StringComparer.Ordinal)];
        Assert.Equal(Counts(plans.Select(d => d.Kind)), Listed(all.Facets.Kind));
        Assert.Equal(Counts(plans.Select(d => d.Issuer)), Listed(all.Facets.Issuer));
        Assert.Equal(Counts(plans.Select(d => d.IssuedOn?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))), Listed(all.Facets.Year));
        // Years newest first; kinds most frequent first.
        Assert.Equal(all.Facets.Year.Select(y => y.Value).OrderDescending(StringComparer.Ordinal), all.Facets.Year.Select(y => y.Value));
        Assert.Equal(all.Facets.Kind.Select(k => k.Count).OrderDescending(), all.Facets.Kind.Select(k => k.Count));
    }

    [Fact]
    public void A_facet_value_picked_as_a_filter_finds_as_many_plans_as_it_counted()
    {
        var all = Index.Search(new SearchRequest("kế hoạch", 1, 200));
        var year = all.Facets.Year[0];
        Assert.Equal(year.Count, Index.Search(new SearchRequest("kế hoạch year:" + year.Value, 1, 200)).Total);
        var kind = all.Facets.Kind[^1];
        Assert.Equal(kind.Count, Index.Search(new SearchRequest($"kế hoạch kind:\"{kind.Value}\"", 1, 200)).Hits.Count(h => h.Kind == kind.Value));
    }
}
