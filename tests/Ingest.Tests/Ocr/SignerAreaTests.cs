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
