namespace Ingest.Restoration;

/// <summary>What a token's core is.</summary>
public enum TokenClass
{
    /// <summary>Letters only: a syllable, or what OCR made of one.</summary>
    Word,
    /// <summary>Letters and a digit or symbol OCR put for a marked letter: "s6" (số), "1anh" (lãnh), "t§" (tố).</summary>
    DamagedWord,
    /// <summary>Digits, dates, amounts: "2017", "08/11/2017", "1,5".</summary>
    Number,
    /// <summary>Codes and abbreviations: "UBND", "KH-UBND", "QĐ-TTg", "P.III".</summary>
    Code,
    /// <summary>URLs, e-mails and anything else kept as it is.</summary>
    Other,
}

/// <summary>
/// One whitespace-separated token of a line, split into leading punctuation, core and trailing
/// punctuation, with the white space before it — so a line can be rebuilt exactly around a
/// replaced core.
/// </summary>
public sealed record LineToken(string Space, string Lead, string Core, string Trail, TokenClass Class)
{
    /// <summary>True when a sentence ends after this token (".", ";", ":", "?", "!", or a blank line after it).</summary>
    public bool EndsSentence => ForceEnd || Trail.IndexOfAny(['.', ';', ':', '?', '!']) >= 0;

    /// <summary>Set when a paragraph break follows the token.</summary>
    public bool ForceEnd { get; init; }
}
