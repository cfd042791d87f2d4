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
    Snippet Snippet);
