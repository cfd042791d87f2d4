using System.Text.Json.Serialization;

namespace Ingest.Jobs;

/// <summary>
/// Why an uploaded file was refused, as a code the web page words in its own language (the
/// <see cref="UploadResult.Error"/> sentence stays English, for logs and scripts); written
/// "empty", "too_large", "not_accepted".
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<UploadRefusal>))]
public enum UploadRefusal
{
    /// <summary>No bytes at all.</summary>
    [JsonStringEnumMemberName("empty")]
    Empty,

    /// <summary>Over <see cref="IngestLimits.MaxFileBytes"/>.</summary>
    [JsonStringEnumMemberName("too_large")]
    TooLarge,

    /// <summary>Not a PDF, JPEG, PNG or TIFF by its first bytes, nor a .txt.</summary>
    [JsonStringEnumMemberName("not_accepted")]
    NotAccepted,
}
