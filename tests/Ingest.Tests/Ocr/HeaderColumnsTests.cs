using Ingest.Jobs;
using Ingest.Ocr;

namespace Ingest.Tests.Ocr;

/// <summary>
/// The header table of real office scans read column by column (issue 15): Tesseract read
/// Đà Nẵng's letters row by row, "UBND THÀNH PHỐ ĐÀ NẴNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM".
/// </summary>
public class HeaderColumnsTests
{
    [Theory]
    // Sở GD&ĐT Đà Nẵng, 1-bit CCITT at 200 dpi (Kodak): the columns nearly touch on the first row.
    [InlineData("danang-scans/data/1.pdf", "SỞ GIÁO DỤC", "V/v", "Độc lập")]
    // Công an TP Đà Nẵng, 300 dpi colour JPEG with handwriting in the left margin.
    [InlineData("danang-scans/data/2.pdf", "CHÍNH TRỊ NỘI BỘ", "thông báo hoạt động", "Độc lập")]
    public async Task A_real_header_table_is_read_left_column_first(string file, string leftUnit, string subject, string motto)
    {
        var pdf = RealFiles.Path_(file.Split('/'));
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(pdf, Path.GetFileName(pdf));
        var text = pages[0].Text;
        var unit = text.IndexOf(leftUnit, StringComparison.Ordinal);
        var vv = text.IndexOf(subject, StringComparison.Ordinal);
        var national = text.IndexOf("CỘNG H", StringComparison.Ordinal);
        var independence = text.IndexOf(motto, StringComparison.Ordinal);
        Assert.True(unit >= 0 && vv >= 0 && national >= 0 && independence >= 0, text[..Math.Min(600, text.Length)]);
        // Left column (issuer, its unit, the subject) before the right one (motto, place and date).
        Assert.True(unit < national && vv < national, text[..Math.Min(600, text.Length)]);
        Assert.True(national < independence);
        // And the body after both.
        Assert.True(text.IndexOf("Kính gửi", StringComparison.Ordinal) > independence);
    }

    [Fact]
    public void Lines_across_the_middle_are_no_table()
    {
        // Three full-width body lines: nothing to reorder.
        const string tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "1\t1\t0\t0\t0\t0\t0\t0\t1600\t2300\t-1\t\n"
            + "5\t1\t1\t1\t1\t1\t200\t100\t600\t40\t95\tThực\n5\t1\t1\t1\t1\t2\t820\t100\t500\t40\t95\thiện\n"
            + "5\t1\t1\t1\t2\t1\t200\t160\t600\t40\t95\tBộ\n5\t1\t1\t1\t2\t2\t815\t160\t500\t40\t95\tGD\n"
            + "5\t1\t1\t1\t3\t1\t200\t220\t1200\t40\t95\ttrong\n";
        Assert.Null(HeaderColumns.Reorder(PageWords.Parse(tsv)));
    }
}
