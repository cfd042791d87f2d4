using CsvHelper.Configuration;

namespace Ingest.Export;

/// <summary>
/// The columns of the deadlines export: the plan first (number, date, issuer, title), then the
/// deadline, then where to find it. The order is fixed; analysts' spreadsheets rely on it.
/// </summary>
public sealed class DeadlineRowMap : ClassMap<DeadlineRow>
{
    public DeadlineRowMap()
    {
        Map(r => r.Plan.Number).Index(0).Name("plan_number");
        Map(r => r.Plan.IssuedOn).Index(1).Name("plan_issued_on");
        Map(r => r.Plan.Issuer).Index(2).Name("plan_issuer");
        Map(r => r.Plan.Title).Index(3).Name("plan_title");
        Map(r => r.Due).Index(4).Name("due");
        Map(r => r.Precision).Index(5).Name("precision");
        Map(r => r.Qualifier).Index(6).Name("qualifier");
        Map(r => r.Start).Index(7).Name("start");
        Map(r => r.Action).Index(8).Name("action");
        Map(r => r.Responsible).Index(9).Name("responsible");
        Map(r => r.Section).Index(10).Name("section");
        Map(r => r.Plan.Page).Index(11).Name("page");
        Map(r => r.Plan.Source).Index(12).Name("source");
        Map(r => r.Plan.Ordinal).Index(13).Name("document");
    }
}
