using Ingest.Catalog;

namespace Ingest.Export;

/// <summary>
/// The plan an exported item belongs to, repeated on each of its rows so a spreadsheet filter
/// on one column ("11325/KH-UBND") shows the whole plan's deadlines without a join.
/// </summary>
public sealed record PlanColumns(string? Number, string? IssuedOn, string? Issuer, string? Title, int Page, string Source, int Ordinal)
{
    /// <summary>The columns of a stored plan.</summary>
    public static PlanColumns From(StoredPlan p) => new(p.Document.Number, p.Document.IssuedOn?.ToString(),
        p.Document.Issuer, p.Document.Title, p.Document.Page, p.Source, p.Ordinal);
}
