using System.Text.Json.Serialization;

namespace Ingest.Ocr;

/// <summary>
/// What a layout region of a page holds (Decree 30/2020/NĐ-CP's layout): the header table's two
/// columns, the body, the closing table's recipients and signer, or marks that are not text.
/// Written as the kebab-case names the plan page's string tables use ("region.header-left").
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegionKind>))]
public enum RegionKind
{
    /// <summary>The issuing body, "Số: …" and the "V/v …" subject.</summary>
    [JsonStringEnumMemberName("header-left")]
    HeaderLeft,

    /// <summary>The national name and motto, the place-and-date line.</summary>
    [JsonStringEnumMemberName("header-right")]
    HeaderRight,

    /// <summary>Everything read that is not a column of the header or closing table: title, "Kính gửi", the text.</summary>
    [JsonStringEnumMemberName("body")]
    Body,

    /// <summary>A ruled table, read cell by cell, row by row (<see cref="RuledTables"/>).</summary>
    [JsonStringEnumMemberName("table")]
    Table,

    /// <summary>"Nơi nhận:" (recipients) and its list.</summary>
    [JsonStringEnumMemberName("recipients")]
    Recipients,

    /// <summary>The signer's title and name.</summary>
    [JsonStringEnumMemberName("signer")]
    Signer,

    /// <summary>Where the words dropped as no text were: seals, received-stamps, signatures, margin handwriting, scanner bands.</summary>
    [JsonStringEnumMemberName("dropped")]
    Dropped,
}
