using Ingest.Jobs;
using Ingest.Ocr;

namespace Ingest.Tests.Ocr;

/// <summary>A received-stamp's words are dropped, the header it overlaps is kept (issue 15).</summary>
public class ReceivedStampTests
{
    // corpus/scans-official a01-200.pdf page 1: the stamp "BAN THI ĐUA - KHEN THƯỞNG / ĐẾN / Số:
    // 365 / Ngày: 2/1 / Chuyển:" over the header's "ỦY BAN NHÂN DÂN".
    [Fact]
    public async Task The_stamps_name_and_den_are_dropped_and_the_header_under_it_stays()
    {
        var path = CorpusFiles.Path_("scans-official", "a01-200.pdf");
        using var plain = new EnginePool(new OcrOptions { DropNoise = false, Engines = 1 });
        var asRead = (await new DocumentReader(plain).ReadAsync(path, "a01-200.pdf"))[0];
        var read = (await new DocumentReader(TestPool.Shared).ReadAsync(path, "a01-200.pdf"))[0];
        static string Top(string text) => string.Join('\n', text.Split('\n').TakeWhile(l => !l.StartsWith("KẾ HOẠCH", StringComparison.Ordinal)));
        Assert.Matches("(?i)\\bđến\\b", Top(asRead.Text));
        Assert.DoesNotMatch("(?i)\\bđến\\b|THỊ|ĐỰA", Top(read.Text));
        Assert.Contains("TỈNH NGHỆ", Top(read.Text), StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Top(read.Text), StringComparison.Ordinal);
        Assert.Contains("\"dropped\"", read.RegionsJson, StringComparison.Ordinal);
    }

    private static OcrLine Line(int top, int height, params (int Left, string Text)[] words) =>
        new([.. words.Select(w => new OcrWord(1, 1, top, w.Left, top, 20 * w.Text.Length, height, 90, w.Text))]);

    [Fact]
    public void A_den_that_opens_a_sentence_or_stands_in_a_heading_is_no_stamp()
    {
        OcrLine[] page =
        [
            Line(60, 27, (300, "II."), (360, "MỤC"), (460, "TIÊU"), (560, "ĐẾN"), (660, "NĂM"), (760, "2025")),
            Line(110, 27, (300, "Đến"), (380, "năm"), (460, "2025,"), (560, "toàn"), (660, "tỉnh")),
            Line(160, 16, (300, "Chuyển:")),
        ];
        Assert.Same(page, ReceivedStamp.Drop(page, 2300));
        OcrLine[] stamp = [Line(60, 16, (320, "SỞ"), (380, "TƯ"), (440, "PHÁP")), Line(110, 38, (300, "ĐẾN"), (400, "365")), Line(200, 27, (300, "UBND"), (420, "TỈNH"))];
        Assert.Equal(["UBND TỈNH"], ReceivedStamp.Drop(stamp, 2300).Select(l => l.Text));
    }
}
