using System.Data.Common;
using System.Text.Json;
using Ingest.Extraction;
using Ingest.Text;

namespace Ingest.Catalog;

/// <summary>
/// Writes a plan's references, deadlines, quotas and targets to their tables (migration 3), in
/// the shape migration 3 gives the rows it fills from record_json: lists as JSON arrays, ISO dates.
/// </summary>
internal static class PlanItems
{
    public static void Save(DbConnection connection, DbTransaction tx, long planId, PlanDocument d)
    {
        for (var i = 0; i < d.References.Count; i++)
        {
            var r = d.References[i];
            Insert(connection, tx, "plan_references", planId, i,
                r.Kind, r.Number, DocumentNumber.Key(r.Number), r.Date?.ToString(), r.Issuer, r.Relation.Name());
        }
        for (var i = 0; i < d.Deadlines.Count; i++)
        {
            var x = d.Deadlines[i];
            Insert(connection, tx, "plan_deadlines", planId, i,
                x.Due.ToString(), x.Precision, x.Qualifier.Name(), x.Start?.ToString(), x.Action, JsonArray(x.Responsible), x.Section);
        }
        for (var i = 0; i < d.Quotas.Count; i++)
        {
            var q = d.Quotas[i];
            Insert(connection, tx, "plan_quotas", planId, i, JsonArray(q.Holder), q.Each ? 1 : 0, q.Count, q.Unit, q.Purpose);
        }
        for (var i = 0; i < d.Targets.Count; i++)
        {
            var t = d.Targets[i];
            Insert(connection, tx, "plan_targets", planId, i, t.Indicator, t.Comparator, (double)t.Value, t.Unit, t.By);
        }
    }

    // Compact JSON, as SQLite's json() wrote it in migration 3's backfill: ["Sở Nội vụ"].
    private static readonly JsonSerializerOptions Compact = new(PlanRecord.JsonOptions) { WriteIndented = false };

    private static string JsonArray(IReadOnlyList<string> items) => JsonSerializer.Serialize(items, Compact);

    // The columns in table order: plan_id, ordinal, then the values.
    private static void Insert(DbConnection connection, DbTransaction tx, string table, long planId, int ordinal, params object?[] values)
    {
        var parameters = new (string, object?)[values.Length + 2];
        parameters[0] = ("plan", planId);
        parameters[1] = ("i", ordinal);
        for (var k = 0; k < values.Length; k++)
        {
            parameters[k + 2] = (((char)('a' + k)).ToString(), values[k]);
        }
        var names = string.Join(", ", parameters.Select(p => "@" + p.Item1));
        using var cmd = PlanCatalog.Command(connection, $"INSERT INTO {table} VALUES ({names})", parameters);
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }
}
