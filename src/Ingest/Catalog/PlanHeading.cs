namespace Ingest.Catalog;

/// <summary>What lists show of a plan: its ids, kind, number and title (the plans table's columns, no record).</summary>
public sealed record PlanHeading(long PlanId, long FileId, string Kind, string? Number, string? Title);
