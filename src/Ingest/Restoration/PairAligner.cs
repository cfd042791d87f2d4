using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Aligns the words of a true text with the words OCR made of it (edit-distance alignment over
/// word sequences, where two words cost less to pair the closer their unmarked letters are),
/// giving the (true syllable, OCR token) pairs the channel model learns from.
/// </summary>
public static class PairAligner
{
    /// <summary>
    /// Pairs (truth, seen) for every true syllable aligned to a word token, in their case: OCR
    /// damages capitals differently (the English model reads Đ as P, đ as d).
    /// </summary>
    public static List<(string Truth, string Seen)> Pairs(string truth, string seen)
    {
        var t = Words(truth);
        var s = Words(seen);
        return SequenceAligner.Align(t, s, (a, b) => PairCost(a.Folded, b.Folded))
            .Where(p => Syllable.IsLegal(t[p.A].Text) && PairCost(t[p.A].Folded, s[p.B].Folded) < 0.9f)
            .Select(p => (t[p.A].Text, s[p.B].Text))
            .ToList();
    }

    private sealed record Word(string Text, string Folded);

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        foreach (var line in VietnameseText.Nfc(text).Split('\n', '\f'))
        {
            foreach (var token in LineTokenizer.Tokenize(line))
            {
                if (token.Core.Length > 0 && token.Class is TokenClass.Word or TokenClass.DamagedWord)
                {
                    words.Add(new Word(token.Core, VietnameseText.Fold(token.Core)));
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
        var d = EditDistance.Levenshtein(a, b);
        return Math.Min(1.95f, 0.3f + (float)d / Math.Max(a.Length, b.Length));
    }
}
