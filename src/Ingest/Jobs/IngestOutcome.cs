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

    /// <summary>The archive's entry holding the same bytes, when the file was already archived (<see cref="IngestStatus.AlreadyPresent"/>).</summary>
    public StoredFile? Archived { get; init; }

    /// <summary>"already in the archive as a05-200.pdf (document 3)", when it was.</summary>
    public string? AlreadyArchivedMessage => Archived is { } a ? UploadResult.Describe(a) : null;

    /// <summary>Wall time spent on the file.</summary>
    public TimeSpan Elapsed { get; init; }
}
