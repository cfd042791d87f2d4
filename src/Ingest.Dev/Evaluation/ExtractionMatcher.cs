namespace Ingest.Evaluation;

/// <summary>
/// Pairs gold and predicted items one to one: every pair the rule accepts is scored, and the best
/// pairs are taken first, so two deadlines due the same day go to the actions they resemble.
/// </summary>
public static class ExtractionMatcher
{
    /// <summary>Scores the predicted items against the gold under a rule.</summary>
    public static ExtractionScore Score<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, IExtractionRule<T> rule) =>
        new(gold.Count, predicted.Count, Pairs(gold, predicted, rule).Count);

    /// <summary>The matched (gold index, predicted index) pairs.</summary>
    public static IReadOnlyList<(int Gold, int Predicted)> Pairs<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, IExtractionRule<T> rule)
    {
        var candidates = new List<(int G, int P, double S)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var s = rule.Similarity(gold[g], predicted[p]);
                if (s is not null)
                {
                    candidates.Add((g, p, s.Value));
                }
            }
        }
        var usedG = new bool[gold.Count];
        var usedP = new bool[predicted.Count];
        var pairs = new List<(int, int)>();
        foreach (var (g, p, _) in candidates.OrderByDescending(c => c.S).ThenBy(c => c.G).ThenBy(c => c.P))
        {
            if (!usedG[g] && !usedP[p])
            {
                usedG[g] = usedP[p] = true;
                pairs.Add((g, p));
            }
        }
        return pairs;
    }
}

/// <summary>When a predicted item counts as a gold one.</summary>
public interface IExtractionRule<in T>
{
    /// <summary>Null when the two do not match; otherwise how alike they are (higher is better), to pick among several.</summary>
    double? Similarity(T gold, T predicted);
}
