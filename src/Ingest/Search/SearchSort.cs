using System.Text.Json.Serialization;

namespace Ingest.Search;

/// <summary>The order of a search's hits; written "relevance", "date", "oldest" (the API's sort=, `ingest search --sort`).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchSort>))]
public enum SearchSort
{
    /// <summary>Best match first (the default); equal scores by catalog id.</summary>
    [JsonStringEnumMemberName("relevance")]
    Relevance,

    /// <summary>Newest issued date first; plans without a date last.</summary>
    [JsonStringEnumMemberName("date")]
    Newest,

    /// <summary>Oldest issued date first; plans without a date last.</summary>
    [JsonStringEnumMemberName("oldest")]
    Oldest,
}
