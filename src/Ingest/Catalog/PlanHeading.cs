namespace Ingest.Catalog;

/// <summary>What lists show of a plan: its ids, kind, number and title (the plans table's columns, no record).</summary>
public sealed record PlanHeading(long PlanId, long FileId, string Kind, string? Number, string? Title)
{
    public string? Issuer { get; init; }

    /// <summary>ISO, as partial as the document gives it ("2024-05-28", "2024-05").</summary>
    public string? IssuedOn { get; init; }

    /// <summary>A person marked the record checked.</summary>
    public bool Reviewed { get; init; }
}
