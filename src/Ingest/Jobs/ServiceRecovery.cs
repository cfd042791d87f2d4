using Hangfire;
using Hangfire.States;
using Ingest.Catalog;

namespace Ingest.Jobs;

/// <summary>
/// What `ingest serve` does at start so a crash loses nothing: every file the catalog holds as
/// queued or processing whose job the job storage no longer has alive (the in-memory storage
/// forgets all jobs on a crash; a database storage keeps them) is queued again, and the index
/// is brought level with the catalog. A file whose job is alive is left to it, so nothing runs
/// twice; a job that runs after its file was queued again finds the file claimed and stops.
/// </summary>
public static class ServiceRecovery
{
    private static readonly HashSet<string> LiveStates = [EnqueuedState.StateName, ProcessingState.StateName, ScheduledState.StateName, AwaitingState.StateName];

    /// <summary>Requeues orphaned files; returns how many.</summary>
    public static int RequeueOrphans(Archive archive, JobStorage storage, IBackgroundJobClient jobs)
    {
        var orphans = archive.Catalog.FilesIn(FileStatus.Queued)
            .Concat(archive.Catalog.FilesIn(FileStatus.Processing))
            .Where(d => !IsAlive(storage, d.JobId))
            .ToList();
        foreach (var doc in orphans)
        {
            archive.Catalog.Queue.Requeue(doc.Id);
            Enqueue(archive.Catalog, jobs, doc.Id);
        }
        return orphans.Count;
    }

    /// <summary>Queues the job for a received file and records it on the file.</summary>
    public static string Enqueue(PlanCatalog catalog, IBackgroundJobClient jobs, long fileId)
    {
        var jobId = jobs.Enqueue<FileJob>(j => j.ProcessAsync(fileId, null, CancellationToken.None));
        catalog.Queue.SetJob(fileId, jobId);
        return jobId;
    }

    /// <summary>
    /// Queues a failed file again for <paramref name="actor"/> (recorded in the audit trail): null
    /// when it was failed and is queued now, else why not (no such file, or not failed — a retry
    /// only helps a file that failed).
    /// </summary>
    public static string? Retry(PlanCatalog catalog, IBackgroundJobClient jobs, long fileId, string actor)
    {
        if (catalog.Stored(fileId) is not { } doc)
        {
            return $"no document {fileId}";
        }
        if (doc.Status == FileStatus.Failed && !doc.RetryHelps)
        {
            // Damaged, encrypted or over a limit: the same bytes fail the same way.
            return $"{doc.FileName}: a retry cannot help, the file itself is the cause ({doc.Error}); upload a good copy";
        }
        if (!catalog.Queue.Retry(fileId))
        {
            return $"{doc.FileName} is {doc.StatusText}, not failed";
        }
        catalog.Accounts.Record(actor, "retry", fileId);
        Enqueue(catalog, jobs, fileId);
        return null;
    }

    /// <summary>Rebuilds the index when it does not hold exactly the catalog's plans (a crash between the two).</summary>
    public static bool LevelIndex(Archive archive)
    {
        var plans = archive.Catalog.Plans.Ids().ToHashSet();
        if (plans.SetEquals(archive.Index.PlanIds()))
        {
            return false;
        }
        archive.Index.Rebuild(archive.Catalog);
        return true;
    }

    private static bool IsAlive(JobStorage storage, string? jobId)
    {
        // A CLI run's claim names no Hangfire job (PostgreSQL storage would fail to parse it as one):
        // it is alive only while that run is, and a run the service outlived at its start is not.
        if (jobId is null || jobId.StartsWith(IngestPipeline.OwnerPrefix, StringComparison.Ordinal))
        {
            return false;
        }
        using var connection = storage.GetConnection();
        return connection.GetStateData(jobId) is { } state && LiveStates.Contains(state.Name);
    }
}
