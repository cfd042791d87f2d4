using Ingest.Text;

namespace Ingest.Evaluation;

/// <summary>The accuracy of a text against its truth.</summary>
/// <param name="Syllables">Syllables (tokens) of the truth.</param>
/// <param name="CorrectSyllables">Truth syllables matched exactly (marks and case) in the best alignment.</param>
/// <param name="Characters">Characters of the truth (white space folded).</param>
/// <param name="CharacterEdits">Levenshtein distance in characters.</param>
public sealed record TextAccuracy(int Syllables, int CorrectSyllables, int Characters, int CharacterEdits)
{
    /// <summary>Share of the truth's syllables read exactly right.</summary>
    public double SyllableAccuracy => Syllables == 0 ? 1 : (double)CorrectSyllables / Syllables;

    /// <summary>Character error rate.</summary>
    public double Cer => Characters == 0 ? 0 : (double)CharacterEdits / Characters;

    public static TextAccuracy operator +(TextAccuracy a, TextAccuracy b) =>
        new(a.Syllables + b.Syllables, a.CorrectSyllables + b.CorrectSyllables, a.Characters + b.Characters, a.CharacterEdits + b.CharacterEdits);

    public static TextAccuracy Zero { get; } = new(0, 0, 0, 0);

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
        return new TextAccuracy(t.Length, correct, tc.Length, EditDistance.Levenshtein(tc, ac));
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
