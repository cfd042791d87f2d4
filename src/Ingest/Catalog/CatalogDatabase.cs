using System.Data.Common;

namespace Ingest.Catalog;

/// <summary>
/// What differs between the catalog's two databases — how to connect, the schema's migrations
/// and where the schema version is kept. Everything else (<see cref="PlanCatalog"/>'s
/// statements) is one code path: named <c>@parameters</c>, <c>INSERT … RETURNING id</c> and
/// plain SQL both accept.
/// </summary>
internal abstract class CatalogDatabase : IDisposable
{
    /// <summary>SQLite for a path; PostgreSQL for a connection string (<c>Host=…;Database=…</c>).</summary>
    public static CatalogDatabase For(string location) =>
        IsConnectionString(location) ? new PostgresDatabase(location) : new SqliteDatabase(location);

    /// <summary>True for <c>key=value;…</c> with a host, as opposed to a file path.</summary>
    public static bool IsConnectionString(string location) =>
        location.Contains('=', StringComparison.Ordinal)
        && location.Split(';').Any(part => part.Split('=')[0].Trim() is var key
            && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Where the catalog is, for messages (never the password).</summary>
    public abstract string Describe { get; }

    /// <summary>An open connection from the pool; callers dispose it.</summary>
    public abstract DbConnection Connect();

    /// <summary>Creates or brings the schema up to date; safe when several processes start at once.</summary>
    public abstract void Migrate();

    public abstract void Dispose();

    /// <summary>The rows of a query with named parameters, each read by <paramref name="row"/>, on a pooled connection.</summary>
    public List<T> Query<T>(string sql, Func<DbDataReader, T> row, params (string Name, object? Value)[] parameters)
    {
        using var connection = Connect();
        using var cmd = PlanCatalog.Command(connection, sql, parameters);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }
        return rows;
    }

    /// <summary>Runs one statement with named parameters on a pooled connection; the rows it changed.</summary>
    public int Run(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Connect();
        using var cmd = PlanCatalog.Command(connection, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row of a query with named parameters.</summary>
    public object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Connect();
        using var cmd = PlanCatalog.Command(connection, sql, parameters);
        return cmd.ExecuteScalar();
    }

    /// <summary>Runs one statement with named parameters inside <paramref name="tx"/>.</summary>
    public static int Run(DbConnection connection, DbTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = PlanCatalog.Command(connection, sql, parameters);
        cmd.Transaction = tx;
        return cmd.ExecuteNonQuery();
    }

    /// <summary>Runs one statement (or a script of several) on <paramref name="connection"/>.</summary>
    public static void Execute(DbConnection connection, string sql, DbTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
