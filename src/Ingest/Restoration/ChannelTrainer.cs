using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Learns a channel from (true syllable, OCR token) pairs: each pair's letters are aligned
/// (<see cref="LetterAligner"/>), the edits counted, and the counts smoothed into −log P costs,
/// so an edit never seen keeps a small probability. The pairs come from
/// <see cref="PairAligner"/> over training texts and their OCR (<c>ingest model channel</c>).
/// </summary>
public static class ChannelTrainer
{
    // Two-letter edits seen fewer times are left to the single-letter edits, which already give
    // them a (higher) cost.
    private const int MinTwoLetterCount = 3;

    /// <summary>Learns the edit costs from (truth, seen) syllable pairs, in their case.</summary>
    public static ChannelModel Train(string name, IEnumerable<(string Truth, string Seen)> pairs)
    {
        const char epsilon = LetterAligner.Epsilon;
        var sub = new Dictionary<(char, char), int>();
        var del = new Dictionary<char, int>();
        var ins = new Dictionary<char, int>();
        var truthChars = new Dictionary<char, int>();
        var splits = new Dictionary<(char, string), int>();
        var merges = new Dictionary<(string, char), int>();
        long totalChars = 0;
        foreach (var (truth, seen) in pairs)
        {
            var ops = LetterAligner.Align(truth, seen);
            CountTwoLetterEdits(ops, splits, merges);
            foreach (var (a, b) in ops)
            {
                if (a == epsilon)
                {
                    ins[b] = ins.GetValueOrDefault(b) + 1;
                    continue;
                }
                truthChars[a] = truthChars.GetValueOrDefault(a) + 1;
                totalChars++;
                if (b == epsilon)
                {
                    del[a] = del.GetValueOrDefault(a) + 1;
                }
                else
                {
                    sub[(a, b)] = sub.GetValueOrDefault((a, b)) + 1;
                }
            }
        }
        // Additive smoothing toward a prior: an edit never seen keeps a small probability.
        const double k = 2.0;
        var cost = new Dictionary<(char True, char Seen), float>();
        foreach (var ((a, b), c) in sub)
        {
            var prior = a == b ? 0.9 : VietnameseText.FoldChar(a) == VietnameseText.FoldChar(b) ? 0.01 : 0.001;
            cost[(a, b)] = (float)-Math.Log((c + k * prior) / (truthChars[a] + k));
        }
        var deleteCost = del.ToDictionary(d => d.Key, d => (float)-Math.Log((d.Value + k * 0.005) / (truthChars[d.Key] + k)));
        var insertCost = ins.ToDictionary(d => d.Key, d => (float)-Math.Log((d.Value + 1.0) / (totalChars + 1000.0)));
        var splitCost = splits.Where(e => e.Value >= MinTwoLetterCount)
            .ToDictionary(e => e.Key, e => (float)-Math.Log(e.Value / (truthChars[e.Key.Item1] + k)));
        var mergeCost = merges.Where(e => e.Value >= MinTwoLetterCount && truthChars.ContainsKey(e.Key.Item1[0]))
            .ToDictionary(e => e.Key, e => (float)-Math.Log(e.Value / (truthChars[e.Key.Item1[0]] + k)));
        var defaults = new ChannelDefaults(
            Substitution: (float)-Math.Log(0.0005), SubstitutionSameBase: (float)-Math.Log(0.01),
            Deletion: (float)-Math.Log(0.002), Insertion: (float)-Math.Log(1.0 / (totalChars + 1000.0)),
            Identity: (float)-Math.Log(0.9));
        return new ChannelModel(new ChannelTable(name, cost, deleteCost, insertCost, splitCost, mergeCost, defaults));
    }

    // A letter edit next to an insertion is one letter read as two (ư → "i" + "r" is "ư" → "ir");
    // next to a deletion, two letters read as one.
    private static void CountTwoLetterEdits(List<(char Truth, char Seen)> ops, Dictionary<(char, string), int> splits, Dictionary<(string, char), int> merges)
    {
        const char epsilon = LetterAligner.Epsilon;
        for (var k = 0; k + 1 < ops.Count; k++)
        {
            var (a1, b1) = ops[k];
            var (a2, b2) = ops[k + 1];
            string? key = null;
            if (a1 != epsilon && b1 != epsilon && a2 == epsilon)
            {
                splits[(a1, key = $"{b1}{b2}")] = splits.GetValueOrDefault((a1, key)) + 1;
            }
            else if (a1 == epsilon && a2 != epsilon && b2 != epsilon)
            {
                splits[(a2, key = $"{b1}{b2}")] = splits.GetValueOrDefault((a2, key)) + 1;
            }
            else if (a1 != epsilon && b1 == epsilon && a2 != epsilon && b2 != epsilon)
            {
                merges[(key = $"{a1}{a2}", b2)] = merges.GetValueOrDefault((key, b2)) + 1;
            }
            else if (a1 != epsilon && b1 != epsilon && a2 != epsilon && b2 == epsilon)
            {
                merges[(key = $"{a1}{a2}", b1)] = merges.GetValueOrDefault((key, b1)) + 1;
            }
        }
    }
}
