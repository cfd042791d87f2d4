using System.Data.Common;
using System.Globalization;
using Ingest.Extraction;
using Microsoft.Data.Sqlite;

namespace Ingest.Catalog;

/// <summary>The embedded catalog: one SQLite file in WAL mode, pooled connections, shared by threads.</summary>
internal sealed class SqliteDatabase : CatalogDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Describe = full;
        // Default Timeout is also how long a writer waits for another's lock (SQLITE_BUSY is
        // retried until then): the web service's jobs and a CLI run may write at once.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public override string Describe { get; }

    public override DbConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public override void Migrate()
    {
        using var connection = (SqliteConnection)Connect();
        Execute(connection, "PRAGMA journal_mode=WAL");
        // Migration 3 keys the numbers of references already stored the way the code keys new ones.
        connection.CreateFunction("number_key", (string? number) => number is null ? null : DocumentNumber.Key(number), isDeterministic: true);
        // BEGIN IMMEDIATE: a second process opening the same archive waits here instead of
        // reading the version the first is about to change.
        using var tx = connection.BeginTransaction(deferred: false);
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        for (var v = version; v < CatalogSchema.Sqlite.Count; v++)
        {
            Execute(connection, CatalogSchema.Sqlite[v], tx);
            Execute(connection, $"PRAGMA user_version = {v + 1}", tx);
        }
        tx.Commit();
    }

    // Pooled connections keep the file open; release them so the archive folder can go.
    public override void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
