namespace Ingest.Catalog;

/// <summary>
/// One field of one document of a file, set by a person: its value before (as the record held
/// it) and after, as JSON in the record's own names, who set it and when.
/// </summary>
public sealed record Correction(long Id, long FileId, int Ordinal, string Field, string? OldJson, string NewJson, string Actor, DateTimeOffset At);
