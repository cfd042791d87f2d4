namespace Ingest.Corpus.Official;

/// <summary>One printed line of a document's header and the part of the header table it belongs to.</summary>
public sealed record HeaderLine(HeaderRole Role, string Text)
{
    /// <summary>True for the issuer's (left) column, false for the motto's (right) column.</summary>
    public bool IsLeft => Role is HeaderRole.Parent or HeaderRole.Unit or HeaderRole.Number or HeaderRole.Subject;
}
