namespace Ingest.Text;

/// <summary>
/// Minimum-cost alignment of two sequences (substitution by a given cost, insertion and
/// deletion at 1). Scoring OCR against truth, pairing true syllables with what OCR made of them
/// and pairing true letters with the letters OCR read are all this alignment with different costs.
/// </summary>
public static class SequenceAligner
{
    /// <summary>Index pairs (i in <paramref name="a"/>, j in <paramref name="b"/>) aligned as substitutions or matches.</summary>
    public static List<(int A, int B)> Align<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, float> substitutionCost) =>
        EditScript(a, b, substitutionCost).Where(step => step.A >= 0 && step.B >= 0).ToList();

    /// <summary>
    /// Every step of the alignment, in order: a substitution or match (i, j), a deletion of
    /// <c>a[i]</c> (i, −1), an insertion of <c>b[j]</c> (−1, j). Where several alignments cost the
    /// same, a substitution is preferred, then a deletion, walking back from the ends.
    /// </summary>
    public static List<(int A, int B)> EditScript<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, float> substitutionCost)
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
        var steps = new List<(int, int)>();
        int x = n, y = m;
        while (x > 0 || y > 0)
        {
            if (x > 0 && y > 0 && Math.Abs(cost[x, y] - (cost[x - 1, y - 1] + substitutionCost(a[x - 1], b[y - 1]))) < 1e-4)
            {
                steps.Add((x - 1, y - 1));
                x--;
                y--;
            }
            else if (x > 0 && Math.Abs(cost[x, y] - (cost[x - 1, y] + 1)) < 1e-4)
            {
                steps.Add((x - 1, -1));
                x--;
            }
            else
            {
                steps.Add((-1, y - 1));
                y--;
            }
        }
        steps.Reverse();
        return steps;
    }
}
