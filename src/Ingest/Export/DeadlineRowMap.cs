namespace Ingest.Export;

/// <summary>
/// The columns of the deadlines export: the plan first (number, date, issuer, title), then the
/// deadline, then where to find it. The order is fixed; analysts' spreadsheets rely on it.
/// </summary>
public sealed class DeadlineRowMap : PlanItemRowMap<DeadlineRow>
{
    public DeadlineRowMap()
    {
        Column(r => r.Due, "due");
        Column(r => r.Precision, "precision");
        Column(r => r.Qualifier, "qualifier");
        Column(r => r.Start, "start");
        Column(r => r.Action, "action");
        Column(r => r.Responsible, "responsible");
        Column(r => r.Section, "section");
        EndWithPlacement();
    }
}
