using System.Text.RegularExpressions;

namespace Ingest.Extraction.Rules;

/// <summary>
/// A rule named once where a finder declares the rules it uses, resolved in a rule book once:
/// finders run rules on every line and clause, and looking each up by name every time cost 12 %
/// of extraction (ExtractThousandPages). Remembers the last book it was resolved in (a program has
/// one; a test may load another, and then it resolves again).
/// </summary>
/// <param name="id">"entity.name" of the rule.</param>
public sealed class RuleRef(string id)
{
    private Resolved? _last;

    /// <summary>"entity.name".</summary>
    public string Id { get; } = id;

    /// <summary>The rule's compiled pattern in <paramref name="book"/>.</summary>
    public Regex In(RuleBook book)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Book, book))
        {
            return last.Regex;
        }
        var resolved = new Resolved(book, book.Rule(Id).Regex);
        _last = resolved;
        return resolved.Regex;
    }

    private sealed record Resolved(RuleBook Book, Regex Regex);
}
