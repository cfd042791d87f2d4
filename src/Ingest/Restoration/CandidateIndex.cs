using System.Collections.Frozen;
using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Finds the syllables an OCR token may stand for. Syllables are grouped by their folded form
/// ("năm", "nắm", "nằm" → "nam"); folded forms are indexed by their deletion neighbourhood
/// (every string reachable by deleting up to two characters), so a token within two edits of a
/// folded form — "ndm", "cir", "pong", "s6" — reaches it in a few dictionary look-ups.
/// </summary>
public sealed class CandidateIndex
{
    private const int MaxDistance = 2;
    private readonly FrozenDictionary<string, string[]> _byFolded;
    private readonly FrozenDictionary<string, string[]> _deletes;

    public CandidateIndex(IEnumerable<string> syllables)
    {
        var byFolded = syllables.GroupBy(VietnameseText.Fold).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var deletes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var key in byFolded.Keys)
        {
            foreach (var d in Deletes(key))
            {
                if (!deletes.TryGetValue(d, out var set))
                {
                    deletes[d] = set = new HashSet<string>(StringComparer.Ordinal);
                }
                set.Add(key);
            }
        }
        _byFolded = byFolded.ToFrozenDictionary(StringComparer.Ordinal);
        _deletes = deletes.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Folded forms within two edits of the folded token.</summary>
    public IEnumerable<string> FoldedNeighbours(string foldedToken, int maxDistance = MaxDistance)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in Deletes(foldedToken))
        {
            if (_deletes.TryGetValue(d, out var keys))
            {
                foreach (var k in keys)
                {
                    if (seen.Add(k) && Distance(foldedToken, k) <= maxDistance)
                    {
                        yield return k;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Folded forms within <paramref name="maxDistance"/> edits of any of <paramref name="foldedTokens"/>,
    /// each once, in the order the tokens reach them (the first token's neighbours first).
    /// </summary>
    public IEnumerable<string> FoldedNeighbours(IReadOnlyList<string> foldedTokens, int maxDistance)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in foldedTokens)
        {
            foreach (var k in FoldedNeighbours(token, maxDistance))
            {
                if (found.Add(k))
                {
                    yield return k;
                }
            }
        }
    }

    /// <summary>All syllables whose folded form is <paramref name="folded"/>.</summary>
    public IReadOnlyList<string> SyllablesOf(string folded) => _byFolded.TryGetValue(folded, out var s) ? s : [];

    private static HashSet<string> Deletes(string s)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { s };
        var frontier = new List<string> { s };
        for (var d = 0; d < MaxDistance; d++)
        {
            var next = new List<string>();
            foreach (var w in frontier)
            {
                for (var i = 0; i < w.Length; i++)
                {
                    var x = w.Remove(i, 1);
                    if (result.Add(x))
                    {
                        next.Add(x);
                    }
                }
            }
            frontier = next;
        }
        return result;
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > MaxDistance)
        {
            return MaxDistance + 1;
        }
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(prev[j] + 1, cur[j - 1] + 1));
            }
            cur.CopyTo(prev);
        }
        return prev[b.Length];
    }
}
