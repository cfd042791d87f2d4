using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Aligns the letters of a true syllable with the letters OCR read for it, the edits the channel
/// counts: "cứ" → "cir" is c = c, ứ → i, r inserted.
/// </summary>
public static class LetterAligner
{
    /// <summary>Stands for the missing side of a deletion (true letter, nothing seen) or an insertion.</summary>
    public const char Epsilon = '\0';

    /// <summary>
    /// Character alignment of two strings by plain edit distance, letters that differ only in
    /// their marks matching at no cost (ties prefer substitution); a deleted or inserted letter is
    /// paired with <see cref="Epsilon"/>.
    /// </summary>
    public static List<(char Truth, char Seen)> Align(string truth, string seen) =>
        SequenceAligner.EditScript(truth.ToCharArray(), seen.ToCharArray(),
                (a, b) => a == b || VietnameseText.FoldChar(a) == VietnameseText.FoldChar(b) ? 0 : 1)
            .Select(step => (step.A < 0 ? Epsilon : truth[step.A], step.B < 0 ? Epsilon : seen[step.B]))
            .ToList();
}
