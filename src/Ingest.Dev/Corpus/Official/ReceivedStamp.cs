using UglyToad.PdfPig.Writer;

namespace Ingest.Corpus.Official;

/// <summary>
/// The receiving office's stamp on page 1 (dấu "ĐẾN", received): a ruled box with the office's
/// name, "ĐẾN" large, and "Số:", "Ngày:", "Chuyển:" with dotted blanks a clerk fills in by hand —
/// the incoming number, the day, and to whom the document goes.
/// </summary>
internal static class ReceivedStamp
{
    public const double Width = 54 * OfficialComposer.Mm;
    public const double Height = 25 * OfficialComposer.Mm;

    private static readonly string[] Offices =
    [
        "VĂN PHÒNG UBND TỈNH", "SỞ TƯ PHÁP", "SỞ NỘI VỤ", "SỞ TÀI CHÍNH", "UBND HUYỆN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "BAN THI ĐUA - KHEN THƯỞNG",
    ];

    /// <summary>Stamps the box with its lower-left corner at (x, y), turned by <paramref name="angle"/> degrees, and fills it in.</summary>
    public static void Draw(PdfCanvas canvas, PdfDocumentBuilder.AddedFont sans, PdfDocumentBuilder.AddedFont serif, double x, double y, double angle, Random rng)
    {
        const double mm = OfficialComposer.Mm;
        var ink = rng.Next(3) switch
        {
            0 => ((byte)200, (byte)40, (byte)60),   // red
            1 => ((byte)60, (byte)50, (byte)160),   // violet
            _ => ((byte)30, (byte)60, (byte)170),   // blue
        };
        canvas.Save(x, y, angle);
        canvas.Color(ink.Item1, ink.Item2, ink.Item3);
        canvas.Rectangle(0, 0, Width, Height, 1.2);
        canvas.Rectangle(1.2 * mm, 1.2 * mm, Width - 2.4 * mm, Height - 2.4 * mm, 0.4);
        var office = Offices[rng.Next(Offices.Length)];
        var officeSize = Math.Min(7.5, 7.5 * (Width - 6 * mm) / Math.Max(1, canvas.Measure(office, sans, 7.5)));
        canvas.Text(office, sans, officeSize, (Width - canvas.Measure(office, sans, officeSize)) / 2, Height - 5.2 * mm);
        canvas.Text("ĐẾN", sans, 15, 3.5 * mm, Height - 12.5 * mm);
        var fieldX = 21 * mm;
        canvas.Text("Số: ......................", serif, 8, fieldX, Height - 10.5 * mm);
        canvas.Text("Ngày: .........................", serif, 8, fieldX, Height - 14.5 * mm);
        canvas.Text("Chuyển: ........................................", serif, 8, 3.5 * mm, Height - 18.8 * mm);
        canvas.Text("Lưu hồ sơ số: ..............................", serif, 8, 3.5 * mm, Height - 22.6 * mm);
        canvas.Restore();

        // The clerk's pen: blue or black, over the stamp's ink.
        canvas.Save(x, y, angle);
        var pen = rng.Next(2) == 0 ? ((byte)20, (byte)40, (byte)130) : ((byte)25, (byte)25, (byte)30);
        canvas.Color(pen.Item1, pen.Item2, pen.Item3);
        var hand = 3.4 * mm;
        HandStrokes.Digits(canvas, rng.Next(100, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture), fieldX + 7 * mm, Height - 10.2 * mm, hand, 14, Jitter(rng, 6), 1.1, rng);
        var day = $"{rng.Next(1, 29)}/{rng.Next(1, 13)}";
        HandStrokes.Digits(canvas, day, fieldX + 10 * mm, Height - 14.2 * mm, hand, 14, Jitter(rng, 6), 1.1, rng);
        HandStrokes.Scrawl(canvas, 17 * mm, Height - 18.5 * mm, 1.6 * mm, rng.Next(2, 4), Jitter(rng, 4), 1.0, rng);
        canvas.Restore();
    }

    private static double Jitter(Random rng, double amount) => (rng.NextDouble() * 2 - 1) * amount;
}
