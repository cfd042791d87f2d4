namespace Ingest.Catalog;

/// <summary>A page of the document browser: the files on it with their documents' headings, how many match, and the facets.</summary>
/// <param name="Total">Files matching the query, on every page.</param>
/// <param name="Files">This page's files, in the query's order.</param>
/// <param name="Plans">The documents of this page's files, by file id.</param>
/// <param name="Facets">For each of status, kind, issuer and year: its values with how many files have each, under the query's other filters.</param>
public sealed record FileListing(int Total, IReadOnlyList<StoredFile> Files, ILookup<long, PlanHeading> Plans, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

/// <summary>One value of a facet and how many files have it.</summary>
public sealed record FacetCount(string Value, int Count);
