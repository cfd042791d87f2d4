using Ingest.Jobs;
using Ingest.Ocr;

namespace Ingest.Tests.Ocr;

/// <summary>
/// The signer's block under a red seal (issue 15): danang-scans 3.pdf page 1, UBND Đà Nẵng's
/// seal over "CHỦ TỊCH" and the signature, the name "Lê Trung Chinh" below.
/// </summary>
public class SignerAreaTests
{
    [Fact]
    public async Task The_title_under_a_red_seal_is_read_again_without_the_seal()
    {
        var image = RealFiles.Rendered(1, "danang-scans", "data", "3.pdf");
        using var plain = new EnginePool(new OcrOptions { RereadSigner = false, Engines = 1 });
        var before = await plain.RecognizeAsync(image);
        var after = await TestPool.Shared.RecognizeAsync(image);

        // Read as it is (the restorer mends "CHỮ" to "CHỦ" after).
        Assert.DoesNotContain("TỊCH", before.Text, StringComparison.Ordinal);
        Assert.Matches(@"CH\S+ TỊCH\n\S+ Trung Ch", after.Text);
        // The rest of the page is the first reading's: the recipients are all still there, once.
        Assert.Equal(1, after.Text.Split("- Lưu: VT, SGDĐT.").Length - 1);
        Assert.Contains("Nơi nhận:", after.Text, StringComparison.Ordinal);
    }

    // corpus/scans-official a01-200.pdf page 4, a 1-bit G4 render: a black seal over "KT. CHỦ
    // TỊCH / PHÓ CHỦ TỊCH", which Tesseract's layout takes for a picture and leaves out.
    [Fact]
    public async Task The_title_under_a_black_seal_on_a_one_bit_page_is_read_with_the_seals_rings_taken_out()
    {
        var path = CorpusFiles.Path_("scans-official", "a01-200.pdf");
        using var plain = new EnginePool(new OcrOptions { RereadSigner = false, Engines = 1 });
        var before = (await new DocumentReader(plain).ReadAsync(path, "a01-200.pdf"))[^1].Text;
        var after = (await new DocumentReader(TestPool.Shared).ReadAsync(path, "a01-200.pdf"))[^1].Text;
        var signer = after[after.IndexOf("TM. ỦY BAN NHÂN DÂN", StringComparison.Ordinal)..];
        Assert.DoesNotContain("TỊCH", before, StringComparison.Ordinal);
        Assert.True(signer.Split("TỊCH").Length - 1 >= 2, signer);
        Assert.EndsWith("Nghĩa Khiêm", signer.TrimEnd(), StringComparison.Ordinal);
    }

    // danang-scans 1.pdf page 2, a real 1-bit office scan: the seal of Sở GD&ĐT over "PHÓ GIÁM
    // ĐỐC" has its own words across its centre ("SỞ / GIÁO DỤC / VÀ ĐÀO TẠO"): they are the
    // seal's, not the page's, and stay out.
    [Fact]
    public async Task The_words_of_a_seals_centre_are_not_added()
    {
        var path = RealFiles.Path_("danang-scans", "data", "1.pdf");
        var page = (await new DocumentReader(TestPool.Shared).ReadAsync(path, "1.pdf"))[1].Text;
        var signer = page[page.IndexOf("KT. ", StringComparison.Ordinal)..];
        Assert.DoesNotContain("SỞ", signer, StringComparison.Ordinal);
        Assert.DoesNotContain("ĐÀO", signer, StringComparison.Ordinal);
        Assert.Contains("Trần Nguyễn Minh Thành", signer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_area_is_the_closing_tables_right_column_below_noi_nhan()
    {
        var tsv = string.Join('\n',
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t1700\t2400\t-1\t",
            "5\t1\t1\t1\t1\t1\t200\t300\t1300\t40\t95\tThực",
            "5\t1\t2\t1\t1\t1\t200\t1800\t120\t40\t95\tNơi",
            "5\t1\t2\t1\t1\t2\t330\t1800\t120\t40\t95\tnhận:",
            "5\t1\t2\t1\t2\t1\t200\t1850\t400\t40\t95\t- Như trên;");
        var area = SignerArea.Find(PageWords.Parse(tsv));
        Assert.NotNull(area);
        Assert.Equal(200 + (int)(1300 * 0.45), area!.Value.Left);
        Assert.Equal(1800 - 40, area.Value.Top);
        Assert.True(area.Value.Bottom > 1850 + (8 * 40) && area.Value.Right >= 1500, area.ToString());
        Assert.Null(SignerArea.Find(PageWords.Parse(tsv.Replace("Nơi", "Theo", StringComparison.Ordinal))));
    }
}
