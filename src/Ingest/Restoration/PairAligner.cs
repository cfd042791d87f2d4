using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Aligns the words of a true text with the words OCR made of it (edit-distance alignment over
/// word sequences, where two words cost less to pair the closer their unmarked letters are),
/// giving the (true syllable, OCR token) pairs the channel model learns from.
/// </summary>
public static class PairAligner
{
    /// <summary>Pairs of lower-case (truth, seen) for every true syllable aligned to a word token.</summary>
    public static List<(string Truth, string Seen)> Pairs(string truth, string seen)
    {
        var t = Words(truth);
        var s = Words(seen);
        var n = t.Count;
        var m = s.Count;
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
                cost[i, j] = Math.Min(cost[i - 1, j - 1] + PairCost(t[i - 1].Folded, s[j - 1].Folded),
                    Math.Min(cost[i - 1, j] + 1, cost[i, j - 1] + 1));
            }
        }
        var pairs = new List<(string, string)>();
        int x = n, y = m;
        while (x > 0 && y > 0)
        {
            if (Math.Abs(cost[x, y] - (cost[x - 1, y - 1] + PairCost(t[x - 1].Folded, s[y - 1].Folded))) < 1e-4)
            {
                var truthWord = t[x - 1].Lower;
                if (Syllable.IsLegal(truthWord) && PairCost(t[x - 1].Folded, s[y - 1].Folded) < 0.9f)
                {
                    pairs.Add((truthWord, s[y - 1].Lower));
                }
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

    private sealed record Word(string Lower, string Folded);

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (var line in VietnameseText.Nfc(text).Split('\n', '\f'))
        {
            foreach (var token in LineTokenizer.Tokenize(line))
            {
                if (token.Core.Length > 0 && token.Class is TokenClass.Word or TokenClass.DamagedWord)
                {
                    var lower = token.Core.ToLowerInvariant();
                    words.Add(new Word(lower, VietnameseText.Fold(lower)));
                }
            }
        }
        return words;
    }

    // 0 for equal unmarked letters, rising with their edit distance; below 1 (an insertion plus
    // a deletion cost 2) for words that are plausibly the same.
    private static float PairCost(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }
        var d = Evaluation.TextAccuracy.Levenshtein(a, b);
        return Math.Min(1.95f, 0.3f + (float)d / Math.Max(a.Length, b.Length));
    }
}
