using Ingest.Text;

namespace Ingest.Search;

/// <summary>
/// Picks the passage of a text where the query's terms stand closest together, matching
/// without marks (a query typed "chung tay vi nguoi ngheo" highlights "chung tay vì người nghèo").
/// </summary>
public static class SnippetBuilder
{
    private const int Width = 200;

    /// <summary>Builds a snippet for <paramref name="foldedTerms"/> (already folded, lower case).</summary>
    public static Snippet Build(string text, IReadOnlyCollection<string> foldedTerms)
    {
        if (text.Length == 0)
        {
            return Snippet.Empty;
        }
        var flat = text.Replace('\n', ' ');
        var folded = VietnameseText.Fold(flat);
        var hits = new List<(int Start, int Length, string Term)>();
        foreach (var term in foldedTerms.Where(t => t.Length > 0).Distinct())
        {
            for (var i = folded.IndexOf(term, StringComparison.Ordinal); i >= 0; i = folded.IndexOf(term, i + term.Length, StringComparison.Ordinal))
            {
                var wordStart = i == 0 || !char.IsLetterOrDigit(folded[i - 1]);
                var wordEnd = i + term.Length == folded.Length || !char.IsLetterOrDigit(folded[i + term.Length]);
                if (wordStart && wordEnd)
                {
                    hits.Add((i, term.Length, term));
                }
            }
        }
        if (hits.Count == 0)
        {
            var head = flat.Length <= Width ? flat : flat[..Width] + "…";
            return new Snippet(VietnameseText.CollapseSpaces(head), []);
        }
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        // The window that holds the most distinct terms, then the most hits.
        var best = (Start: 0, Score: -1);
        foreach (var h in hits)
        {
            var inWindow = hits.Where(x => x.Start >= h.Start && x.Start + x.Length <= h.Start + Width).ToList();
            var score = inWindow.Select(x => x.Term).Distinct().Count() * 100 + inWindow.Count;
            if (score > best.Score)
            {
                best = (h.Start, score);
            }
        }
        var from = Math.Max(0, best.Start - 40);
        while (from > 0 && !char.IsWhiteSpace(flat[from - 1]))
        {
            from--;
        }
        var to = Math.Min(flat.Length, from + Width);
        while (to < flat.Length && !char.IsWhiteSpace(flat[to]))
        {
            to++;
        }
        var prefix = from > 0 ? "…" : "";
        var suffix = to < flat.Length ? "…" : "";
        var passage = prefix + flat[from..to] + suffix;
        var highlights = hits.Where(h => h.Start >= from && h.Start + h.Length <= to)
            .Select(h => (h.Start - from + prefix.Length, h.Length)).ToList();
        return new Snippet(passage, highlights);
    }
}
