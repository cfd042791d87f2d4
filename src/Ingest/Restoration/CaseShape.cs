namespace Ingest.Restoration;

/// <summary>Writes a restored syllable in the case of the token it replaces: ALL CAPS, Title or lower.</summary>
public static class CaseShape
{
    /// <param name="original">The token as read.</param>
    /// <param name="syllable">The restored syllable, lower case.</param>
    /// <param name="capitalsRun">False when the token is a short word in capitals standing alone
    /// among lower-case words ("SO" read for "Sở"): then it is written as a title, not in capitals.</param>
    public static string Apply(string original, string syllable, bool capitalsRun = true)
    {
        var letters = original.Where(char.IsLetter).ToList();
        if (letters.Count == 0)
        {
            return syllable;
        }
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return capitalsRun ? syllable.ToUpperInvariant() : char.ToUpperInvariant(syllable[0]) + syllable[1..];
        }
        return char.IsUpper(letters[0]) ? char.ToUpperInvariant(syllable[0]) + syllable[1..] : syllable;
    }
}
