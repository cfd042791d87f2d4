using System.Linq.Expressions;
using CsvHelper.Configuration;

namespace Ingest.Export;

/// <summary>
/// The column layout every item export shares, stated once: the plan first (number, date,
/// issuer, title), then the item's own columns in the order the derived map adds them, then
/// where to find it (page, source, document). The order is fixed; analysts' spreadsheets rely on it.
/// </summary>
public abstract class PlanItemRowMap<TRow> : ClassMap<TRow> where TRow : IPlanItemRow
{
    private int _next;

    protected PlanItemRowMap()
    {
        Column(r => r.Plan.Number, "plan_number");
        Column(r => r.Plan.IssuedOn, "plan_issued_on");
        Column(r => r.Plan.Issuer, "plan_issuer");
        Column(r => r.Plan.Title, "plan_title");
    }

    /// <summary>Adds the next item column.</summary>
    protected void Column<TMember>(Expression<Func<TRow, TMember?>> member, string name) =>
        Map(member).Index(_next++).Name(name);

    /// <summary>Closes the row with where the item stands; call after the item's columns.</summary>
    protected void EndWithPlacement()
    {
        Column(r => r.Plan.Page, "page");
        Column(r => r.Plan.Source, "source");
        Column(r => r.Plan.Ordinal, "document");
    }
}
