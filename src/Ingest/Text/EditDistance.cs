namespace Ingest.Text;

/// <summary>
/// Edit distance between two strings: scoring OCR against its truth (character error rate) and
/// telling how near an OCR'd word is to a known one (a place name, the true syllable it was
/// paired with) are both this count.
/// </summary>
public static class EditDistance
{
    /// <summary>
    /// Levenshtein distance in characters: substitutions, insertions and deletions at 1, compared
    /// ordinally (callers fold or normalise first when marks should not count).
    /// </summary>
    public static int Levenshtein(string s, string t) => Distance(s, t, freeStart: false);

    /// <summary>
    /// The least Levenshtein distance between <paramref name="t"/> and any suffix of
    /// <paramref name="s"/>: what a text is from the end of a longer one whose beginning was hidden
    /// (a seal over the left of a signer's title, "TỊCH" of "KT. CHỦ TỊCH").
    /// </summary>
    public static int ToSuffix(string s, string t) => Distance(s, t, freeStart: true);

    // Two rows: the distance is all that is asked, not the alignment. With a free start, skipping
    // any number of s's first characters costs nothing.
    private static int Distance(string s, string t, bool freeStart)
    {
        var prev = new int[t.Length + 1];
        var cur = new int[t.Length + 1];
        for (var j = 0; j <= t.Length; j++)
        {
            prev[j] = j;
        }
        for (var i = 1; i <= s.Length; i++)
        {
            cur[0] = freeStart ? 0 : i;
            for (var j = 1; j <= t.Length; j++)
            {
                var sub = prev[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1);
                cur[j] = Math.Min(sub, Math.Min(prev[j] + 1, cur[j - 1] + 1));
            }
            (prev, cur) = (cur, prev);
        }
        return prev[t.Length];
    }
}
