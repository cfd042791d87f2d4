namespace Ingest.Restoration;

/// <summary>Writes a restored syllable in the case of the token it replaces: ALL CAPS, Title or lower.</summary>
public static class CaseShape
{
    public static string Apply(string original, string syllable)
    {
        var letters = original.Where(char.IsLetter).ToList();
        if (letters.Count == 0)
        {
            return syllable;
        }
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return syllable.ToUpperInvariant();
        }
        return char.IsUpper(letters[0]) ? char.ToUpperInvariant(syllable[0]) + syllable[1..] : syllable;
    }
}
