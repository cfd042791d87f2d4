namespace Ingest.Search;

/// <summary>
/// One page of a staff query: the query (the syntax of <see cref="PlanQuery"/>), which page
/// (1-based) of how many hits, and in which order; with facet counts unless <paramref name="Facets"/>
/// is false (counting every match's kind, issuer and year is about a third of a broad search's
/// time: a caller that shows no facets does not pay it).
/// </summary>
public sealed record SearchRequest(string Query, int Page = 1, int PerPage = 10, SearchSort Sort = SearchSort.Relevance, bool Facets = true)
{
    /// <summary>The most hits one page may have: a page is read, highlighted and serialised whole.</summary>
    public const int MaxPerPage = 200;

    /// <summary>The page size as used: between 1 and <see cref="MaxPerPage"/>.</summary>
    public int Size => Math.Clamp(PerPage, 1, MaxPerPage);

    /// <summary>The 1-based page as used (at least 1).</summary>
    public int PageNumber => Math.Max(1, Page);

    /// <summary>How many hits come before this page.</summary>
    public long Offset => (long)(PageNumber - 1) * Size;
}
