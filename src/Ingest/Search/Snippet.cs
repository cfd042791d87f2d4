namespace Ingest.Search;

/// <summary>A short passage of a hit's text with the spans that matched the query.</summary>
public sealed record Snippet(string Text, IReadOnlyList<(int Start, int Length)> Highlights)
{
    public static Snippet Empty { get; } = new("", []);

    /// <summary>The passage with each match wrapped in <paramref name="open"/> … <paramref name="close"/>.</summary>
    public string Marked(string open, string close, Func<string, string>? escape = null)
    {
        escape ??= s => s;
        var sb = new System.Text.StringBuilder();
        var at = 0;
        foreach (var (start, length) in Highlights.OrderBy(h => h.Start))
        {
            if (start < at)
            {
                continue;
            }
            sb.Append(escape(Text[at..start])).Append(open).Append(escape(Text.Substring(start, length))).Append(close);
            at = start + length;
        }
        sb.Append(escape(Text[at..]));
        return sb.ToString();
    }
}
