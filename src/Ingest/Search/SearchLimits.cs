namespace Ingest.Search;

/// <summary>
/// How large a staff query may be. A query is typed or pasted by a person: a title pasted
/// whole is ~40 words and 300 characters, so these limits never stop a real search, while a
/// scripted query of 1,500 words (each word five Lucene clauses, past Lucene's 1,024-clause
/// ceiling) is refused with a reason instead of costing the server a failed search.
/// </summary>
public sealed record SearchLimits
{
    /// <summary>Characters a query may have, conditions included; checked before it is parsed.</summary>
    public int MaxQueryLength { get; init; } = 1000;

    /// <summary>Words and conditions a query may have (<c>thi đua year:2017</c> is three; <c>issuer:"dong nai"</c> counts its two words).</summary>
    public int MaxClauses { get; init; } = 64;

    /// <summary>The limits every search uses unless told otherwise.</summary>
    public static SearchLimits Default { get; } = new();
}
