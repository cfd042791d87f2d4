using System.Text.RegularExpressions;

namespace Ingest.Extraction;

/// <summary>
/// Mends what OCR does to numbers before anything is matched: a stray space inside a document
/// number or a date. Only spaces are removed, so the text stays what the page says.
/// </summary>
public static partial class TextRepair
{
    /// <summary>Removes stray spaces inside numbers: "số 1 1325/KH-UBND" → "số 11325/KH-UBND", "30/1 1/2023" → "30/11/2023".</summary>
    public static string Numbers(string text)
    {
        if (text.IndexOf('/', StringComparison.Ordinal) < 0)
        {
            return text;
        }
        // "Kế hoạch số 1 1325/KH-UBND": a digit cut from the numeral after "số".
        var s = SplitNumeral().Replace(text, "$1$2$3");
        // "ngày 30/1 1/2023", "3 0/11/2023": a digit cut inside a numeric date.
        s = SplitDateMonth().Replace(s, "$1$2$3");
        s = SplitDateDay().Replace(s, "$1$2$3");
        return s;
    }

    [GeneratedRegex(@"(\b[Ss][ốoô6]\s*:?\s*\d{1,4}) (\d{1,4})(\s?/\s?\p{L})")]
    private static partial Regex SplitNumeral();

    [GeneratedRegex(@"(\b\d{1,2}/\d) (\d)(/(?:19|20)\d{2}\b)")]
    private static partial Regex SplitDateMonth();

    [GeneratedRegex(@"((?:ngày|ngay)\s+\d) (\d)(/\d{1,2}/(?:19|20)\d{2}\b)")]
    private static partial Regex SplitDateDay();
}
