using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// The title lines of a page's signer block where a seal hid part of them. The seal is pressed
/// over the left of the signature (Decree 30/2020/NĐ-CP), and OCR reads the title lines under it
/// as their right ends or with a letter changed: "TỊCH / và TỊCH" for "KT. CHỦ TỊCH / PHÓ CHỦ
/// TỊCH" (official render a01), "KT. GIÁM ĐỐC / GIÁM ĐỐC" for "… / PHÓ GIÁM ĐỐC" (danang-scans
/// 1.pdf page 2). The lines between the recipients' "Lưu: …" and the signer's name are fitted to
/// the sequences a signer block may print (<see cref="SignerTitles"/>), each read line to the end
/// of its title; they are rewritten only when that sequence fits closely and no other fits as
/// well. A block that already prints an allowed sequence is left exactly as it is, and so is
/// any page whose closing does not read as recipients, titles, then a name.
/// </summary>
public static class SignerBlock
{
    // A read line may differ from its title's end by this share of its letters (at least one).
    private const double MaxCostPerLetter = 0.25;

    /// <summary>The page's lines with its signer's title lines mended; the same array when nothing changes.</summary>
    public static string[] Mend(string[] lines, SignerTitles titles)
    {
        var kept = LastRecipientLine(lines);
        if (kept < 0)
        {
            return lines;
        }
        var block = Enumerable.Range(kept + 1, lines.Length - kept - 1)
            .Where(i => lines[i].Trim().Length > 0 && !lines[i].Trim().All(char.IsDigit)).ToList();
        if (block.Count < 2 || !IsName(lines[block[^1]]))
        {
            return lines;
        }
        // The collective's "TM. …" line stays as read; a mark of one or two letters is the seal's.
        var read = block.SkipLast(1)
            .Where(i => !VietnameseText.Fold(lines[i].Trim()).StartsWith("tm.", StringComparison.Ordinal) && VietnameseText.CapitalLetters(lines[i]).Length > 2)
            .ToList();
        if (read.Count is 0 or > 2)
        {
            return lines;
        }
        var observed = read.Select(i => CapitalPart(lines[i].Trim())).ToArray();
        if (titles.Forms.Any(f => f.SequenceEqual(observed, StringComparer.Ordinal)))
        {
            return lines;
        }
        var letters = observed.Select(VietnameseText.CapitalLetters).ToArray();
        var noSyllable = observed.Select(HoldsNoSyllable).ToArray();
        // The first of equally near sequences is taken: the titles are listed most common first.
        string[]? best = null;
        var bestCost = int.MaxValue;
        for (var f = 0; f < titles.Forms.Count; f++)
        {
            if (titles.Forms[f].Length != observed.Length)
            {
                continue;
            }
            var cost = 0;
            for (var k = 0; k < observed.Length && cost < int.MaxValue; k++)
            {
                var c = EditDistance.ToSuffix(titles.FormLetters[f][k], letters[k]);
                cost = Fits(c, letters[k].Length, noSyllable[k]) ? cost + c : int.MaxValue;
            }
            if (cost < bestCost)
            {
                (bestCost, best) = (cost, titles.Forms[f]);
            }
        }
        if (best is null)
        {
            return lines;
        }
        var mended = (string[])lines.Clone();
        for (var k = 0; k < read.Count; k++)
        {
            mended[read[k]] = best[k];
        }
        return mended;
    }

    // A read line fits a title when it is that title's end (what the seal left), or near it and
    // itself no title: a word in it is no syllable ("PB CHỦ TỊCH", "TT. CHỦ TỊCH"). A line of
    // syllables a letter or two from a known title is a title this list lacks ("KT. BỘ TRƯỞNG /
    // THỨ TRƯỞNG" is not "… / HIỆU TRƯỞNG").
    private static bool Fits(int cost, int letters, bool holdsNoSyllable) =>
        cost == 0 || (cost <= Math.Max(1, letters * MaxCostPerLetter) && holdsNoSyllable);

    private static bool HoldsNoSyllable(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !Syllable.IsLegal(w.Trim('.', ',', ':', ';')));

    // The last "Lưu: VT, …" of the recipients, which the signer's block follows in reading order.
    private static int LastRecipientLine(string[] lines)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var f = VietnameseText.Fold(lines[i].Trim().TrimStart('-', ' ', '–'));
            if (f.StartsWith("luu:", StringComparison.Ordinal) || f.StartsWith("luu ", StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    // "Trần Nguyễn Minh Thành", "Nguyễn Thị Ý": two to six words, each a capital then small letters.
    private static bool IsName(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && words.Any(w => w.Length >= 2)
            && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower));
    }

    // A title line is printed in capitals: small-letter words read from the seal before it go
    // ("và TỊCH" → "TỊCH"), unless no word is in capitals.
    private static string CapitalPart(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(words, w => VietnameseText.CapitalLetters(w).Length > 0 && VietnameseText.IsAllCaps(w));
        return first <= 0 ? line : string.Join(' ', words[first..]);
    }
}
