using CsvHelper.Configuration;

namespace Ingest.Export;

/// <summary>The columns of the quotas export: the plan, the allocation, where to find it.</summary>
public sealed class QuotaRowMap : ClassMap<QuotaRow>
{
    public QuotaRowMap()
    {
        Map(r => r.Plan.Number).Index(0).Name("plan_number");
        Map(r => r.Plan.IssuedOn).Index(1).Name("plan_issued_on");
        Map(r => r.Plan.Issuer).Index(2).Name("plan_issuer");
        Map(r => r.Plan.Title).Index(3).Name("plan_title");
        Map(r => r.Holder).Index(4).Name("holder");
        Map(r => r.Each).Index(5).Name("each");
        Map(r => r.Count).Index(6).Name("count");
        Map(r => r.Unit).Index(7).Name("unit");
        Map(r => r.Purpose).Index(8).Name("purpose");
        Map(r => r.Plan.Page).Index(9).Name("page");
        Map(r => r.Plan.Source).Index(10).Name("source");
        Map(r => r.Plan.Ordinal).Index(11).Name("document");
    }
}
