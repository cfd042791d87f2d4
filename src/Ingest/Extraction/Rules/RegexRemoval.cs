using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Extraction.Rules;

/// <summary>
/// Removing a rule's matches from a text. Replacing them with "" allocates a Match per hit
/// and keeps its parsed replacement only behind a weak reference, which extraction's garbage
/// collections clear; a removal needs neither.
/// </summary>
public static class RegexRemoval
{
    /// <summary>The text without what <paramref name="regex"/> matches in it; the same string when nothing matches.</summary>
    public static string Remove(this Regex regex, string text)
    {
        StringBuilder? kept = null;
        var from = 0;
        foreach (var match in regex.EnumerateMatches(text))
        {
            (kept ??= new StringBuilder(text.Length)).Append(text, from, match.Index - from);
            from = match.Index + match.Length;
        }
        return kept is null ? text : kept.Append(text, from, text.Length - from).ToString();
    }
}
