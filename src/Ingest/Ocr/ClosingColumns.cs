using Ingest.Text;

namespace Ingest.Ocr;

/// <summary>
/// The closing table of an administrative document (Decree 30/2020/NĐ-CP): "Nơi nhận:" and the
/// recipients on the left, the signer's title and name on the right. Tesseract reads it row by
/// row ("Nơi nhận: PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH" on a real Đà Nẵng letter, the recipients after);
/// a reader takes the recipients, then the signer. Starts at the line that says "Nơi nhận" and
/// runs while lines break at the gutter or keep to one side of it.
/// </summary>
public static class ClosingColumns
{
    /// <summary>The block number the recipients' lines get (the signer's is one more): how <see cref="PageLayout"/> tells them.</summary>
    public const int LeftBlock = -4;

    /// <summary>The index of the last line that says "Nơi nhận" (where the closing table starts), or −1.</summary>
    public static int Start(IReadOnlyList<OcrLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (VietnameseText.Fold(lines[i].Text.ToLowerInvariant()).Contains("noi nhan", StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The lines with the closing table read column by column, or null when there is none.</summary>
    public static IReadOnlyList<OcrLine>? Reorder(IReadOnlyList<OcrLine> lines, int width)
    {
        var start = Start(lines);
        if (start < 0 || width == 0)
        {
            return null;
        }
        var zone = lines.Skip(start).ToList();
        // Without a row that breaks at a wide gap the signer block still sits in the right half.
        // The gutter is the widest white channel no word of the table crosses: recipient lines
        // run further right than "Nơi nhận:" itself, the signer's title starts further left than
        // its name.
        if (ColumnGutter.WhiteChannel(zone, width) is not { } gutter)
        {
            return null;
        }
        var tolerance = width * 0.06;
        var table = new List<OcrLine>();
        foreach (var line in zone)
        {
            var oneSide = line.Right <= gutter + tolerance / 2 || line.Left >= gutter - tolerance / 2;
            if (!oneSide && !ColumnGutter.BreaksAt(line, gutter, tolerance, width))
            {
                break;
            }
            table.Add(line);
        }
        var (left, right) = ColumnGutter.Columns(table, gutter, LeftBlock);
        // The right column must be a signer block: a title in capitals ("KT. CHỦ TỊCH", "PHÓ GIÁM
        // ĐỐC"), or the signer's name where the seal hid the title from OCR (a decree's last page,
        // vbpl pline_2: "TM. CHÍNH PHỦ / THỦ TƯỚNG" under the seal, "Nguyễn Xuân Phúc" read into
        // the line of "Tòa án nhân dân tối cao;").
        if (left.Count == 0 || right.Count == 0 || !right.Any(l => IsCapitals(l) || IsName(l)))
        {
            return null;
        }
        return [.. lines.Take(start), .. left, .. right, .. lines.Skip(start + table.Count)];
    }

    // A person's name: two to five words of text, each a capital and small letters ("Nguyễn Xuân Phúc").
    private static bool IsName(OcrLine line) =>
        line.Words.Count is >= 2 and <= 5
        && line.Words.All(w => w.Text.Length >= 2 && char.IsUpper(w.Text[0]) && w.Text.Skip(1).All(char.IsLower) && PageNoise.IsText(w.Text));

    private static bool IsCapitals(OcrLine line)
    {
        var letters = line.Text.Where(char.IsLetter).ToList();
        return letters.Count >= 4 && letters.Count(char.IsUpper) >= 0.7 * letters.Count;
    }
}
