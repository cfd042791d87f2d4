namespace Ingest.Text;

/// <summary>
/// Does a text read as Vietnamese? English-model OCR of a Vietnamese scan ("Ké hoach s6
/// 128/KH-UBND ngay 08 thang 6 ndm 2022") is full of words that are not legal syllables and
/// carries few marks; real Vietnamese is nearly all legal syllables, most with marks. The Pdf
/// stage asks it of a text layer (keep it or OCR the page), the restorer of text that did not
/// come from our OCR (which channel of damage to undo): here, below both.
/// </summary>
public static class TextQuality
{
    /// <summary>
    /// Share of letter tokens that are legal syllables, and share carrying marks. Tokens with no
    /// vowel say nothing about the language and are left out: list letters ("b)"), units
    /// ("30 m", "2 ml") and check marks ("X") in a clean table — a real Hà Nội layer's page of
    /// land prices was sent to OCR for its "m" column — and the fragments of lost letters,
    /// which <see cref="MissingGlyphs"/> judges.
    /// </summary>
    public static (double Legal, double Marked, int Tokens) Measure(string text)
    {
        int tokens = 0, legal = 0, marked = 0;
        foreach (var raw in text.Split((char[])[' ', '\n', '\t', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = Letters(raw);
            if (token is null || !HasVowel(token))
            {
                continue;
            }
            tokens++;
            if (Syllable.IsLegal(token))
            {
                legal++;
            }
            if (Syllable.HasMarks(token))
            {
                marked++;
            }
        }
        return tokens == 0 ? (0, 0, 0) : ((double)legal / tokens, (double)marked / tokens, tokens);
    }

    /// <summary>True when the word has a vowel letter, marked or not.</summary>
    internal static bool HasVowel(string token) => VietnameseText.Fold(token).Any(c => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y');

    /// <summary>
    /// The word of a whitespace-separated token without its punctuation, when it is all letters
    /// and not a code: codes (UBND, KGVX) and numbers say nothing about the language.
    /// </summary>
    internal static string? Letters(string raw)
    {
        var token = raw.Trim('.', ',', ';', ':', '(', ')', '“', '”', '"', '\'', '!', '?', '-', '–', '/', '…');
        if (token.Length == 0 || !token.All(char.IsLetter))
        {
            return null;
        }
        return token.Length > 1 && VietnameseText.IsAllCaps(token) && !Syllable.IsLegal(token) ? null : token;
    }

    /// <summary>
    /// True when the layer is good Vietnamese text to keep. Thresholds: clean plans measure
    /// ≥ 0.97 legal and ≥ 0.6 marked; English-model OCR of them ≤ 0.75 legal and ≤ 0.25 marked.
    /// </summary>
    public static bool ReadsAsVietnamese(string text)
    {
        var (legal, marked, tokens) = Measure(text);
        return tokens >= 5 && legal >= 0.9 && marked >= 0.35;
    }
}
