using System.ComponentModel;
using Hangfire;

namespace Ingest.Jobs;

/// <summary>
/// Puts a processed file's plans into the Lucene index. It runs on the "index" queue, which only
/// `ingest serve` listens to: the index has one writer, the service's, while workers on other
/// machines only write the catalog.
/// </summary>
public sealed class IndexJob(Archive archive)
{
    public const string Queue = "index";

    [Queue(Queue)]
    [AutomaticRetry(Attempts = 3)]
    [DisplayName("Index document {0}")]
    public void Index(long fileId)
    {
        // Here, where the index is written (workers only write the catalog): the index proposes
        // the plans a rescan is compared with, and then marks the copies found.
        archive.IndexFile(fileId, plans => new DuplicateFinder(archive).Check(fileId, plans));
        archive.Index.CommitWithin(TimeSpan.FromSeconds(2));
    }
}
