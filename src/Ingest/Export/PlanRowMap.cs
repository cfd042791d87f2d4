using CsvHelper.Configuration;

namespace Ingest.Export;

/// <summary>The columns of the plans export, in a fixed order analysts' spreadsheets rely on.</summary>
public sealed class PlanRowMap : ClassMap<PlanRow>
{
    public PlanRowMap()
    {
        Map(r => r.Number).Index(0).Name("number");
        Map(r => r.Kind).Index(1).Name("kind");
        Map(r => r.IssuedOn).Index(2).Name("issued_on");
        Map(r => r.Issuer).Index(3).Name("issuer");
        Map(r => r.Place).Index(4).Name("place");
        Map(r => r.Title).Index(5).Name("title");
        Map(r => r.PeriodFrom).Index(6).Name("period_from");
        Map(r => r.PeriodTo).Index(7).Name("period_to");
        Map(r => r.Source).Index(8).Name("source");
        Map(r => r.Ordinal).Index(9).Name("document");
        Map(r => r.Page).Index(10).Name("page");
    }
}
