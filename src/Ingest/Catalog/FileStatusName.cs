namespace Ingest.Catalog;

/// <summary>The catalog's names of <see cref="FileStatus"/> ("queued", "done"…), and back.</summary>
public static class FileStatusName
{
    /// <summary>The name the catalog stores.</summary>
    public static string Of(FileStatus status) => status switch
    {
        FileStatus.Queued => "queued",
        FileStatus.Processing => "processing",
        FileStatus.Done => "done",
        FileStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a status the catalog stores"),
    };

    /// <summary>The status a stored name stands for; <see cref="FileStatus.Unknown"/> for any other text.</summary>
    public static FileStatus Parse(string name) => name switch
    {
        "queued" => FileStatus.Queued,
        "processing" => FileStatus.Processing,
        "done" => FileStatus.Done,
        "failed" => FileStatus.Failed,
        _ => FileStatus.Unknown,
    };
}
