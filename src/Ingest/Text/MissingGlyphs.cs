namespace Ingest.Text;

/// <summary>
/// Did a text lose its marked letters? A born-digital PDF whose font encoding has no Unicode
/// for some glyphs gives a text layer with those letters missing and their place left blank:
/// Hà Nội's decision 35/2024 reads "M u b o c o đề nghị x t tặng" for "Mẫu báo cáo đề nghị
/// xét tặng" — correct marked words ("đề", "tặng") beside words cut at the lost letter. The
/// signature is a vowelless fragment next to the rest of its syllable ("x t", "Th nh", "b o"):
/// one vowel letter put in the gap makes a Vietnamese syllable. Clean text almost never has one
/// (list letters "b)", units "30 m" are vowelless but stand alone), nor does English-model OCR,
/// which replaces marked letters by wrong ones ("dwng") instead of dropping them.
/// </summary>
public static class MissingGlyphs
{
    /// <summary>How a page's note says it (triage's reason, a text file's note), for whoever counts such pages.</summary>
    public const string Reason = "lost its marked letters (\"x t\" for \"xét\")";

    private const string BaseVowels = "aăâeêioôơuưy";

    // Every vowel letter with every tone: what a lost glyph may have been.
    private static readonly string[] Fillers =
        [.. BaseVowels.SelectMany(v => Enumerable.Range(0, 6).Select(tone => Syllable.WithTone(v.ToString(), tone)))];

    private static readonly char[] Spaces = [' ', '\t', '\r', '\f'];

    /// <summary>
    /// Letter tokens (codes such as UBND aside, as <see cref="TextQuality.Measure"/> counts them),
    /// gaps (a vowelless fragment whose next word, joined through one vowel letter, makes a
    /// syllable: "x t" → "xét") and vowelless fragments (tokens with no vowel that one vowel
    /// letter would make a syllable: "x", "Thnh"; list letters and units after a number left out).
    /// </summary>
    public static (int Tokens, int Gaps, int Fragments) Measure(string text)
    {
        int tokens = 0, gaps = 0, fragments = 0;
        foreach (var line in text.Split('\n'))
        {
            var words = line.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var raw = words[i];
                var token = TextQuality.Letters(raw);
                if (token is null)
                {
                    continue;
                }
                tokens++;
                if (!IsFragment(raw, token, i > 0 ? words[i - 1] : null))
                {
                    continue;
                }
                fragments++;
                // A gap inside a word has no punctuation on either side of it.
                if (i + 1 < words.Length && raw.Length == token.Length)
                {
                    var rest = new string([.. words[i + 1].TakeWhile(char.IsLetter)]);
                    if (rest.Length > 0 && Fillers.Any(v => Syllable.IsLegal(token + v + rest)))
                    {
                        gaps++;
                    }
                }
            }
        }
        return (tokens, gaps, fragments);
    }

    /// <summary>
    /// True when the text lost its marked letters. Measured on Hà Nội's 38 real layers
    /// (pdftotext and PdfPig, 350 pages): clean pages have at most 1 gap (0.2 % of words); the
    /// damaged pages of 35/2024 have 2 gaps in 82 words (a form page) to 15 %. With the lost
    /// letters' places closed up ("xt", "Thnh") there are no gaps, but vowelless fragments are
    /// 26–75 % of the words, against ≤ 15 % in real English-model OCR (a scanner's own layer)
    /// and ≤ 12 % in clean tables of units.
    /// </summary>
    public static bool Found(string text)
    {
        var (tokens, gaps, fragments) = Measure(text);
        return tokens >= 5 && ((gaps >= 2 && gaps >= 0.01 * tokens) || fragments >= 0.25 * tokens);
    }

    // A token with no vowel that one vowel letter makes a syllable ("x" → "xã", "Thnh" →
    // "Thành"; not "ml", "spp"), and that is neither a list letter ("b)", "(c)") nor a unit
    // after a number ("30 m", "2 kg").
    private static bool IsFragment(string raw, string token, string? previous)
    {
        if (TextQuality.HasVowel(token))
        {
            return false;
        }
        if (raw.StartsWith('(') || raw.EndsWith(')') || (previous is not null && previous.Any(char.IsDigit)))
        {
            return false;
        }
        var lower = token.ToLowerInvariant();
        for (var at = 1; at <= lower.Length; at++)
        {
            var (head, tail) = (lower[..at], lower[at..]);
            if (Fillers.Any(v => Syllable.IsLegal(head + v + tail)))
            {
                return true;
            }
        }
        return false;
    }
}
