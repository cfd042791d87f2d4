namespace Ingest.Export;

/// <summary>An exported item (deadline, reference, quota, target) with the plan it belongs to.</summary>
public interface IPlanItemRow
{
    PlanColumns Plan { get; }
}
