using CsvHelper.Configuration;

namespace Ingest.Export;

/// <summary>The columns of the references export: the citing plan, the cited document, where to find it.</summary>
public sealed class ReferenceRowMap : ClassMap<ReferenceRow>
{
    public ReferenceRowMap()
    {
        Map(r => r.Plan.Number).Index(0).Name("plan_number");
        Map(r => r.Plan.IssuedOn).Index(1).Name("plan_issued_on");
        Map(r => r.Plan.Issuer).Index(2).Name("plan_issuer");
        Map(r => r.Plan.Title).Index(3).Name("plan_title");
        Map(r => r.Kind).Index(4).Name("kind");
        Map(r => r.Number).Index(5).Name("number");
        Map(r => r.Date).Index(6).Name("date");
        Map(r => r.Issuer).Index(7).Name("issuer");
        Map(r => r.Relation).Index(8).Name("relation");
        Map(r => r.Plan.Page).Index(9).Name("page");
        Map(r => r.Plan.Source).Index(10).Name("source");
        Map(r => r.Plan.Ordinal).Index(11).Name("document");
    }
}
