namespace Ingest.Export;

/// <summary>The columns of the targets export: the plan, the goal, where to find it.</summary>
public sealed class TargetRowMap : PlanItemRowMap<TargetRow>
{
    public TargetRowMap()
    {
        Column(r => r.Indicator, "indicator");
        Column(r => r.Comparator, "comparator");
        Column(r => r.Value, "value");
        Column(r => r.Unit, "unit");
        Column(r => r.By, "by");
        EndWithPlacement();
    }
}
