using CsvHelper.Configuration;

namespace Ingest.Export;

/// <summary>The columns of the targets export: the plan, the goal, where to find it.</summary>
public sealed class TargetRowMap : ClassMap<TargetRow>
{
    public TargetRowMap()
    {
        Map(r => r.Plan.Number).Index(0).Name("plan_number");
        Map(r => r.Plan.IssuedOn).Index(1).Name("plan_issued_on");
        Map(r => r.Plan.Issuer).Index(2).Name("plan_issuer");
        Map(r => r.Plan.Title).Index(3).Name("plan_title");
        Map(r => r.Indicator).Index(4).Name("indicator");
        Map(r => r.Comparator).Index(5).Name("comparator");
        Map(r => r.Value).Index(6).Name("value");
        Map(r => r.Unit).Index(7).Name("unit");
        Map(r => r.By).Index(8).Name("by");
        Map(r => r.Plan.Page).Index(9).Name("page");
        Map(r => r.Plan.Source).Index(10).Name("source");
        Map(r => r.Plan.Ordinal).Index(11).Name("document");
    }
}
