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

    /// <summary>Runs one statement (or a script of several) on <paramref name="connection"/>.</summary>
    public static void Execute(DbConnection connection, string sql, DbTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
