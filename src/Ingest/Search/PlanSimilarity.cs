using Ingest.Text;

namespace Ingest.Search;

/// <summary>
/// How alike two plans' texts are: the Jaccard similarity of their sets of word 3-shingles, words
/// folded (marks dropped, lower case) so a restoration that put one mark differently costs one
/// word's shingles, not the comparison. Two scans of one page differ by OCR errors; two plans of
/// the same genre share phrases ("Căn cứ Luật Tổ chức chính quyền địa phương") but few runs of three words.
/// </summary>
public static class PlanSimilarity
{
    private const int ShingleWords = 3;

    /// <summary>The folded word 3-shingles of a text, hashed.</summary>
    public static HashSet<ulong> Shingles(string text)
    {
        var words = Words(VietnameseText.Fold(VietnameseText.Nfc(text)).ToLowerInvariant());
        var set = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            // FNV-1a over the three words: stable across runs (string.GetHashCode is not).
            var h = 14695981039346656037UL;
            for (var j = i; j < i + ShingleWords; j++)
            {
                foreach (var c in words[j])
                {
                    h = (h ^ c) * 1099511628211UL;
                }
                h = (h ^ ' ') * 1099511628211UL;
            }
            set.Add(h);
        }
        return set;
    }

    /// <summary>|A ∩ B| / |A ∪ B| of two shingle sets (0 when both are empty).</summary>
    public static double Jaccard(IReadOnlySet<ulong> a, IReadOnlySet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>The similarity of two texts (see <see cref="PlanSimilarity"/>).</summary>
    public static double Of(string a, string b) => Jaccard(Shingles(a), Shingles(b));

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
