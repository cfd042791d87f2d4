using System.Text.Json.Serialization;

namespace Ingest.Catalog;

/// <summary>What the document browser orders files by; written as "received", "date", "number", "issuer".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FileSort>))]
public enum FileSort
{
    /// <summary>When the archive received the file (its catalog id's order).</summary>
    [JsonStringEnumMemberName("received")]
    Received,

    /// <summary>The issue date of the file's first document.</summary>
    [JsonStringEnumMemberName("date")]
    Date,

    /// <summary>The number of the file's first document, by its leading digits, then as written.</summary>
    [JsonStringEnumMemberName("number")]
    Number,

    /// <summary>The issuer of the file's first document.</summary>
    [JsonStringEnumMemberName("issuer")]
    Issuer,
}
