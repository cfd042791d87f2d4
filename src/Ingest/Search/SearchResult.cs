namespace Ingest.Search;

/// <summary>
/// What a search found: how many plans match (a plan and the copies grouped under it count once),
/// the requested page of hits, and the facet counts over every match, not just the page.
/// </summary>
public sealed record SearchResult(int Total, int Page, int PerPage, IReadOnlyList<SearchHit> Hits, SearchFacets Facets)
{
    /// <summary>Nothing found (no index yet, or no match).</summary>
    public static SearchResult Empty(SearchRequest request) => new(0, request.PageNumber, request.Size, [], SearchFacets.None);

    /// <summary>The 1-based rank of the page's first hit (0 when the page is empty).</summary>
    public long First => Hits.Count == 0 ? 0 : ((long)(Page - 1) * PerPage) + 1;

    /// <summary>The rank of the page's last hit (0 when the page is empty).</summary>
    public long Last => Hits.Count == 0 ? 0 : First + Hits.Count - 1;
}
