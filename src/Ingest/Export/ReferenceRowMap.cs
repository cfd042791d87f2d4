namespace Ingest.Export;

/// <summary>The columns of the references export: the citing plan, the cited document, where to find it.</summary>
public sealed class ReferenceRowMap : PlanItemRowMap<ReferenceRow>
{
    public ReferenceRowMap()
    {
        Column(r => r.Kind, "kind");
        Column(r => r.Number, "number");
        Column(r => r.Date, "date");
        Column(r => r.Issuer, "issuer");
        Column(r => r.Relation, "relation");
        EndWithPlacement();
    }
}
