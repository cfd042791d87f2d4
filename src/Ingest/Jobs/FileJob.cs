using System.ComponentModel;
using Hangfire;
using Hangfire.Server;
using Ingest.Catalog;
using Ingest.Text;

namespace Ingest.Jobs;

/// <summary>
/// The background job that processes one received file (Hangfire runs it on `ingest serve` or
/// on any `ingest worker`): claim it in the catalog, read → restore → parse into the catalog,
/// finish the run, and hand the file to the index queue. A crash anywhere leaves the file
/// claimed but unfinished; the job runs again (Hangfire's own retry of a dead worker's job, or
/// <see cref="ServiceRecovery"/> at the next start) and replaces what the broken run wrote.
/// </summary>
public sealed class FileJob(Archive archive, IngestPipeline pipeline, IBackgroundJobClient jobs)
{
    // A failure is recorded on the file, not retried: the user's retry button (or `ingest
    // reprocess`) runs it again once the cause is fixed.
    [AutomaticRetry(Attempts = 0)]
    [DisplayName("Process document {0}")]
    public async Task ProcessAsync(long fileId, PerformContext? context, CancellationToken cancel)
    {
        var jobId = context?.BackgroundJob.Id ?? "inline-" + Guid.NewGuid().ToString("N");
        // The same claim as `ingest add`'s (DocumentQueue): a file one of them holds, the other leaves.
        if (archive.Catalog.Queue.TryClaim(fileId, jobId, WorkerName) is not { } claim)
        {
            return; // done, failed, or another job or CLI run owns it
        }
        var doc = archive.Catalog.Stored(fileId)!;
        var progress = new CatalogProgress(archive.Catalog, fileId);
        // ProcessAsync turns bad input and any other failure the file provokes into its one-line
        // error; only a shutdown's cancellation escapes, leaving the file claimed to run again.
        var processed = await pipeline.ProcessAsync(doc, progress, cancel).ConfigureAwait(false);
        if (processed.Error is { } error)
        {
            archive.Catalog.Queue.Fail(claim, error, processed.Failure);
        }
        else if (archive.Catalog.Queue.Finish(claim))
        {
            // Only the run that still owns the file hands it to the index.
            jobs.Enqueue<IndexJob>(j => j.Index(fileId));
        }
    }

    /// <summary>This process, as document_runs records it: host and process id.</summary>
    public static string WorkerName { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Page progress and stages into the catalog, pages at most a few writes a second.</summary>
    private sealed class CatalogProgress(PlanCatalog catalog, long fileId) : IStageProgress
    {
        private long _last;
        private int _done;
        private int _total;

        public void Report(PageProgress value)
        {
            Volatile.Write(ref _done, value.Done);
            Volatile.Write(ref _total, value.Total);
            var now = Environment.TickCount64;
            if (value.Done < value.Total && now - Interlocked.Read(ref _last) < 250)
            {
                return;
            }
            Interlocked.Exchange(ref _last, now);
            catalog.SetProgress(fileId, PipelineStage.Reading.Name(), value.Done, value.Total);
        }

        // Stages follow the last page: written every time (a handful per file).
        public void Stage(PipelineStage stage)
        {
            var total = Volatile.Read(ref _total);
            catalog.SetProgress(fileId, stage.Name(), Volatile.Read(ref _done), total > 0 ? total : null);
        }
    }
}
