using Ingest.Catalog;

namespace Ingest.Export;

/// <summary>One row of the plans export: a document of a file with its header fields.</summary>
public sealed record PlanRow(string Source, int Ordinal, string Kind, string? Number, string? IssuedOn, string? Issuer,
    string? Place, string? Title, int? PeriodFrom, int? PeriodTo, int Page)
{
    /// <summary>The row of a stored plan.</summary>
    public static PlanRow From(StoredPlan p) => new(p.Source, p.Ordinal, p.Document.Kind, p.Document.Number,
        p.Document.IssuedOn?.ToString(), p.Document.Issuer, p.Document.Place, p.Document.Title,
        p.Document.Period?.From, p.Document.Period?.To, p.Document.Page);
}
