using System.Text.Json.Serialization;

namespace Ingest.Extraction;

/// <summary>How a deadline's date binds (plan-schema.md, Deadline.qualifier); written as the schema's snake_case names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineQualifier>))]
public enum DeadlineQualifier
{
    /// <summary>"trước ngày", "xong trước ngày".</summary>
    [JsonStringEnumMemberName("before")]
    Before,

    /// <summary>"trong tháng 11 năm 2023", "Năm 2018:".</summary>
    [JsonStringEnumMemberName("in")]
    In,

    /// <summary>"vào ngày".</summary>
    [JsonStringEnumMemberName("on")]
    On,

    /// <summary>A range: due is its end, start its beginning.</summary>
    [JsonStringEnumMemberName("from_to")]
    FromTo,
}
