using Ingest.Jobs;

namespace Ingest.Tests.Ocr;

/// <summary>
/// The "Nơi nhận" | signer table of real scans read column by column (issue 15): Tesseract read
/// "Nơi nhận: PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH" and the recipients after.
/// </summary>
public class ClosingColumnsTests
{
    [Theory]
    // Sở GD&ĐT Đà Nẵng: 1-bit CCITT, seven recipients beside "KT. GIÁM ĐỐC", page 2.
    [InlineData("danang-scans/data/1.pdf", 2, "Lưu: VT", "GIÁM ĐỐC")]
    public async Task Recipients_come_before_the_signer(string file, int page, string recipient, string signer)
    {
        var pdf = RealFiles.Path_(file.Split('/'));
        await RecipientsFirst(pdf, page, recipient, signer);
    }

    [Fact]
    public async Task An_official_layout_render_reads_its_closing_table_column_by_column()
    {
        // The official renderer's last page: recipients, "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", a seal.
        var pdf = CorpusFiles.Path_("scans-official", "a05-200.pdf");
        await RecipientsFirst(pdf, 2, "Lưu: VT", "KT. CHỦ TỊCH");
    }

    // vbpl pline_2, a real decree's last page: the seal hides "TM. CHÍNH PHỦ / THỦ TƯỚNG" from
    // OCR, and "Nguyễn Xuân Phúc" was read into the line of "Tòa án nhân dân tối cao;". The
    // name alone makes the right column a signer's.
    [Fact]
    public async Task A_signer_column_with_only_the_name_read_still_comes_after_the_recipients()
    {
        var image = Ingest.Ocr.ImageFile.Page(File.ReadAllBytes(RealFiles.Path_("vbpl-tesseract-vie", "images", "pline_2.jpg")), 0);
        var text = (await TestPool.Shared.RecognizeAsync(image)).Text;
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.TrimStart('~', '-', ' ').StartsWith("Tòa án nhân dân tối cao;", StringComparison.Ordinal) && !l.Contains("Nguyễn", StringComparison.Ordinal));
        Assert.True(Array.FindIndex(lines, l => l.Contains("Nguyễn Xuân Phúc", StringComparison.Ordinal)) > Array.FindIndex(lines, l => l.Contains("Lưu: VT", StringComparison.Ordinal)), text);
    }

    private static async Task RecipientsFirst(string pdf, int page, string recipient, string signer)
    {
        var text = (await new DocumentReader(TestPool.Shared).ReadAsync(pdf, Path.GetFileName(pdf)))[page - 1].Text;
        var shown = text[Math.Max(0, text.Length - 700)..];
        var to = text.IndexOf("Nơi nhận", StringComparison.Ordinal);
        var r = text.IndexOf(recipient, StringComparison.Ordinal);
        var s = text.LastIndexOf(signer, StringComparison.Ordinal);
        Assert.True(to >= 0 && r >= 0 && s >= 0, shown);
        Assert.True(to < r && r < s, shown);
    }
}
