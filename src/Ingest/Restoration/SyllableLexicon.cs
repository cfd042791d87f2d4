using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Every legal Vietnamese syllable, lower case, generated from onsets × rhymes × tones with the
/// spelling rules of <see cref="Syllable"/> (one tone-placement convention: the modern one,
/// "hoà"; the restorer accepts both on input and writes what the training text used).
/// </summary>
public static class SyllableLexicon
{
    private static readonly Lazy<string[]> Generated = new(Generate);

    /// <summary>All legal syllables, lower case, NFC.</summary>
    public static IReadOnlyList<string> AllLowerCase => Generated.Value;

    private static string[] Generate()
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var onset in Syllable.Onsets)
        {
            foreach (var rhyme in Syllable.Rhymes)
            {
                var letters = onset + rhyme;
                for (var tone = 0; tone < 6; tone++)
                {
                    if (Syllable.IsLegal(letters, tone))
                    {
                        set.Add(Syllable.WithTone(letters, tone));
                        // The old convention ("hòa", "thủy") as well: both are written in plans.
                        set.Add(Syllable.WithOldTone(letters, tone));
                    }
                }
            }
        }
        return [.. set];
    }
}
