namespace Ingest.Search;

/// <summary>One plan found by a search.</summary>
public sealed record SearchHit(
    long PlanId,
    string Source,
    int Ordinal,
    string? Number,
    string Kind,
    string? IssuedOn,
    string? Issuer,
    string? Title,
    float Score,
    Snippet Snippet)
{
    /// <summary>The catalog id of the file the plan came from.</summary>
    public long FileId { get; init; }

    /// <summary>The plans flagged as possible duplicates of this one that the search also found: one hit for them all.</summary>
    public IReadOnlyList<SearchCopy> Copies { get; init; } = [];
}
