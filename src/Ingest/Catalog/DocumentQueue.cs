using System.Data.Common;
using System.Globalization;
using Ingest.Text;

namespace Ingest.Catalog;

/// <summary>
/// The work queue of the catalog, one state machine for every path that processes a file —
/// `ingest add`, the service's jobs and `ingest worker`s alike:
/// <code>
///   queued ──TryClaim──► processing ──Finish──► done
///     ▲                      │ └──────Fail────► failed ──Retry──┐
///     └──────Requeue─────────┘  (owner dead)                    │
///     └─────────────────────────────────────────────────────────┘
/// </code>
/// A claim is one conditional UPDATE, so of two claimers racing on a file exactly one wins
/// (SQLite serialises writers; PostgreSQL re-checks the WHERE after the row lock). Finish and
/// Fail apply only while the claimer still owns the file: a run that lost its file to a
/// requeue (its worker was taken for dead) cannot overwrite the new run's result.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "The work queue of issue 17, named as the team names it; not a collection type.")]
public sealed class DocumentQueue
{
    private readonly CatalogDatabase _db;

    internal DocumentQueue(CatalogDatabase db) => _db = db;

    /// <summary>
    /// Claims a queued file for <paramref name="owner"/> (a Hangfire job id, or a CLI run's own
    /// name) and records a run by <paramref name="worker"/> (host:pid). A file already processing
    /// under the same owner is claimed again: Hangfire runs a job again after its worker died.
    /// Null when the file is done, failed, or another owner holds it — the caller leaves it alone.
    /// </summary>
    public DocumentClaim? TryClaim(long fileId, string owner, string worker)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        var claimed = CatalogDatabase.Run(connection, tx, """
            UPDATE documents SET status = @processing, job_id = @owner, stage = NULL, pages_done = 0, error = NULL, failure = NULL
            WHERE id = @id AND (status = @queued OR (status = @processing AND job_id = @owner))
            """, ("processing", FileStatus.Processing.Name()), ("queued", FileStatus.Queued.Name()), ("owner", owner), ("id", fileId));
        if (claimed != 1)
        {
            return null;
        }
        using var run = PlanCatalog.Command(connection, """
            INSERT INTO document_runs(document_id, job_id, worker, started_at) VALUES (@doc, @owner, @worker, @at) RETURNING id
            """, ("doc", fileId), ("owner", owner), ("worker", worker), ("at", Now()));
        run.Transaction = tx;
        var runId = Convert.ToInt64(run.ExecuteScalar(), CultureInfo.InvariantCulture);
        tx.Commit();
        return new DocumentClaim(fileId, owner, runId);
    }

    /// <summary>The claimed file is processed: processing → done. False when the claim was lost meanwhile (the run is closed either way).</summary>
    public bool Finish(DocumentClaim claim) => End(claim, FileStatus.Done, null, null);

    /// <summary>
    /// The claimed file failed with the one-line <paramref name="error"/>, for the file's own
    /// fault or the machine's (<paramref name="failure"/>): processing → failed. False when the
    /// claim was lost meanwhile.
    /// </summary>
    public bool Fail(DocumentClaim claim, string error, FileFailure? failure = FileFailure.Unexpected) => End(claim, FileStatus.Failed, error, failure);

    /// <summary>A failed file goes back to the queue (the user's retry, or adding the file again): failed → queued. False when it was not failed.</summary>
    public bool Retry(long fileId) => BackToQueue(fileId, FileStatus.Failed);

    /// <summary>
    /// A finished file (done or failed) goes back to the queue to be read again from its
    /// original — an archivist's "re-process" after a better model or a fixed bug: done|failed →
    /// queued. False when it was queued or in work already (or gone).
    /// </summary>
    public bool Reread(long fileId) => BackToQueue(fileId, FileStatus.Done, FileStatus.Failed);

    /// <summary>
    /// Puts a file back in the queue with no owner, whatever its state: for a caller that knows
    /// the owner is dead (the service's recovery at start, whose in-memory jobs died with it).
    /// </summary>
    public void Requeue(long fileId) => BackToQueue(fileId);

    // One statement for every way back to the queue, so each clears the same run state; with
    // states given, only a file in one of them moves (true when it did).
    private bool BackToQueue(long fileId, params FileStatus[] from)
    {
        var states = string.Join(", ", from.Select((_, i) => "@from" + i.ToString(CultureInfo.InvariantCulture)));
        return _db.Run(
            "UPDATE documents SET status = @queued, job_id = NULL, error = NULL, failure = NULL, stage = NULL, pages_done = NULL WHERE id = @id"
                + (from.Length == 0 ? "" : $" AND status IN ({states})"),
            [("queued", FileStatus.Queued.Name()), ("id", fileId), .. from.Select((f, i) => ("from" + i.ToString(CultureInfo.InvariantCulture), (object?)f.Name()))]) == 1;
    }

    /// <summary>Records the job queued for a file, while it is still queued (a job that claimed it already wrote itself).</summary>
    public void SetJob(long fileId, string jobId)
    {
        _db.Run("UPDATE documents SET job_id = @job WHERE id = @id AND status = @queued",
            ("job", jobId), ("id", fileId), ("queued", FileStatus.Queued.Name()));
    }

    // The run and the file's final status in one transaction: a crash leaves either an unfinished
    // run and a file still processing (to be run again), or both finished.
    private bool End(DocumentClaim claim, FileStatus status, string? error, FileFailure? failure)
    {
        using var connection = _db.Connect();
        using var tx = connection.BeginTransaction();
        var owned = CatalogDatabase.Run(connection, tx, """
            UPDATE documents SET status = @status, error = @error, failure = @failure, stage = NULL
            WHERE id = @id AND status = @processing AND job_id = @owner
            """, ("status", status.Name()), ("error", error), ("failure", failure?.Name()), ("id", claim.FileId), ("processing", FileStatus.Processing.Name()), ("owner", claim.Owner)) == 1;
        CatalogDatabase.Run(connection, tx, "UPDATE document_runs SET finished_at = @at, outcome = @outcome WHERE id = @run",
            ("at", Now()), ("outcome", owned ? error ?? status.Name() : "claim lost: " + (error ?? status.Name())), ("run", claim.RunId));
        tx.Commit();
        return owned;
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
