using Ingest.Jobs;
using Ingest.Restoration;

namespace Ingest.Tests.Restoration;

/// <summary>A signer block's title lines that a seal hid in part are fitted to the titles a block may print (issue 15).</summary>
public class SignerBlockTests
{
    private static readonly SignerTitles Titles = TestModels.Shared.SignerTitles;

    private static string[] Closing(params string[] signer) => ["- Các sở, ban, ngành cấp tỉnh;", "- Lưu: VT, NN (Hg).", "", .. signer];

    // As OCR read the official renders a01, a07 and a09 under their seals.
    [Theory]
    [InlineData("TỊCH", "và TỊCH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData("TT. CHỦ TỊCH", "PB CHỦ TỊCH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData("TRƯỞNG BAN", "RƯỞNG BAN", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")]
    [InlineData("KT. GIÁM ĐỐC", "GIÁM ĐỐC", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")]
    public void Title_lines_a_seal_hid_in_part_are_mended(string first, string second, string title, string deputy)
    {
        var mended = SignerBlock.Mend(Closing("TM. ỦY BAN NHÂN DÂN", first, second, "Hoàng Nghĩa Khiêm"), Titles);
        Assert.Equal(Closing("TM. ỦY BAN NHÂN DÂN", title, deputy, "Hoàng Nghĩa Khiêm"), mended);
    }

    // b03: a mark of the seal between the lines stays; the lines around it are mended.
    [Fact]
    public void A_mark_of_the_seal_between_the_lines_is_left_and_skipped()
    {
        var mended = SignerBlock.Mend(Closing("ÂM ĐỐC", "Kỳ.", "XM Đốc", "Trần Quang Nhật"), Titles);
        Assert.Equal(Closing("KT. GIÁM ĐỐC", "Kỳ.", "PHÓ GIÁM ĐỐC", "Trần Quang Nhật"), mended);
    }

    [Fact]
    public void A_block_that_prints_an_allowed_sequence_or_does_not_read_as_one_is_left_as_it_is()
    {
        string[][] untouched =
        [
            Closing("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Nghĩa Khiêm"),
            Closing("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"),
            Closing("Q. GIÁM ĐỐC", "Châu Văn Bửu"),
            Closing("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC THƯỜNG TRỰC", "Lê Văn Bình"),
            // No name at the end: the page goes on with text, not a signer.
            Closing("TỊCH", "TỊCH", "Điều 2. Quyết định này có hiệu lực"),
            // Nothing like a title: a line far from every title is not rewritten.
            Closing("TM. ỦY BAN NHÂN DÂN", "HỘI NGHỊ TỔNG KẾT", "Nguyễn Văn An"),
            // A deputy minister signs as "THỨ TRƯỞNG"; a title the list lacks, in syllables, is not fitted to a near one.
            Closing("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Văn Chiến"),
            Closing("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG", "Lê Văn Dũng"),
            Closing("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC SỞ", "Lê Văn Em"),
            // No recipients' "Lưu" before it.
            ["TỊCH", "TỊCH", "Hoàng Nghĩa Khiêm"],
        ];
        foreach (var page in untouched)
        {
            Assert.Same(page, SignerBlock.Mend(page, Titles));
        }
    }

    // danang-scans 1.pdf page 2 (a real 1-bit letter): the seal hid "PHÓ" of "PHÓ GIÁM ĐỐC".
    [Fact]
    public async Task A_real_letter_read_by_the_pipeline_has_its_deputys_title()
    {
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(RealFiles.Path_("danang-scans", "data", "1.pdf"), "1.pdf");
        Assert.Contains("\nGIÁM ĐỐC\nTrần Nguyễn Minh Thành", pages[1].Text, StringComparison.Ordinal);
        var restored = new PageRestorer(TestModels.Shared).Restore(pages);
        Assert.Contains("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Nguyễn Minh Thành", restored[1], StringComparison.Ordinal);
    }
}
