using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// The national motto at the head of every administrative document (Decree 30/2020/NĐ-CP): "CỘNG
/// HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "Độc lập - Tự do - Hạnh phúc", in the header's right
/// column, where an office's received-stamp is set: OCR reads the words under the stamp as
/// noise ("CỘNG HÒA IÚ-NGHĨA VIỆT NAM", official render a08). A line among a page's first that
/// is near one of the two in letters, and shares two of its words as printed, is written as
/// that motto line — in the document's own spelling ("HOÀ" or "HÒA", "-" or "–") — and a line
/// that already spells it is left exactly as it is.
/// </summary>
public static class NationalMotto
{
    // The header is at the top: only a page's first lines are looked at.
    private const int HeaderLines = 12;

    // A damaged line may differ from the motto in this share of the motto's letters.
    private const double MaxDistance = 0.3;

    private static readonly string[] Mottoes = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

    private static readonly string[] MottoLetters = [.. Mottoes.Select(VietnameseText.CapitalLetters)];

    /// <summary>The page's lines with a damaged motto line mended; the same array when nothing changes.</summary>
    public static string[] Mend(string[] lines)
    {
        string[]? mended = null;
        var seen = 0;
        for (var i = 0; i < lines.Length && seen < HeaderLines; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            seen++;
            var read = VietnameseText.CapitalLetters(line);
            for (var m = 0; m < Mottoes.Length; m++)
            {
                var (motto, letters) = (Mottoes[m], MottoLetters[m]);
                // A row that holds more than the motto (the header's left column read on the same
                // line: "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc", corpus/scans b03) is not rewritten.
                if (read == letters || read.Length > letters.Length + 2
                    || EditDistance.Levenshtein(read, letters) > MaxDistance * letters.Length || SharedWords(line, motto) < 2)
                {
                    continue;
                }
                mended ??= (string[])lines.Clone();
                mended[i] = InStyleOf(line, motto);
            }
        }
        return mended ?? lines;
    }

    // The document's spelling: the old tone placement "HOÀ" and an en dash where the line has them.
    private static string InStyleOf(string line, string motto)
    {
        var styled = line.Contains("HOÀ", StringComparison.Ordinal) ? motto.Replace("HÒA", "HOÀ", StringComparison.Ordinal) : motto;
        return line.Contains('–', StringComparison.Ordinal) ? styled.Replace('-', '–') : styled;
    }

    private static int SharedWords(string line, string motto)
    {
        var words = motto.Split(' ').Where(w => w != "-").ToHashSet(StringComparer.Ordinal);
        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(words.Contains);
    }
}
