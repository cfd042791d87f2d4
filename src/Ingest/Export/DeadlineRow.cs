using Ingest.Catalog;
using Ingest.Text;

namespace Ingest.Export;

/// <summary>One row of the deadlines export: a dated obligation and the plan that sets it.</summary>
public sealed record DeadlineRow(PlanColumns Plan, string Due, string Precision, string Qualifier, string? Start,
    string Action, string Responsible, string? Section) : IPlanItemRow
{
    /// <summary>The rows of a stored plan, in the order the plan states its deadlines.</summary>
    public static IEnumerable<DeadlineRow> From(StoredPlan p)
    {
        var plan = PlanColumns.From(p);
        return p.Document.Deadlines.Select(d => new DeadlineRow(plan, d.Due.ToString(), d.Precision, d.Qualifier.Name(),
            d.Start?.ToString(), d.Action, ExportText.List(d.Responsible), d.Section));
    }
}
