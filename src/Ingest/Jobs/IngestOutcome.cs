using Ingest.Catalog;

namespace Ingest.Jobs;

/// <summary>What became of one file given to the pipeline.</summary>
public enum IngestStatus
{
    Added,
    AlreadyPresent,
    Failed,

    /// <summary>Another worker holds the file in the queue (a shared catalog): it is left to that run.</summary>
    InProgress,
}

/// <summary>The result of ingesting one file: the plans it yielded, or the one-line reason it failed.</summary>
public sealed record IngestOutcome(string Path, IngestStatus Status, IReadOnlyList<StoredPlan> Plans, string? Error)
{
    public static IngestOutcome Failed(string path, string error) => new(path, IngestStatus.Failed, [], error);

    /// <summary>Pages whose OCR the time limit stopped: their text is partial (source <see cref="Text.TextSource.OcrTimedOut"/>).</summary>
    public IReadOnlyList<int> TimedOutPages { get; init; } = [];

    /// <summary>Wall time spent on the file.</summary>
    public TimeSpan Elapsed { get; init; }
}
