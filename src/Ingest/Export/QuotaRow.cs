using Ingest.Catalog;

namespace Ingest.Export;

/// <summary>One row of the quotas export: an allocation of awards or places to one or more holders.</summary>
public sealed record QuotaRow(PlanColumns Plan, string Holder, bool Each, decimal Count, string Unit, string? Purpose) : IPlanItemRow
{
    /// <summary>The rows of a stored plan, in the order the plan allocates them.</summary>
    public static IEnumerable<QuotaRow> From(StoredPlan p)
    {
        var plan = PlanColumns.From(p);
        return p.Document.Quotas.Select(q => new QuotaRow(plan, ExportText.List(q.Holder), q.Each, q.Count, q.Unit, q.Purpose));
    }
}
