using Ingest.Catalog;
using Ingest.Text;

namespace Ingest.Export;

/// <summary>One row of the references export: a document a plan cites.</summary>
public sealed record ReferenceRow(PlanColumns Plan, string Kind, string Number, string? Date, string? Issuer, string Relation) : IPlanItemRow
{
    /// <summary>The rows of a stored plan, in the order the plan cites them.</summary>
    public static IEnumerable<ReferenceRow> From(StoredPlan p)
    {
        var plan = PlanColumns.From(p);
        return p.Document.References.Select(r => new ReferenceRow(plan, r.Kind, r.Number, r.Date?.ToString(), r.Issuer, r.Relation.Name()));
    }
}
