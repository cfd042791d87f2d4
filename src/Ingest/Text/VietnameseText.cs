using System.Globalization;
using System.Text;

namespace Ingest.Text;

/// <summary>
/// Normalisation shared by every stage: Vietnamese is stored and compared in NFC, and matched
/// without marks ("folded") where a user or OCR may have dropped them.
/// </summary>
public static class VietnameseText
{
    /// <summary>Unicode NFC, the one form text is stored and compared in.</summary>
    public static string Nfc(string text) =>
        IsPlainlyNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    // Extraction folds every line and clause it reads, and ICU's check was a twentieth of its time.
    // Below U+0300 and in Latin Extended Additional (U+1E00–U+1EFF, where NFC Vietnamese has its
    // vowels with tone marks) Unicode's NFC_Quick_Check is Yes: a string of them alone is NFC; so
    // is punctuation from U+2002 to U+206F, "–", "“", "…" (U+2000 and U+2001 are not: they map to
    // U+2002 and U+2003). Any other character, a combining mark above all, is left to ICU.
    private static bool IsPlainlyNfc(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && c is not (>= '\u1E00' and <= '\u1EFF') and not (>= '\u2002' and <= '\u206F'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True for a short word all in capital letters: "VĐV", "THCS", "CAND" — an acronym, which keeps its
    /// capitals where the words around it are lowered.
    /// </summary>
    public static bool IsAcronym(string word) => word.Length is >= 2 and <= MaxAcronym && word.All(c => char.IsLetter(c) && char.IsUpper(c));

    private const int MaxAcronym = 6;

    /// <summary>
    /// Lower-cased text without tone and vowel marks, đ → d: "Đồng Nai" → "dong nai".
    /// Length is preserved character for character for NFC input, so offsets found in the
    /// folded text are offsets in the original (snippets rely on this).
    /// </summary>
    public static string Fold(string text)
    {
        var nfc = Nfc(text);
        // Written straight into the new string: extraction folds every line and clause it reads,
        // and a StringBuilder's per-character append was a sixth of its time.
        return string.Create(nfc.Length, nfc, static (folded, source) =>
        {
            var table = FoldTable;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                folded[i] = c < table.Length ? table[c] : c;
            }
        });
    }

    // Latin letters with marks live below U+2000; one table answers every fold in a look-up.
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Folds one NFC character to its lower-case base letter.</summary>
    public static char FoldChar(char c) => c < FoldTable.Length ? FoldTable[c] : c;

    private static char[] BuildFoldTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (c < 0x80)
            {
                table[i] = char.ToLowerInvariant(c);
                continue;
            }
            if (c is 'đ' or 'Đ')
            {
                table[i] = 'd';
                continue;
            }
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed[0];
            // Characters that do not decompose to a letter (quotes, dashes) are kept.
            table[i] = CharUnicodeInfo.GetUnicodeCategory(baseChar) is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter
                ? char.ToLowerInvariant(baseChar)
                : c;
        }
        return table;
    }

    /// <summary>
    /// Only the letters, unmarked and in capitals ("KT. CHỦ TỊCH" → "KTCHUTICH"): how near two
    /// fixed lines of a page are when marks, spaces and stops slipped (a signer's title, the motto).
    /// </summary>
    public static string CapitalLetters(string text) =>
        new([.. Fold(text).ToUpperInvariant().Where(char.IsLetter)]);

    /// <summary>True when the text has no lower-case letters and at least one upper-case one.</summary>
    public static bool IsAllCaps(string text)
    {
        var hasUpper = false;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            hasUpper |= char.IsUpper(c);
        }
        return hasUpper;
    }

    /// <summary>"ĐỒNG NAI" → "Đồng Nai": every word's first letter upper, the rest lower.</summary>
    public static string TitleCaseWords(string text)
    {
        var chars = Nfc(text).ToLowerInvariant().ToCharArray();
        var atStart = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                if (atStart)
                {
                    chars[i] = char.ToUpperInvariant(chars[i]);
                }
                atStart = false;
            }
            else
            {
                atStart = chars[i] is ' ' or '-' or '(' or '\t';
            }
        }
        return new string(chars);
    }

    /// <summary>
    /// Capitalises only the first letter: "SỞ TƯ PHÁP" → "Sở tư pháp". Organisation names then get
    /// their inner capitals from <see cref="Extraction.IssuerName"/>.
    /// </summary>
    public static string SentenceCase(string text)
    {
        var lower = Nfc(text).ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            if (char.IsLetter(lower[i]))
            {
                return string.Concat(lower.AsSpan(0, i), char.ToUpperInvariant(lower[i]).ToString(), lower.AsSpan(i + 1));
            }
        }
        return lower;
    }

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
