using Ingest.Catalog;

namespace Ingest.Export;

/// <summary>One row of the targets export: a quantitative goal of a plan.</summary>
public sealed record TargetRow(PlanColumns Plan, string Indicator, string Comparator, decimal Value, string? Unit, string? By) : IPlanItemRow
{
    /// <summary>The rows of a stored plan, in the order the plan states its goals.</summary>
    public static IEnumerable<TargetRow> From(StoredPlan p)
    {
        var plan = PlanColumns.From(p);
        return p.Document.Targets.Select(t => new TargetRow(plan, t.Indicator, t.Comparator, t.Value, t.Unit, t.By));
    }
}
