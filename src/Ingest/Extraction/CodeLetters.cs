using System.Text;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Writes a number-and-code symbol as intended: no spaces, the code's letters as printed, the Đ
/// that OCR and typists drop restored in the segments known to carry one (vocabulary d-stroke-codes).
/// </summary>
public sealed class CodeLetters
{
    private readonly IReadOnlyDictionary<string, string> _dStroke;

    /// <summary>Builds from the vocabulary (columns folded, written).</summary>
    public CodeLetters(Vocabulary vocabulary) => _dStroke = vocabulary.Map("folded", "written");

    /// <summary>"1906 /SGDĐT-CTrTT" → "1906/SGDĐT-CTrTT"; "666/QD-TTg" → "666/QĐ-TTg"; "194/TTr-BTL" unchanged.</summary>
    public string Canonical(string original)
    {
        var s = VietnameseText.Nfc(original);
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                i++;
                continue;
            }
            if (!char.IsLetter(s[i]))
            {
                sb.Append(s[i]);
                i++;
                continue;
            }
            var j = i;
            while (j < s.Length && char.IsLetter(s[j]))
            {
                j++;
            }
            var segment = s[i..j];
            sb.Append(_dStroke.TryGetValue(VietnameseText.Fold(segment), out var known) && known.Length == segment.Length
                ? RestoreDStroke(segment, known)
                : segment);
            i = j;
        }
        return sb.ToString();
    }

    // "QD" → "QĐ", "qd" → "qđ": Đ where the known spelling has it, every other letter as printed.
    private static string RestoreDStroke(string printed, string known)
    {
        var chars = printed.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (known[k] == 'Đ' && chars[k] is 'D' or 'd')
            {
                chars[k] = chars[k] == 'D' ? 'Đ' : 'đ';
            }
        }
        return new string(chars);
    }
}
