namespace Ingest.Search;

/// <summary>
/// A plan grouped under another's hit: a possible duplicate (a rescan) of it, found by the same
/// search, so it is not a hit of its own.
/// </summary>
public sealed record SearchCopy(long PlanId, long FileId, string Source);
