using System.Data.Common;
using System.Globalization;

namespace Ingest.Tests.Catalog;

/// <summary>A query's rows as text lines ("a | b | c"), to compare tables across databases and builds.</summary>
internal static class TableDump
{
    public static List<string> Rows(DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));
        }
        return rows;
    }
}
