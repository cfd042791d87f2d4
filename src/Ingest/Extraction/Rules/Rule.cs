using System.Text.RegularExpressions;

namespace Ingest.Extraction.Rules;

/// <summary>Which form of a line a rule's pattern reads.</summary>
public enum RuleText
{
    /// <summary>The line folded: lower case, marks and đ removed ("Số: 12" → "so: 12"), offsets kept.</summary>
    Folded,

    /// <summary>The line as written (for what only capitals or marks tell apart).</summary>
    Exact,
}

/// <summary>
/// One named extraction rule, as its table (<c>Extraction/Rules/ENTITY.yaml</c>) gives it: the
/// pattern, the form of text it reads, its priority among its entity's rules, what it produces,
/// why it exists (the document line it handles), and the lines it must and must not match, which
/// the tests run as they are.
/// </summary>
public sealed record Rule(
    string Entity,
    string Name,
    RuleText On,
    int Priority,
    string Produces,
    string Why,
    string Pattern,
    Regex Regex,
    IReadOnlyList<string> Match,
    IReadOnlyList<string> NoMatch,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Captures)
{
    /// <summary>"header.number-line": entity and name.</summary>
    public string Id => $"{Entity}.{Name}";

    /// <summary>An example line in the form the pattern reads.</summary>
    public string Prepare(string example) => On == RuleText.Folded ? Ingest.Text.VietnameseText.Fold(example) : Ingest.Text.VietnameseText.Nfc(example);
}
