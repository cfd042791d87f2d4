using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Tests;

/// <summary>
/// Just enough of C# to tell which namespaces a source file names, for <see cref="ArchitectureTests"/>:
/// comments and literals blanked (a string "Ingest.Pdf" or a comment naming a stage is no
/// dependency), then every form a namespace can be reached by found — using directives (static,
/// global, aliased), qualified names (<c>Ingest.Pdf.PdfFile</c>, <c>global::Ingest.Pdf</c>) and names
/// qualified from an enclosing namespace (<c>Pdf.PdfFile</c> inside <c>namespace Ingest.Restoration</c>,
/// which resolves to <c>Ingest.Pdf</c>).
/// </summary>
internal static partial class CSharpSource
{
    /// <summary>
    /// The source with comments, string and character literals replaced by spaces, line breaks
    /// kept so line numbers still hold. Interpolation holes go with their string (a namespace named
    /// only inside one is not seen: none of ours does).
    /// </summary>
    public static string Blank(string source)
    {
        var sb = new StringBuilder(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var start = i;
            if (At(source, i, "//"))
            {
                i = source.IndexOf('\n', i) is var eol and >= 0 ? eol : source.Length;
            }
            else if (At(source, i, "/*"))
            {
                i = source.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : source.Length;
            }
            else if (StringStart(source, i) is { } literal)
            {
                i = StringEnd(source, literal.QuotesAt, literal.Verbatim);
            }
            else if (source[i] == '\'' && !(i > 0 && (char.IsLetterOrDigit(source[i - 1]) || source[i - 1] == '_')))
            {
                // A character literal: 'x', '\'', '\u0041'.
                i++;
                while (i < source.Length && source[i] != '\'')
                {
                    i += source[i] == '\\' ? 2 : 1;
                }
                i = Math.Min(i + 1, source.Length);
            }
            else
            {
                sb.Append(source[i]);
                i++;
                continue;
            }
            foreach (var c in source.AsSpan(start, i - start))
            {
                sb.Append(c == '\n' ? '\n' : ' ');
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Each namespace of the project the (blanked) source names, as its first segment after
    /// <c>Ingest</c> ("Pdf" for <c>Ingest.Pdf.PdfFile</c>), with its 1-based line. The file's own
    /// namespace declaration is not a use.
    /// </summary>
    public static IEnumerable<(string Namespace, int Line)> ProjectNamespacesUsed(string blanked, IReadOnlyCollection<string> projectNamespaces)
    {
        foreach (Match m in Qualified().Matches(blanked))
        {
            if (!IsNamespaceDeclaration(blanked, m.Index))
            {
                yield return (m.Groups["ns"].Value, LineOf(blanked, m.Index));
            }
        }
        // Inside "namespace Ingest.X", "Pdf.PdfFile" is Ingest.Pdf.PdfFile: a project namespace's
        // name not after a dot (a member access such as page.Text) nor part of a longer name.
        foreach (Match m in Relative().Matches(blanked))
        {
            var name = m.Groups["ns"].Value;
            if (projectNamespaces.Contains(name) && !IsNamespaceDeclaration(blanked, m.Index))
            {
                yield return (name, LineOf(blanked, m.Index));
            }
        }
    }

    /// <summary>The namespace a file declares ("Ingest.Restoration"), or null.</summary>
    public static string? DeclaredNamespace(string blanked) =>
        Declaration().Match(blanked) is { Success: true } m ? m.Groups["name"].Value : null;

    /// <summary>Each <c>using</c> directive's namespace (aliases: the aliased name), with its line.</summary>
    public static IEnumerable<(string Namespace, int Line)> UsingDirectives(string blanked)
    {
        foreach (Match m in Using().Matches(blanked))
        {
            yield return (m.Groups["name"].Value, LineOf(blanked, m.Index));
        }
    }

    /// <summary>Fully qualified names outside using directives ("UglyToad.PdfPig.PdfDocument.Open"), with their line.</summary>
    public static IEnumerable<(string Name, int Line)> QualifiedNames(string blanked, string rootNamespace)
    {
        var pattern = new Regex(@"(?<![\w.])(?:global::)?(?<name>" + Regex.Escape(rootNamespace) + @"(?:\.\w+)*)");
        foreach (Match m in pattern.Matches(blanked))
        {
            yield return (m.Groups["name"].Value, LineOf(blanked, m.Index));
        }
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    // A string literal starting at i: its prefix ($, @, $@, @$, $$…) and where its quotes begin.
    private static (int QuotesAt, bool Verbatim)? StringStart(string s, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_'))
        {
            return null;
        }
        var j = i;
        var verbatim = false;
        while (j < s.Length && s[j] is '$' or '@')
        {
            verbatim |= s[j] == '@';
            j++;
        }
        return j < s.Length && s[j] == '"' && (j > i || s[i] == '"') ? (j, verbatim) : null;
    }

    // The index after the literal whose opening quotes are at q.
    private static int StringEnd(string s, int q, bool verbatim)
    {
        var quotes = 0;
        while (q + quotes < s.Length && s[q + quotes] == '"')
        {
            quotes++;
        }
        if (quotes >= 3)
        {
            // A raw string literal: it ends at the first run of as many quotes.
            var close = s.IndexOf(new string('"', quotes), q + quotes, StringComparison.Ordinal);
            return close < 0 ? s.Length : close + quotes;
        }
        if (quotes == 2)
        {
            return q + 2; // ""
        }
        var i = q + 1;
        while (i < s.Length)
        {
            if (verbatim && s[i] == '"')
            {
                if (i + 1 < s.Length && s[i + 1] == '"')
                {
                    i += 2; // "" inside @"…"
                    continue;
                }
                return i + 1;
            }
            if (!verbatim && s[i] == '\\')
            {
                i += 2;
                continue;
            }
            if (!verbatim && s[i] is '"' or '\n')
            {
                return i + 1;
            }
            i++;
        }
        return s.Length;
    }

    private static bool IsNamespaceDeclaration(string blanked, int index)
    {
        var lineStart = blanked.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return blanked.AsSpan(lineStart, index - lineStart).Trim().SequenceEqual("namespace");
    }

    private static int LineOf(string s, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (s[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }

    [GeneratedRegex(@"(?<![\w.])(?:global::)?Ingest\.(?<ns>\w+)")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"(?<![\w.:])(?<ns>[A-Z]\w*)\s*\.\s*(?=[A-Za-z_])")]
    private static partial Regex Relative();

    [GeneratedRegex(@"^\s*namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?(?<name>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();
}
