namespace Ingest.Export;

/// <summary>The columns of the quotas export: the plan, the allocation, where to find it.</summary>
public sealed class QuotaRowMap : PlanItemRowMap<QuotaRow>
{
    public QuotaRowMap()
    {
        Column(r => r.Holder, "holder");
        Column(r => r.Each, "each");
        Column(r => r.Count, "count");
        Column(r => r.Unit, "unit");
        Column(r => r.Purpose, "purpose");
        EndWithPlacement();
    }
}
