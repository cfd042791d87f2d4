using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Ingest.Extraction;
using Ingest.Text;

namespace Ingest.Catalog;

/// <summary>
/// The store of record: files by content hash, their pages' text, and the plans extracted from
/// them; the search index is always rebuildable from here. SQLite in the archive folder by
/// default, PostgreSQL when opened with a connection string (workers on several machines share
/// it) — the same statements on both (<see cref="CatalogDatabase"/> holds what differs). Every
/// call takes its own pooled connection, so one catalog serves concurrent jobs.
/// </summary>
public sealed class PlanCatalog : IDisposable
{
    private const string FileColumns = "id, sha256, file_name, received_at, status, error, page_count, stage, pages_done, job_id";
    private readonly CatalogDatabase _db;

    private PlanCatalog(CatalogDatabase db)
    {
        _db = db;
        Queue = new DocumentQueue(db);
        Accounts = new AccountStore(db);
    }

    /// <summary>The work queue: claim, finish, fail, retry and requeue, for every path that processes a file.</summary>
    public DocumentQueue Queue { get; }

    /// <summary>Who may use the archive, their tokens, and the audit trail of what they changed.</summary>
    public AccountStore Accounts { get; }

    /// <summary>
    /// Opens (creating and migrating as needed) the catalog at <paramref name="location"/>: a
    /// SQLite file path, or a PostgreSQL connection string (<c>Host=…;Database=…;Username=…</c>).
    /// </summary>
    public static PlanCatalog Open(string location)
    {
        var db = CatalogDatabase.For(location);
        try
        {
            db.Migrate();
            return new PlanCatalog(db);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>True when <paramref name="location"/> is a PostgreSQL connection string rather than a path.</summary>
    public static bool IsConnectionString(string location) => CatalogDatabase.IsConnectionString(location);

    /// <summary>Where the catalog is (a file, or postgresql://host:port/database), for messages.</summary>
    public string Location => _db.Describe;

    /// <summary>The file with this content hash, if the archive holds it.</summary>
    public StoredFile? FindFile(string sha256) =>
        QueryFiles($"SELECT {FileColumns} FROM documents WHERE sha256 = @sha", ("sha", sha256)).FirstOrDefault();

    /// <summary>The file with this catalog id, if any.</summary>
    public StoredFile? Stored(long fileId) =>
        QueryFiles($"SELECT {FileColumns} FROM documents WHERE id = @id", ("id", fileId)).FirstOrDefault();

    /// <summary>All files, oldest first.</summary>
    public IReadOnlyList<StoredFile> Files() => QueryFiles($"SELECT {FileColumns} FROM documents ORDER BY id");

    /// <summary>The <paramref name="count"/> files received last, newest first (the upload page's list).</summary>
    public IReadOnlyList<StoredFile> LatestFiles(int count) =>
        QueryFiles($"SELECT {FileColumns} FROM documents ORDER BY id DESC LIMIT @count", ("count", count));

    /// <summary>The files in one status (e.g. those a crash left queued or processing), oldest first.</summary>
    public IReadOnlyList<StoredFile> FilesIn(FileStatus status) =>
        QueryFiles($"SELECT {FileColumns} FROM documents WHERE status = @status ORDER BY id", ("status", status.Name()));

    /// <summary>
    /// Records a newly received file (status queued) and returns its id; when another process or
    /// thread recorded the same content first, returns that file's id instead (the hash is unique).
    /// </summary>
    public long AddFile(string sha256, string fileName, DateTimeOffset receivedAt)
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, """
            INSERT INTO documents(sha256, file_name, received_at, status) VALUES (@sha, @name, @at, @status)
            ON CONFLICT (sha256) DO NOTHING RETURNING id
            """,
            ("sha", sha256), ("name", fileName), ("at", receivedAt.ToString("O", CultureInfo.InvariantCulture)), ("status", FileStatus.Queued.Name()));
        var id = cmd.ExecuteScalar();
        return id is null or DBNull ? FindFile(sha256)!.Id : Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    /// <summary>Sets a file's status, with the one-line reason when it failed.</summary>
    public void SetStatus(long fileId, FileStatus status, string? error = null)
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, "UPDATE documents SET status = @status, error = @error WHERE id = @id",
            ("status", status.Name()), ("error", error), ("id", fileId));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Puts a file back in the queue with no owner (see <see cref="DocumentQueue.Requeue"/>; the web layer's retry still calls it here).</summary>
    public void Requeue(long fileId) => Queue.Requeue(fileId);

    /// <summary>Live progress of the job working on a file.</summary>
    public void SetProgress(long fileId, string stage, int pagesDone, int? pageCount)
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, "UPDATE documents SET stage = @stage, pages_done = @done, page_count = coalesce(@count, page_count) WHERE id = @id",
            ("stage", stage), ("done", pagesDone), ("count", pageCount), ("id", fileId));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Every run of every file: (document id, finished), for checks after a crash.</summary>
    public IReadOnlyList<(long FileId, bool Finished)> Runs()
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, "SELECT document_id, finished_at FROM document_runs ORDER BY id");
        using var r = cmd.ExecuteReader();
        var list = new List<(long, bool)>();
        while (r.Read())
        {
            list.Add((r.GetInt64(0), !r.IsDBNull(1)));
        }
        return list;
    }

    /// <summary>The worker of every run, in run order (host:pid), to see how work was shared.</summary>
    public IReadOnlyList<string> RunWorkers()
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, "SELECT worker FROM document_runs ORDER BY id");
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }
        return list;
    }

    /// <summary>Replaces the pages of a file, with their restored text.</summary>
    public void SavePages(long fileId, IReadOnlyList<PageText> pages, IReadOnlyList<string>? restored = null)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        CatalogDatabase.Execute(connection, $"DELETE FROM pages WHERE document_id = {fileId}", tx);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            using var cmd = Command(connection, """
                INSERT INTO pages(document_id, number, source, raw_text, restored_text, confidence, word_boxes, elapsed_ms, ocr_language)
                VALUES (@doc, @n, @source, @text, @restored, @conf, @boxes, @ms, @lang)
                """,
                ("doc", fileId), ("n", page.Number), ("source", page.Source.ToString()), ("text", page.Text),
                ("restored", restored?[i]), ("conf", page.Confidence), ("boxes", page.WordBoxesTsv),
                ("ms", page.Elapsed.TotalMilliseconds), ("lang", page.OcrLanguage is { } lang ? lang.Name() : null));
            cmd.Transaction = tx;
            cmd.ExecuteNonQuery();
        }
        CatalogDatabase.Execute(connection, $"UPDATE documents SET page_count = {pages.Count} WHERE id = {fileId}", tx);
        tx.Commit();
    }

    /// <summary>The stored page texts of a file, in page order.</summary>
    public IReadOnlyList<string> PageTexts(long fileId)
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, "SELECT coalesce(restored_text, raw_text) FROM pages WHERE document_id = @doc ORDER BY number", ("doc", fileId));
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }
        return list;
    }

    /// <summary>The stored pages of a file as read (before restoration), in page order.</summary>
    public IReadOnlyList<PageText> Pages(long fileId)
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, """
            SELECT number, raw_text, source, confidence, elapsed_ms, word_boxes, ocr_language
            FROM pages WHERE document_id = @doc ORDER BY number
            """, ("doc", fileId));
        using var r = cmd.ExecuteReader();
        var list = new List<PageText>();
        while (r.Read())
        {
            list.Add(new PageText(r.GetInt32(0), r.GetString(1), Enum.Parse<TextSource>(r.GetString(2)),
                r.IsDBNull(3) ? null : r.GetDouble(3), TimeSpan.FromMilliseconds(r.GetDouble(4)))
            {
                WordBoxesTsv = r.IsDBNull(5) ? null : r.GetString(5),
                OcrLanguage = r.IsDBNull(6) ? null : EnumNames.Parse<OcrLanguage>(r.GetString(6)),
            });
        }
        return list;
    }

    /// <summary>Replaces the restored text of the given pages of a file (<paramref name="restored"/>[i] is <paramref name="pages"/>[i]'s).</summary>
    public void SaveRestoredText(long fileId, IReadOnlyList<PageText> pages, IReadOnlyList<string> restored)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        for (var i = 0; i < restored.Count; i++)
        {
            using var cmd = Command(connection, "UPDATE pages SET restored_text = @text WHERE document_id = @doc AND number = @n",
                ("text", restored[i]), ("doc", fileId), ("n", pages[i].Number));
            cmd.Transaction = tx;
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    /// <summary>Replaces the plans extracted from a file and returns them as stored.</summary>
    public IReadOnlyList<StoredPlan> SavePlans(long fileId, PlanRecord record)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        CatalogDatabase.Execute(connection, $"DELETE FROM plans WHERE document_id = {fileId}", tx);
        var stored = new List<StoredPlan>();
        for (var i = 0; i < record.Documents.Count; i++)
        {
            var d = record.Documents[i];
            using var cmd = Command(connection, """
                INSERT INTO plans(document_id, ordinal, kind, number, number_key, issuer, place, issued_on, title,
                                  period_from, period_to, page, record_json, body)
                VALUES (@doc, @ord, @kind, @number, @key, @issuer, @place, @on, @title, @from, @to, @page, @json, @body)
                RETURNING id
                """,
                ("doc", fileId), ("ord", i), ("kind", d.Kind), ("number", d.Number),
                ("key", d.Number is null ? null : DocumentNumber.Key(d.Number)), ("issuer", d.Issuer), ("place", d.Place),
                ("on", d.IssuedOn?.ToString()), ("title", d.Title), ("from", d.Period?.From), ("to", d.Period?.To),
                ("page", d.Page), ("json", JsonSerializer.Serialize(d, PlanRecord.JsonOptions)), ("body", d.Text));
            cmd.Transaction = tx;
            var id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
            PlanItems.Save(connection, tx, id, d);
            stored.Add(new StoredPlan(id, fileId, record.Source, i, d));
        }
        tx.Commit();
        return stored;
    }

    /// <summary>Every stored plan, in file then reading order.</summary>
    public IReadOnlyList<StoredPlan> Plans() => QueryPlans("1 = 1");

    /// <summary>The plans whose number is this one, typed any way ("11325 kh-ubnd").</summary>
    public IReadOnlyList<StoredPlan> PlansByNumber(string number) => QueryPlans("p.number_key = @key", ("key", DocumentNumber.Key(number)));

    /// <summary>The plans that cite this number, typed any way (from the plan_references table).</summary>
    public IReadOnlyList<StoredPlan> PlansCiting(string number) =>
        QueryPlans("p.id IN (SELECT plan_id FROM plan_references WHERE number_key = @key)", ("key", DocumentNumber.Key(number)));

    /// <summary>The plans with a deadline due on this ISO day, in this month or in this year ("2023-11").</summary>
    public IReadOnlyList<StoredPlan> PlansDue(string isoPrefix) =>
        QueryPlans("p.id IN (SELECT plan_id FROM plan_deadlines WHERE due = @key OR due LIKE @pattern)", ("key", isoPrefix), ("pattern", isoPrefix + "-%"));

    /// <summary>The plans of one file.</summary>
    public IReadOnlyList<StoredPlan> PlansOf(long fileId) => QueryPlans("p.document_id = @doc", ("doc", fileId));

    /// <summary>The ids of every stored plan, without reading their records.</summary>
    public IReadOnlyList<long> PlanIds()
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, "SELECT id FROM plans ORDER BY id");
        using var r = cmd.ExecuteReader();
        var list = new List<long>();
        while (r.Read())
        {
            list.Add(r.GetInt64(0));
        }
        return list;
    }

    /// <summary>
    /// The headings (kind, number, title) of the plans of every file from id <paramref name="fromFileId"/>
    /// on, from the plans table's columns, without reading the records.
    /// </summary>
    public IReadOnlyList<PlanHeading> PlanHeadings(long fromFileId = 0)
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, "SELECT id, document_id, kind, number, title FROM plans WHERE document_id >= @from ORDER BY document_id, ordinal",
            ("from", fromFileId));
        using var r = cmd.ExecuteReader();
        var list = new List<PlanHeading>();
        while (r.Read())
        {
            list.Add(new PlanHeading(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        }
        return list;
    }

    /// <summary>One plan by its catalog id, if any.</summary>
    public StoredPlan? Plan(long planId) => QueryPlans("p.id = @id", ("id", planId)).FirstOrDefault();

    private List<StoredPlan> QueryPlans(string where, params (string Name, object? Value)[] parameters)
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, $"""
            SELECT p.id, p.document_id, d.file_name, p.ordinal, p.record_json, p.page, p.body
            FROM plans p JOIN documents d ON d.id = p.document_id
            WHERE {where} ORDER BY p.document_id, p.ordinal
            """, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<StoredPlan>();
        while (r.Read())
        {
            var doc = JsonSerializer.Deserialize<PlanDocument>(r.GetString(4), PlanRecord.JsonOptions)! with { Page = r.GetInt32(5), Text = r.GetString(6) };
            list.Add(new StoredPlan(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3), doc));
        }
        return list;
    }

    private List<StoredFile> QueryFiles(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = _db.Connect();
        using var cmd = Command(connection, sql, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<StoredFile>();
        while (r.Read())
        {
            list.Add(new StoredFile(
                r.GetInt64(0), r.GetString(1), r.GetString(2),
                DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture),
                EnumNames.Parse<FileStatus>(r.GetString(4)) ?? FileStatus.Unknown, r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetInt32(6))
            {
                StatusText = r.GetString(4),
                Stage = r.IsDBNull(7) ? null : r.GetString(7),
                PagesDone = r.IsDBNull(8) ? null : r.GetInt32(8),
                JobId = r.IsDBNull(9) ? null : r.GetString(9),
            });
        }
        return list;
    }

    /// <summary>A command with named parameters (<c>@name</c> in the SQL; null is SQL NULL).</summary>
    internal static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@" + name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();
}
