using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// Two words OCR joined where a speck sat in the space between them: "hộ.nghèo" (official harsh
/// a06), "được.tiêm" (a08), "Sở.Nội" (b01), "tôn:02", "bàn-có" (a09). Each side a Vietnamese
/// syllable of two letters or more (or a number after a small word: "Số:3467" is a header's label),
/// the mark between is no word's:
/// it is written as the space it stands in. A hyphen splits only two small syllables, since
/// documents join words with one ("nghèo-Không", "X-quang", "Lao động-Thương binh"); codes
/// ("TT.HĐND", "KH-UBND") are no syllables and stay. Run on text OCR read, before restoration.
/// </summary>
public static class JoinedWords
{
    /// <summary>The text with joined words parted; the same string when there are none.</summary>
    public static string Part(string text)
    {
        char[]? parted = null;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                continue;
            }
            if (i > start && Mark(text.AsSpan(start, i - start)) is var at and >= 0)
            {
                parted ??= text.ToCharArray();
                parted[start + at] = ' ';
            }
            start = i + 1;
        }
        return parted is null ? text : new string(parted);
    }

    // Where the joining mark of a word is, or -1: one mark between letters, a syllable each side.
    private static int Mark(ReadOnlySpan<char> word)
    {
        // Leading and trailing punctuation belong to the sentence: "(hộ.nghèo)," still parts.
        var a = 0;
        while (a < word.Length && !char.IsLetterOrDigit(word[a]))
        {
            a++;
        }
        var b = word.Length;
        while (b > a && !char.IsLetterOrDigit(word[b - 1]))
        {
            b--;
        }
        var core = word[a..b];
        var at = -1;
        for (var k = 0; k < core.Length; k++)
        {
            if (!char.IsLetterOrDigit(core[k]))
            {
                if (at >= 0 || core[k] is not ('.' or ':' or '-' or '\'' or '’'))
                {
                    return -1;
                }
                at = k;
            }
        }
        if (at < 2 || at > core.Length - 2)
        {
            return -1;
        }
        var left = core[..at].ToString();
        var right = core[(at + 1)..].ToString();
        if (!Syllable.IsLegal(left) || CodeLexicon.IsKnownCode(left + core[at] + right))
        {
            return -1;
        }
        var mark = core[at];
        var parts = mark == '-'
            ? Syllable.IsLegal(right) && left.All(char.IsLower) && right.All(char.IsLower)
            : Syllable.IsLegal(right) || (mark is ':' or '\'' or '’' && right.All(char.IsAsciiDigit) && left.All(char.IsLower));
        return parts ? a + at : -1;
    }
}
