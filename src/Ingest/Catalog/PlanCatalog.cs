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
    // A file's columns, read by ReadFile, from "documents d" (the document browser joins it to plans).
    internal const string FileColumns = "d.id, d.sha256, d.file_name, d.received_at, d.status, d.error, d.page_count, d.stage, d.pages_done, d.job_id, d.failure";
    private readonly CatalogDatabase _db;

    private PlanCatalog(CatalogDatabase db)
    {
        _db = db;
        Queue = new DocumentQueue(db);
        Pages = new PageStore(db);
        Corrections = new CorrectionStore(db);
        Plans = new PlanStore(db, Corrections);
        Accounts = new AccountStore(db);
        Duplicates = new DuplicateStore(db);
    }

    /// <summary>Which plans are possible duplicates (rescans) of plans of earlier files.</summary>
    public DuplicateStore Duplicates { get; }

    /// <summary>The pages of each file, as read and as restored.</summary>
    public PageStore Pages { get; }

    /// <summary>People's corrections of records, laid over the machine's reading whenever plans are saved.</summary>
    public CorrectionStore Corrections { get; }

    /// <summary>The plans extracted from each file, and the lookups by number, citation and deadline.</summary>
    public PlanStore Plans { get; }

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
        QueryFiles($"SELECT {FileColumns} FROM documents d WHERE sha256 = @sha", ("sha", sha256)).FirstOrDefault();

    /// <summary>The file with this catalog id, if any.</summary>
    public StoredFile? Stored(long fileId) =>
        QueryFiles($"SELECT {FileColumns} FROM documents d WHERE id = @id", ("id", fileId)).FirstOrDefault();

    /// <summary>All files, oldest first.</summary>
    public IReadOnlyList<StoredFile> Files() => QueryFiles($"SELECT {FileColumns} FROM documents d ORDER BY id");

    /// <summary>The <paramref name="count"/> files received last, newest first (the upload page's list).</summary>
    public IReadOnlyList<StoredFile> LatestFiles(int count) =>
        QueryFiles($"SELECT {FileColumns} FROM documents d ORDER BY id DESC LIMIT @count", ("count", count));

    /// <summary>The files in one status (e.g. those a crash left queued or processing), oldest first.</summary>
    public IReadOnlyList<StoredFile> FilesIn(FileStatus status) =>
        QueryFiles($"SELECT {FileColumns} FROM documents d WHERE status = @status ORDER BY id", ("status", status.Name()));

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

    /// <summary>One page of the document browser (filtered, sorted and paged in SQL, with facet counts).</summary>
    public FileListing Browse(FileQuery query) =>
        new FileBrowser(_db).Browse(query);

    /// <summary>
    /// Removes a file's row and with it (the schema's cascades) its pages, plans, their items,
    /// corrections and runs; the audit trail keeps its history. Null when there is no such file
    /// or it is being processed.
    /// The caller removes what lies outside the catalog: index entries, the original, page images.
    /// </summary>
    public DeletedFile? DeleteFile(long fileId)
    {
        if (Stored(fileId) is not { } file)
        {
            return null;
        }
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        var plans = new List<long>();
        using (var cmd = Command(connection, "SELECT id FROM plans WHERE document_id = @id", ("id", fileId)))
        {
            cmd.Transaction = tx;
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                plans.Add(reader.GetInt64(0));
            }
        }
        // Never under a running job (it would write pages for a file that is gone): the status is
        // checked in the same statement that deletes, so a job claiming it meanwhile wins.
        if (CatalogDatabase.Run(connection, tx, "DELETE FROM documents WHERE id = @id AND status <> @processing",
                ("id", fileId), ("processing", FileStatus.Processing.Name())) == 0)
        {
            return null;
        }
        using var shared = Command(connection, "SELECT count(*) FROM documents WHERE sha256 = @sha", ("sha", file.Sha256));
        shared.Transaction = tx;
        var bytesShared = Convert.ToInt64(shared.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
        tx.Commit();
        return new DeletedFile(file, plans, bytesShared);
    }

    /// <summary>Sets a file's status, with the one-line reason when it failed.</summary>
    public void SetStatus(long fileId, FileStatus status, string? error = null) =>
        _db.Run("UPDATE documents SET status = @status, error = @error WHERE id = @id", ("status", status.Name()), ("error", error), ("id", fileId));

    /// <summary>Live progress of the job working on a file.</summary>
    public void SetProgress(long fileId, string stage, int pagesDone, int? pageCount) =>
        _db.Run("UPDATE documents SET stage = @stage, pages_done = @done, page_count = coalesce(@count, page_count) WHERE id = @id",
            ("stage", stage), ("done", pagesDone), ("count", pageCount), ("id", fileId));

    /// <summary>Every run of every file: (document id, finished), for checks after a crash.</summary>
    public IReadOnlyList<(long FileId, bool Finished)> Runs() =>
        _db.Query("SELECT document_id, finished_at FROM document_runs ORDER BY id", r => (r.GetInt64(0), !r.IsDBNull(1)));

    /// <summary>The worker of every run, in run order (host:pid), to see how work was shared.</summary>
    public IReadOnlyList<string> RunWorkers() => _db.Query("SELECT worker FROM document_runs ORDER BY id", r => r.GetString(0));

    private List<StoredFile> QueryFiles(string sql, params (string Name, object? Value)[] parameters) => _db.Query(sql, ReadFile, parameters);

    /// <summary>One file from a row of <see cref="FileColumns"/>.</summary>
    internal static StoredFile ReadFile(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2),
        DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture),
        EnumNames.Parse<FileStatus>(r.GetString(4)) ?? FileStatus.Unknown, r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetInt32(6))
    {
        StatusText = r.GetString(4),
        Stage = r.IsDBNull(7) ? null : r.GetString(7),
        PagesDone = r.IsDBNull(8) ? null : r.GetInt32(8),
        JobId = r.IsDBNull(9) ? null : r.GetString(9),
        Failure = r.IsDBNull(10) ? null : EnumNames.Parse<FileFailure>(r.GetString(10)),
    };

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
