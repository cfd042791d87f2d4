using System.Globalization;
using System.Text;

namespace Ingest.Fuzz;

/// <summary>
/// Damages plan text the ways OCR and hostile input do: stray and combining characters, cut
/// and repeated lines, header keywords and dates in the wrong places, numbers far out of range,
/// lines run together, marks stripped (what the restorer is for).
/// </summary>
public static class TextMutator
{
    private const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵAĂÂĐÊÔƠƯ0123456789/.-:;,()“”\"'%+=*_ \t\f\r\n";

    private static readonly string[] Odd = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u200B", "\uFFFD", "\u00A0", "\U0001F600", "\u202E", "\0", "ﬁ", "Ǆ", "İ"];

    private static readonly string[] Phrases =
    [
        "Số: ", "Số: 12/KH-UBND", "ngày 31 tháng 12 năm 2023", "ngày 99 tháng 99 năm 99999", "Căn cứ Luật số 99999999999999999999/QH13 ngày 0/0/0",
        "KẾ HOẠCH", "Kế hoạch số 12/KH-UBND ngày 01/01/2020", "I. ", "1. ", "a) ", "- ", "trước ngày 30/11/2023", "đến hết năm 2025",
        "100%", "đạt 50% trở lên", "Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "giai đoạn 2021 - 2025", "666/QĐ-TTg", "/KH-", "ỦY BAN NHÂN DÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Quý IV/2023", "hằng năm", "tháng 13 năm 2023", "ngày 31/02/2023", "1.000.000.000.000.000.000 đồng",
    ];

    /// <summary>A window of <paramref name="seed"/>'s lines with one to four stacked mutations.</summary>
    public static string Mutate(Random random, string seed)
    {
        var lines = seed.Split('\n');
        var start = random.Next(lines.Length);
        var window = lines.Skip(start).Take(5 + random.Next(60)).ToList();
        var n = 1 + random.Next(4);
        for (var i = 0; i < n; i++)
        {
            Apply(random, window);
        }
        return string.Join('\n', window);
    }

    private static void Apply(Random random, List<string> lines)
    {
        if (lines.Count == 0)
        {
            lines.Add(Phrases[random.Next(Phrases.Length)]);
            return;
        }
        var i = random.Next(lines.Count);
        var line = lines[i];
        var at = random.Next(line.Length + 1);
        switch (random.Next(9))
        {
            case 0:
                lines[i] = line.Insert(at, new string(Enumerable.Range(0, 1 + random.Next(8)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray()));
                break;
            case 1:
                lines[i] = line.Insert(at, Odd[random.Next(Odd.Length)]);
                break;
            case 2:
                lines[i] = line.Remove(at, Math.Min(line.Length - at, 1 + random.Next(20)));
                break;
            case 3:
                lines.InsertRange(i, Enumerable.Repeat(line, 1 + random.Next(random.Next(2) == 0 ? 5 : 300)));
                break;
            case 4:
                lines[i] = line.Insert(at, Phrases[random.Next(Phrases.Length)]);
                break;
            case 5:
                // Lines run together: one very long line.
                var k = Math.Min(lines.Count - i, 2 + random.Next(40));
                var joined = string.Join(' ', lines.GetRange(i, k));
                lines.RemoveRange(i, k);
                lines.Insert(i, joined);
                break;
            case 6:
                lines.RemoveAt(i);
                lines.Insert(random.Next(lines.Count + 1), line);
                break;
            case 7:
                lines[i] = new string(line.Select(c => char.IsAsciiDigit(c) && random.Next(3) == 0 ? '9' : c).ToArray()) + string.Concat(Enumerable.Repeat("9", random.Next(30)));
                break;
            default:
                lines[i] = StripMarks(line);
                break;
        }
    }

    private static string StripMarks(string s) =>
        new string(s.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray())
            .Replace('đ', 'd').Replace('Đ', 'D');
}
