using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace Ingest.Catalog;

/// <summary>
/// The shared catalog for scale-out: PostgreSQL, reached by every worker through a connection
/// string. Migrations run under an advisory lock, so workers starting together migrate once.
/// </summary>
internal sealed class PostgresDatabase : CatalogDatabase
{
    // Any constant of our own: pg_advisory_xact_lock serialises migrations across processes.
    private const long MigrationLock = 0x1_6E_67_65_73_74;
    private readonly NpgsqlDataSource _source;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Describe = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        _source = NpgsqlDataSource.Create(builder);
    }

    public override string Describe { get; }

    public override DbConnection Connect()
    {
        try
        {
            return _source.OpenConnection();
        }
        catch (NpgsqlException e)
        {
            throw new CatalogUnavailableException($"cannot reach the catalog at {Describe}: {e.Message}", e);
        }
    }

    public override void Migrate()
    {
        using var connection = Connect();
        using var tx = connection.BeginTransaction();
        Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLock}); CREATE TABLE IF NOT EXISTS catalog_version(version INTEGER NOT NULL)", tx);
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT max(version) FROM catalog_version";
        var read = cmd.ExecuteScalar();
        var version = read is null or DBNull ? 0 : Convert.ToInt32(read, CultureInfo.InvariantCulture);
        for (var v = version; v < CatalogSchema.Postgres.Count; v++)
        {
            Execute(connection, CatalogSchema.Postgres[v], tx);
        }
        Execute(connection, $"DELETE FROM catalog_version; INSERT INTO catalog_version VALUES ({Math.Max(version, CatalogSchema.Postgres.Count)})", tx);
        tx.Commit();
    }

    public override void Dispose() => _source.Dispose();
}
