using Ingest.Catalog;
using Ingest.Search;

namespace Ingest.Tests.Search;

/// <summary>Facets of an index where a dimension has no value at all: listed empty, the search unharmed.</summary>
public sealed class SearchFacetTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void An_index_of_undated_plans_without_issuers_has_empty_year_and_issuer_facets()
    {
        var text = File.ReadAllText(CorpusFiles.Path_("plans", "a05.txt"));
        var documents = TestModels.Extractor.Extract("a05.txt", text).Documents;
        using var index = PlanIndex.Open(_dir.Path);
        for (var i = 0; i < 3; i++)
        {
            index.Upsert(new StoredPlan(i + 1, i + 1, $"a05-{i}.txt", 0, documents[0] with { IssuedOn = null, Issuer = null }));
        }
        index.Commit();

        var result = index.Search(new SearchRequest("thiên tai", 1, 10, SearchSort.Newest));
        Assert.Equal(3, result.Total);
        Assert.Equal([1L, 2L, 3L], result.Hits.Select(h => h.PlanId));
        Assert.Equal([new FacetValue(documents[0].Kind, 3)], result.Facets.Kind);
        Assert.Empty(result.Facets.Year);
        Assert.Empty(result.Facets.Issuer);
    }
}
