namespace Ingest.Catalog;

/// <summary>Where a stored file is in the pipeline.</summary>
public static class FileStatus
{
    public const string Queued = "queued";
    public const string Processing = "processing";
    public const string Done = "done";
    public const string Failed = "failed";
}
