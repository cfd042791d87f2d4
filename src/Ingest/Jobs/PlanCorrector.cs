using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Catalog;
using Ingest.Extraction;

namespace Ingest.Jobs;

/// <summary>
/// A person's correction of one plan's record (issue 18): fields given in the record's own JSON
/// names (<c>{"number": "729/QĐ-TTg"}</c>), each checked, stored apart from the machine's reading
/// (who, when, old → new), laid over the record at once — the catalog, the index, the exports
/// and `ingest show` see it — and kept by every later `ingest reprocess`.
/// </summary>
public static class PlanCorrector
{
    /// <summary>The corrected plan, or why the correction was refused (nothing is changed then).</summary>
    public static (StoredPlan? Plan, string? Error) Correct(Archive archive, long planId, JsonObject patch, string actor)
    {
        if (archive.Catalog.Plans.Get(planId) is not { } plan)
        {
            return (null, $"no plan {planId}");
        }
        if (patch.Count == 0)
        {
            return (null, "give one or more fields of the record, e.g. {\"number\": \"729/QĐ-TTg\"}");
        }
        if (patch.Select(p => p.Key).FirstOrDefault(f => !CorrectionStore.Fields.Contains(f)) is { } unknown)
        {
            return (null, $"'{unknown}' is not a field a person may set; one of {string.Join(", ", CorrectionStore.Fields.Order(StringComparer.Ordinal))}");
        }
        var before = JsonSerializer.SerializeToNode(plan.Document, PlanRecord.JsonOptions)!.AsObject();
        var corrections = patch.Select(p => new Correction(0, plan.FileId, plan.Ordinal, p.Key,
            before[p.Key]?.ToJsonString(PlanRecord.JsonOptions), p.Value?.ToJsonString(PlanRecord.JsonOptions) ?? "null", actor, DateTimeOffset.UtcNow)).ToList();
        PlanDocument corrected;
        try
        {
            corrected = CorrectionStore.Apply(plan.Document, corrections);
        }
        catch (JsonException e)
        {
            return (null, $"a value does not fit the record: {e.Message.Split(". Path", 2)[0]}");
        }
        if (string.IsNullOrWhiteSpace(corrected.Kind))
        {
            return (null, "a document has a kind (Kế hoạch, Quyết định…)");
        }
        foreach (var c in corrections)
        {
            archive.Catalog.Corrections.Add(c.FileId, c.Ordinal, c.Field, c.OldJson, c.NewJson, actor);
        }
        var stored = archive.Catalog.Plans.Update(plan, corrected);
        archive.Catalog.Accounts.Record(actor, "correct", plan.FileId,
            string.Join("; ", corrections.Select(c => $"{c.Field}: {c.OldJson ?? "null"} → {c.NewJson}")));
        archive.IndexFile(plan.FileId);
        archive.Index.Commit();
        return (stored, null);
    }
}
