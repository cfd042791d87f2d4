using Npgsql;

namespace Ingest.Tests;

/// <summary>
/// The PostgreSQL server `./test` starts on loopback (scripts/test-postgres.sh) and names in
/// $INGEST_TEST_PG. Each test gets a database of its own, dropped when it is disposed.
/// </summary>
internal sealed class ScratchPostgres : IDisposable
{
    public ScratchPostgres()
    {
        var server = Environment.GetEnvironmentVariable("INGEST_TEST_PG");
        if (string.IsNullOrEmpty(server))
        {
            throw new InvalidOperationException(
                "INGEST_TEST_PG is not set: run the tests with ./test, which starts a PostgreSQL server on loopback and sets it");
        }
        Server = server;
        Name = "ingest_test_" + Guid.NewGuid().ToString("N")[..12];
        Run($"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ToString();
    }

    public string Server { get; }

    public string Name { get; }

    /// <summary>The catalog location to give Archive.Open / PlanCatalog.Open / --db.</summary>
    public string ConnectionString { get; }

    private void Run(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Run($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
