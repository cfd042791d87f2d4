using System.Text.Json.Serialization;

namespace Ingest.Catalog;

/// <summary>
/// Why a failed file failed, so the archivist is offered a retry only where one can help;
/// written as "bad_input" and "unexpected" (catalog column, JSON).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FileFailure>))]
public enum FileFailure
{
    /// <summary>The file itself is the cause (damaged, encrypted, over a limit): reading it again gives the same answer.</summary>
    [JsonStringEnumMemberName("bad_input")]
    BadInput,

    /// <summary>A fault in the machine or the code the file met (a library's exception, a crash): a retry, or a retry after a fix, may help.</summary>
    [JsonStringEnumMemberName("unexpected")]
    Unexpected,
}
