using System.Text.Json.Serialization;

namespace Ingest.Catalog;

/// <summary>Where a stored file is in the pipeline; written as "queued", "processing", "done", "failed" (catalog column, JSON).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FileStatus>))]
public enum FileStatus
{
    [JsonStringEnumMemberName("queued")]
    Queued,

    [JsonStringEnumMemberName("processing")]
    Processing,

    [JsonStringEnumMemberName("done")]
    Done,

    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>A status this version never writes, found in the catalog (a damaged or a newer one): <c>ingest verify</c> reports it.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}
