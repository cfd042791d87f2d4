using System.Text.Json;
using Ingest.Extraction;
using Microsoft.Data.Sqlite;

namespace Ingest.Catalog;

/// <summary>
/// Writes a plan's references, deadlines, quotas and targets to their tables (migration 3), in
/// the shape migration 3 gives the rows it fills from record_json: lists as JSON arrays, ISO dates.
/// </summary>
internal static class PlanItems
{
    public static void Save(SqliteConnection connection, SqliteTransaction tx, long planId, PlanDocument d)
    {
        for (var i = 0; i < d.References.Count; i++)
        {
            var r = d.References[i];
            Insert(connection, tx, "INSERT INTO plan_references VALUES ($plan, $i, $a, $b, $c, $d, $e, $f)", planId, i,
                r.Kind, r.Number, DocumentNumber.Key(r.Number), r.Date?.ToString(), r.Issuer, r.Relation);
        }
        for (var i = 0; i < d.Deadlines.Count; i++)
        {
            var x = d.Deadlines[i];
            Insert(connection, tx, "INSERT INTO plan_deadlines VALUES ($plan, $i, $a, $b, $c, $d, $e, json($f), $g)", planId, i,
                x.Due.ToString(), x.Precision, x.Qualifier, x.Start?.ToString(), x.Action, JsonArray(x.Responsible), x.Section);
        }
        for (var i = 0; i < d.Quotas.Count; i++)
        {
            var q = d.Quotas[i];
            Insert(connection, tx, "INSERT INTO plan_quotas VALUES ($plan, $i, json($a), $b, $c, $d, $e)", planId, i,
                JsonArray(q.Holder), q.Each ? 1 : 0, q.Count, q.Unit, q.Purpose);
        }
        for (var i = 0; i < d.Targets.Count; i++)
        {
            var t = d.Targets[i];
            Insert(connection, tx, "INSERT INTO plan_targets VALUES ($plan, $i, $a, $b, $c, $d, $e)", planId, i,
                t.Indicator, t.Comparator, (double)t.Value, t.Unit, t.By);
        }
    }

    // Lists go through SQLite's json() on insert, as in migration 3, so a row reads the same
    // whichever of the two wrote it: ["Sở Nội vụ"].
    private static string JsonArray(IReadOnlyList<string> items) => JsonSerializer.Serialize(items, PlanRecord.JsonOptions);

    private static void Insert(SqliteConnection connection, SqliteTransaction tx, string sql, long planId, int ordinal, params object?[] values)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$plan", planId);
        cmd.Parameters.AddWithValue("$i", ordinal);
        for (var k = 0; k < values.Length; k++)
        {
            cmd.Parameters.AddWithValue("$" + (char)('a' + k), values[k] ?? DBNull.Value);
        }
        cmd.ExecuteNonQuery();
    }
}
