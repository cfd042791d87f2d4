namespace Ingest.Search;

/// <summary>Field names of the plan index.</summary>
public static class PlanFields
{
    public const string Id = "id";
    public const string Source = "source";
    public const string Ordinal = "ordinal";
    public const string Kind = "kind";
    public const string Number = "number";
    /// <summary><see cref="Extraction.DocumentNumber.Key"/> of the number: every typing of it is one term.</summary>
    public const string NumberKey = "number_key";
    /// <summary>Keys of the numbers the document cites.</summary>
    public const string Cites = "cites";
    public const string Issuer = "issuer";
    public const string IssuerFolded = "issuer_folded";
    public const string IssuedOn = "issued_on";
    public const string Title = "title";
    public const string TitleFolded = "title_folded";
    public const string Text = "text";
    public const string TextFolded = "text_folded";
}
