using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// The generated syllable lexicon (<see cref="SyllableLexicon"/>) against hunspell-vi's word
/// list (Debian <c>hunspell-vi</c>, /usr/share/hunspell/vi_VN.dic: one syllable per line, no
/// affixes). Each side's extras are sorted by why they differ, so a difference that is a gap
/// in our rules (a real syllable the generator misses) stands out from the expected ones.
/// </summary>
/// <param name="Shared">Syllables in both.</param>
/// <param name="Abbreviations">Hunspell entries that are not syllables at all: capitals, letters
/// outside Vietnamese ("ABC", "GIF", "HCM").</param>
/// <param name="OtherTonePlacement">Hunspell syllables we accept and generate with the tone on
/// the other vowel only ("hoà"/"hòa": both conventions are generated, so these are rare).</param>
/// <param name="Illegal">Hunspell syllables our spelling rules reject: loan and dialect
/// syllables ("xtốp"), sounds outside the onsets × rhymes tables. The restorer keeps such tokens
/// as they are (its "unknown" candidate) rather than proposing them.</param>
/// <param name="Missing">Hunspell syllables our rules call legal but the generator lacks: a bug
/// in the generator whenever not empty.</param>
/// <param name="GeneratedOnly">Generated syllables hunspell lacks: phonotactically legal but
/// rare or unused spellings (the generator over-generates by design; the language model's
/// attestation, not the lexicon, keeps them out of candidate lists).</param>
public sealed record HunspellCrossCheck(
    int Shared,
    IReadOnlyList<string> Abbreviations,
    IReadOnlyList<string> OtherTonePlacement,
    IReadOnlyList<string> Illegal,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> GeneratedOnly)
{
    /// <summary>Where Debian's hunspell-vi puts its word list.</summary>
    public const string DebianDictionary = "/usr/share/hunspell/vi_VN.dic";

    /// <summary>Compares the lines of a hunspell .dic file (its first line, the count, is skipped if numeric).</summary>
    public static HunspellCrossCheck Compare(IEnumerable<string> dicLines)
    {
        var generated = new HashSet<string>(SyllableLexicon.AllLowerCase, StringComparer.Ordinal);
        var hunspell = new SortedSet<string>(StringComparer.Ordinal);
        var abbreviations = new List<string>();
        foreach (var line in dicLines)
        {
            var word = VietnameseText.Nfc(line.Split('/')[0].Trim());
            if (word.Length == 0 || word.All(char.IsDigit))
            {
                continue;
            }
            var lower = word.ToLowerInvariant();
            // A lower-case entry or a capitalised name is a syllable; "ABC" is not.
            if ((word.Length > 1 && word.All(char.IsUpper)) || !lower.All(IsVietnameseLetter))
            {
                abbreviations.Add(word);
                continue;
            }
            hunspell.Add(lower);
        }
        var tone = new List<string>();
        var illegal = new List<string>();
        var missing = new List<string>();
        var shared = 0;
        foreach (var s in hunspell)
        {
            if (generated.Contains(s))
            {
                shared++;
            }
            else if (!Syllable.IsLegal(s))
            {
                illegal.Add(s);
            }
            else if (generated.Contains(Syllable.ToOldStyle(s)) || generated.Contains(NewStyle(s)))
            {
                tone.Add(s);
            }
            else
            {
                missing.Add(s);
            }
        }
        var generatedOnly = generated.Where(g => !hunspell.Contains(g) && !hunspell.Contains(Syllable.ToOldStyle(g)) && !hunspell.Contains(NewStyle(g)))
            .Order(StringComparer.Ordinal).ToList();
        return new HunspellCrossCheck(shared, abbreviations, tone, illegal, missing, generatedOnly);
    }

    /// <summary>Compares with the word list at <paramref name="path"/>.</summary>
    public static HunspellCrossCheck Compare(string path) => Compare(File.ReadLines(path));

    private static string NewStyle(string syllable)
    {
        var (letters, t) = Syllable.SplitTone(syllable);
        return t <= 0 ? syllable : Syllable.WithTone(letters, t);
    }

    private static bool IsVietnameseLetter(char c) =>
        c is >= 'a' and <= 'z' && c is not ('f' or 'j' or 'w' or 'z') || VietnameseText.FoldChar(c) != c || c == 'đ';
}
