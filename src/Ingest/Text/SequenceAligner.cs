namespace Ingest.Text;

/// <summary>
/// Minimum-cost alignment of two sequences (substitution by a given cost, insertion and
/// deletion at 1): the pairs it matches, in order. Scoring OCR against truth and pairing true
/// syllables with what OCR made of them are both this alignment with different costs.
/// </summary>
public static class SequenceAligner
{
    /// <summary>Index pairs (i in <paramref name="a"/>, j in <paramref name="b"/>) aligned as substitutions or matches.</summary>
    public static List<(int A, int B)> Align<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, float> substitutionCost)
    {
        var n = a.Count;
        var m = b.Count;
        var cost = new float[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            cost[i, 0] = i;
        }
        for (var j = 0; j <= m; j++)
        {
            cost[0, j] = j;
        }
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                cost[i, j] = Math.Min(cost[i - 1, j - 1] + substitutionCost(a[i - 1], b[j - 1]),
                    Math.Min(cost[i - 1, j] + 1, cost[i, j - 1] + 1));
            }
        }
        var pairs = new List<(int, int)>();
        int x = n, y = m;
        while (x > 0 && y > 0)
        {
            if (Math.Abs(cost[x, y] - (cost[x - 1, y - 1] + substitutionCost(a[x - 1], b[y - 1]))) < 1e-4)
            {
                pairs.Add((x - 1, y - 1));
                x--;
                y--;
            }
            else if (Math.Abs(cost[x, y] - (cost[x - 1, y] + 1)) < 1e-4)
            {
                x--;
            }
            else
            {
                y--;
            }
        }
        pairs.Reverse();
        return pairs;
    }
}
