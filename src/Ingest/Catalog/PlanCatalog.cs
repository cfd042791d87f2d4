using System.Globalization;
using System.Text.Json;
using Ingest.Extraction;
using Ingest.Pdf;
using Microsoft.Data.Sqlite;

namespace Ingest.Catalog;

/// <summary>
/// The store of record (SQLite): files by content hash, their pages' text, and the plans
/// extracted from them. The search index is always rebuildable from here.
/// </summary>
public sealed class PlanCatalog : IDisposable
{
    private readonly SqliteConnection _connection;

    private PlanCatalog(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating and migrating as needed) the catalog database at <paramref name="path"/>.</summary>
    public static PlanCatalog Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
        // Migration 3 keys the numbers of references already stored the way the code keys new ones.
        connection.CreateFunction("number_key", (string? number) => number is null ? null : DocumentNumber.Key(number), isDeterministic: true);
        Migrate(connection);
        return new PlanCatalog(connection);
    }

    private static void Migrate(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        for (var v = version; v < CatalogSchema.Migrations.Length; v++)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, CatalogSchema.Migrations[v], tx);
            Execute(connection, $"PRAGMA user_version = {v + 1}", tx);
            tx.Commit();
        }
    }

    /// <summary>The file with this content hash, if the archive holds it.</summary>
    public StoredDocument? FindDocument(string sha256)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id, sha256, file_name, received_at, status, error, page_count FROM documents WHERE sha256 = $sha";
        cmd.Parameters.AddWithValue("$sha", sha256);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadDocument(r) : null;
    }

    /// <summary>All files, oldest first.</summary>
    public IReadOnlyList<StoredDocument> Documents()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id, sha256, file_name, received_at, status, error, page_count FROM documents ORDER BY id";
        using var r = cmd.ExecuteReader();
        var list = new List<StoredDocument>();
        while (r.Read())
        {
            list.Add(ReadDocument(r));
        }
        return list;
    }

    /// <summary>Records a newly received file; its status starts as queued.</summary>
    public long AddDocument(string sha256, string fileName, DateTimeOffset receivedAt)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO documents(sha256, file_name, received_at, status) VALUES ($sha, $name, $at, $status);
            SELECT last_insert_rowid();
            """;
        cmd.Parameters.AddWithValue("$sha", sha256);
        cmd.Parameters.AddWithValue("$name", fileName);
        cmd.Parameters.AddWithValue("$at", receivedAt.ToString("O", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$status", DocumentStatus.Queued);
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>Sets a file's status, with the one-line reason when it failed.</summary>
    public void SetStatus(long documentId, string status, string? error = null)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "UPDATE documents SET status = $status, error = $error WHERE id = $id";
        cmd.Parameters.AddWithValue("$status", status);
        cmd.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$id", documentId);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Replaces the pages of a file, with their restored text.</summary>
    public void SavePages(long documentId, IReadOnlyList<PageText> pages, IReadOnlyList<string>? restored = null)
    {
        using var tx = _connection.BeginTransaction();
        Execute(_connection, $"DELETE FROM pages WHERE document_id = {documentId}", tx);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO pages(document_id, number, source, raw_text, restored_text, confidence, word_boxes, elapsed_ms, ocr_language)
                VALUES ($doc, $n, $source, $text, $restored, $conf, $boxes, $ms, $lang)
                """;
            cmd.Parameters.AddWithValue("$doc", documentId);
            cmd.Parameters.AddWithValue("$n", page.Number);
            cmd.Parameters.AddWithValue("$source", page.Source.ToString());
            cmd.Parameters.AddWithValue("$text", page.Text);
            cmd.Parameters.AddWithValue("$restored", (object?)restored?[i] ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$conf", (object?)page.Confidence ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$boxes", (object?)page.WordBoxesTsv ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$ms", page.Elapsed.TotalMilliseconds);
            cmd.Parameters.AddWithValue("$lang", (object?)page.OcrLanguage ?? DBNull.Value);
            cmd.ExecuteNonQuery();
        }
        Execute(_connection, $"UPDATE documents SET page_count = {pages.Count} WHERE id = {documentId}", tx);
        tx.Commit();
    }

    /// <summary>The stored page texts of a file, in page order.</summary>
    public IReadOnlyList<string> PageTexts(long documentId)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT coalesce(restored_text, raw_text) FROM pages WHERE document_id = $doc ORDER BY number";
        cmd.Parameters.AddWithValue("$doc", documentId);
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }
        return list;
    }

    /// <summary>The stored pages of a file as read (before restoration), in page order.</summary>
    public IReadOnlyList<PageText> Pages(long documentId)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT number, raw_text, source, confidence, elapsed_ms, word_boxes, ocr_language
            FROM pages WHERE document_id = $doc ORDER BY number
            """;
        cmd.Parameters.AddWithValue("$doc", documentId);
        using var r = cmd.ExecuteReader();
        var list = new List<PageText>();
        while (r.Read())
        {
            list.Add(new PageText(r.GetInt32(0), r.GetString(1), Enum.Parse<TextSource>(r.GetString(2)),
                r.IsDBNull(3) ? null : r.GetDouble(3), TimeSpan.FromMilliseconds(r.GetDouble(4)))
            {
                WordBoxesTsv = r.IsDBNull(5) ? null : r.GetString(5),
                OcrLanguage = r.IsDBNull(6) ? null : r.GetString(6),
            });
        }
        return list;
    }

    /// <summary>Replaces the restored text of the given pages of a file (<paramref name="restored"/>[i] is <paramref name="pages"/>[i]'s).</summary>
    public void SaveRestoredText(long documentId, IReadOnlyList<PageText> pages, IReadOnlyList<string> restored)
    {
        using var tx = _connection.BeginTransaction();
        for (var i = 0; i < restored.Count; i++)
        {
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                UPDATE pages SET restored_text = $text WHERE document_id = $doc AND number = $n
                """;
            cmd.Parameters.AddWithValue("$text", restored[i]);
            cmd.Parameters.AddWithValue("$doc", documentId);
            cmd.Parameters.AddWithValue("$n", pages[i].Number);
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    /// <summary>Replaces the plans extracted from a file and returns them as stored.</summary>
    public IReadOnlyList<StoredPlan> SavePlans(long documentId, PlanRecord record)
    {
        using var tx = _connection.BeginTransaction();
        Execute(_connection, $"DELETE FROM plans WHERE document_id = {documentId}", tx);
        var stored = new List<StoredPlan>();
        for (var i = 0; i < record.Documents.Count; i++)
        {
            var d = record.Documents[i];
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO plans(document_id, ordinal, kind, number, number_key, issuer, place, issued_on, title,
                                  period_from, period_to, page, record_json, body)
                VALUES ($doc, $ord, $kind, $number, $key, $issuer, $place, $on, $title, $from, $to, $page, $json, $body);
                SELECT last_insert_rowid();
                """;
            cmd.Parameters.AddWithValue("$doc", documentId);
            cmd.Parameters.AddWithValue("$ord", i);
            cmd.Parameters.AddWithValue("$kind", d.Kind);
            cmd.Parameters.AddWithValue("$number", (object?)d.Number ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$key", d.Number is null ? DBNull.Value : DocumentNumber.Key(d.Number));
            cmd.Parameters.AddWithValue("$issuer", (object?)d.Issuer ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$place", (object?)d.Place ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$on", d.IssuedOn is null ? DBNull.Value : d.IssuedOn.Value.ToString());
            cmd.Parameters.AddWithValue("$title", (object?)d.Title ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$from", (object?)d.Period?.From ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$to", (object?)d.Period?.To ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$page", d.Page);
            cmd.Parameters.AddWithValue("$json", JsonSerializer.Serialize(d, PlanRecord.JsonOptions));
            cmd.Parameters.AddWithValue("$body", d.Text);
            var id = (long)cmd.ExecuteScalar()!;
            PlanItems.Save(_connection, tx, id, d);
            stored.Add(new StoredPlan(id, documentId, record.Source, i, d));
        }
        tx.Commit();
        return stored;
    }

    /// <summary>Every stored plan, in file then reading order.</summary>
    public IReadOnlyList<StoredPlan> Plans() => QueryPlans("1 = 1", null);

    /// <summary>The plans whose number is this one, typed any way ("11325 kh-ubnd").</summary>
    public IReadOnlyList<StoredPlan> PlansByNumber(string number) => QueryPlans("p.number_key = $key", DocumentNumber.Key(number));

    /// <summary>The plans that cite this number, typed any way (from the plan_references table).</summary>
    public IReadOnlyList<StoredPlan> PlansCiting(string number) =>
        QueryPlans("p.id IN (SELECT plan_id FROM plan_references WHERE number_key = $key)", DocumentNumber.Key(number));

    /// <summary>The plans with a deadline due on this ISO day, in this month or in this year ("2023-11").</summary>
    public IReadOnlyList<StoredPlan> PlansDue(string isoPrefix) =>
        QueryPlans("p.id IN (SELECT plan_id FROM plan_deadlines WHERE due = $key OR due LIKE $key || '-%')", isoPrefix);

    /// <summary>The plans of one file.</summary>
    public IReadOnlyList<StoredPlan> PlansOf(long documentId) =>
        QueryPlans("p.document_id = $key", documentId.ToString(CultureInfo.InvariantCulture));

    private List<StoredPlan> QueryPlans(string where, string? key)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT p.id, p.document_id, d.file_name, p.ordinal, p.record_json, p.page, p.body
            FROM plans p JOIN documents d ON d.id = p.document_id
            WHERE {where} ORDER BY p.document_id, p.ordinal
            """;
        if (key is not null)
        {
            cmd.Parameters.AddWithValue("$key", key);
        }
        using var r = cmd.ExecuteReader();
        var list = new List<StoredPlan>();
        while (r.Read())
        {
            var doc = JsonSerializer.Deserialize<PlanDocument>(r.GetString(4), PlanRecord.JsonOptions)! with { Page = r.GetInt32(5), Text = r.GetString(6) };
            list.Add(new StoredPlan(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3), doc));
        }
        return list;
    }

    private static StoredDocument ReadDocument(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2),
        DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture),
        r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetInt32(6));

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
