using System.Text.Json.Serialization;

namespace Ingest.Extraction;

/// <summary>How a document cites another (plan-schema.md, Reference.relation); written as the schema's snake_case names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferenceRelation>))]
public enum ReferenceRelation
{
    /// <summary>Cited in the preamble as the ground of this document ("Căn cứ…", "Thực hiện…", "Xét Tờ trình số…").</summary>
    [JsonStringEnumMemberName("basis")]
    Basis,

    /// <summary>The decision that issues this attached document ("Ban hành kèm theo Quyết định số …").</summary>
    [JsonStringEnumMemberName("issued_by")]
    IssuedBy,

    /// <summary>Any other citation.</summary>
    [JsonStringEnumMemberName("mention")]
    Mention,
}
