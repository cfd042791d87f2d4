namespace Ingest.Extraction;

/// <summary>
/// What a document's header says, before numbers are cross-checked against the other documents
/// of the file.
/// </summary>
public sealed record DocumentHeader
{
    public required string Kind { get; init; }
    /// <summary>The number as printed when it reads as one.</summary>
    public string? Number { get; init; }
    /// <summary>The code part when the numeral is damaged ("M325/KH-UBND" → "KH-UBND"), for repair from a citation.</summary>
    public string? DamagedNumberCode { get; init; }
    public string? Issuer { get; init; }
    public string? Place { get; init; }
    public PartialDate? IssuedOn { get; init; }
    public string? Title { get; init; }
    public Period? Period { get; init; }
    /// <summary>
    /// The kind of the document this one is issued with, when a caption under its title says so:
    /// "(Ban hành kèm theo Quyết định số 70/2024/QĐ-UBND …)", "(Kèm theo Quyết định số   /2024/QĐ-UBND …)".
    /// </summary>
    public string? AttachedTo { get; init; }
    /// <summary>The fields read from the document's own words because it has no header ("kind", "issuer", "title").</summary>
    public IReadOnlyList<string> FromBody { get; init; } = [];
    /// <summary>Index in the segment of the first line after the title (where the body starts).</summary>
    public int BodyStart { get; init; }
}
