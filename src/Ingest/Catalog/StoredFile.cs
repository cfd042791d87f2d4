namespace Ingest.Catalog;

/// <summary>A file as the catalog holds it: the original is kept under its SHA-256.</summary>
public sealed record StoredFile(long Id, string Sha256, string FileName, DateTimeOffset ReceivedAt, FileStatus Status, string? Error, int? PageCount)
{
    /// <summary>What the job working on it is doing now ("reading", "restoring", …), while processing.</summary>
    public string? Stage { get; init; }

    /// <summary>Pages read so far, while processing (of <see cref="PageCount"/> once known).</summary>
    public int? PagesDone { get; init; }

    /// <summary>The status as the catalog holds it (the text of an <see cref="FileStatus.Unknown"/> one).</summary>
    public string StatusText { get; init; } = "";

    /// <summary>Whether the file or the machine caused its failure, when it failed (null for failures recorded before this was kept).</summary>
    public FileFailure? Failure { get; init; }

    /// <summary>True unless the file failed for a cause in itself, which reading it again cannot change.</summary>
    public bool RetryHelps => Status == FileStatus.Failed && Failure != FileFailure.BadInput;

    /// <summary>The background job that owns the file, when a service queued it.</summary>
    public string? JobId { get; init; }
}
