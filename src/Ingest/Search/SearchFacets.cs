namespace Ingest.Search;

/// <summary>One value of a facet and how many matching plans have it.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>
/// How the matches of a search divide by kind, issuer and year of issue: most frequent first for
/// kind and issuer, newest first for year. Empty on an index built before facets were indexed
/// (<c>ingest reindex</c> adds them).
/// </summary>
public sealed record SearchFacets(IReadOnlyList<FacetValue> Kind, IReadOnlyList<FacetValue> Issuer, IReadOnlyList<FacetValue> Year)
{
    /// <summary>No facet counts.</summary>
    public static SearchFacets None { get; } = new([], [], []);
}
