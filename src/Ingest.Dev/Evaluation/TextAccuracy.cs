using Ingest.Text;

namespace Ingest.Evaluation;

/// <summary>The accuracy of a text against its truth.</summary>
/// <param name="Syllables">Syllables (tokens) of the truth.</param>
/// <param name="CorrectSyllables">Truth syllables matched exactly (marks and case) in the best alignment.</param>
/// <param name="Characters">Characters of the truth (white space folded).</param>
/// <param name="CharacterEdits">Levenshtein distance in characters.</param>
/// <param name="ReadSyllables">Syllables (tokens) of the text measured.</param>
/// <param name="FoundSyllables">Truth syllables found in the text regardless of order (multiset intersection).</param>
public sealed record TextAccuracy(int Syllables, int CorrectSyllables, int Characters, int CharacterEdits, int ReadSyllables = 0, int FoundSyllables = 0)
{
    /// <summary>Share of the truth's syllables read exactly right.</summary>
    public double SyllableAccuracy => Syllables == 0 ? 1 : (double)CorrectSyllables / Syllables;

    /// <summary>
    /// Order-free syllable F1: a page read column by column in another order than its truth
    /// still scores what it read right; word salad from stamps and seals costs precision.
    /// </summary>
    public double OrderFreeF1 => Syllables + ReadSyllables == 0 ? 1 : 2.0 * FoundSyllables / (Syllables + ReadSyllables);

    /// <summary>Share of the text's syllables that are in the truth (noise read from stamps, seals, bands lowers it).</summary>
    public double OrderFreePrecision => ReadSyllables == 0 ? 1 : (double)FoundSyllables / ReadSyllables;

    /// <summary>Share of the truth's syllables found anywhere in the text.</summary>
    public double OrderFreeRecall => Syllables == 0 ? 1 : (double)FoundSyllables / Syllables;

    /// <summary>Character error rate.</summary>
    public double Cer => Characters == 0 ? 0 : (double)CharacterEdits / Characters;

    public static TextAccuracy operator +(TextAccuracy a, TextAccuracy b) =>
        new(a.Syllables + b.Syllables, a.CorrectSyllables + b.CorrectSyllables, a.Characters + b.Characters, a.CharacterEdits + b.CharacterEdits,
            a.ReadSyllables + b.ReadSyllables, a.FoundSyllables + b.FoundSyllables);

    public static TextAccuracy Zero { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>
    /// Measures <paramref name="actual"/> against <paramref name="truth"/>. Both are NFC'd;
    /// syllables are white-space tokens with surrounding punctuation removed; the alignment is
    /// an edit-distance alignment over token sequences, so reading order matters as it does
    /// to a reader.
    /// </summary>
    public static TextAccuracy Measure(string truth, string actual)
    {
        var t = Tokens(truth);
        var a = Tokens(actual);
        var correct = AlignedMatches(t, a);
        var tc = string.Join(' ', t);
        var ac = string.Join(' ', a);
        return new TextAccuracy(t.Length, correct, tc.Length, EditDistance.Levenshtein(tc, ac), a.Length, BagMatches(t, a));
    }

    // Size of the multiset intersection of the two token lists.
    private static int BagMatches(string[] t, string[] a)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in t)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }
        var found = 0;
        foreach (var w in a)
        {
            if (counts.TryGetValue(w, out var n) && n > 0)
            {
                counts[w] = n - 1;
                found++;
            }
        }
        return found;
    }

    /// <summary>Syllable tokens of a text.</summary>
    public static string[] Tokens(string text) =>
        VietnameseText.Nfc(text)
            .Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '(', ')', '“', '”', '"', '!', '?', '…', '\'', '‘', '’'))
            .Where(w => w.Length > 0)
            .ToArray();

    // Number of equal pairs on a minimum-edit alignment (substitution, insertion, deletion cost 1).
    private static int AlignedMatches(string[] t, string[] a) =>
        SequenceAligner.Align(t, a, (x, y) => string.Equals(x, y, StringComparison.Ordinal) ? 0 : 1)
            .Count(p => string.Equals(t[p.A], a[p.B], StringComparison.Ordinal));
}
