using Ingest.Jobs;
using Ingest.Restoration;

namespace Ingest.Tests.Restoration;

/// <summary>The national motto a stamp damaged is written as itself, in the document's spelling (issue 15).</summary>
public class NationalMottoTests
{
    // Official render a08: the received-stamp over "XÃ HỘI CHỦ".
    [Fact]
    public void A_motto_line_a_stamp_damaged_is_mended()
    {
        string[] page = ["UBND TỈNH HẢI DƯƠNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA IÚ-NGHĨA VIỆT NAM", "Độc lập~ Tự do - Hạnh phúe"];
        Assert.Equal(["UBND TỈNH HẢI DƯƠNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], NationalMotto.Mend(page));
        // The document's own spelling: "HOÀ", en dashes.
        Assert.Equal(["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"], NationalMotto.Mend(["CỘNG HOÀ XÃ HỘT CHỦ NGHIA VIỆT NAM", "Độc lập – Tự do – Hạnh phủ"]));
    }

    // The official render a08-200.pdf, read and restored as the pipeline does.
    [Fact]
    public async Task A_render_whose_stamp_covers_the_motto_has_it_after_restoration()
    {
        var path = CorpusFiles.Path_("scans-official", "a08-200.pdf");
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(path, "a08-200.pdf");
        Assert.DoesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", pages[0].Text, StringComparison.Ordinal);
        var restored = new PageRestorer(TestModels.Shared).Restore(pages);
        Assert.Contains("\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", restored[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_motto_as_printed_a_row_with_the_left_column_and_body_text_are_left_as_they_are()
    {
        string[][] untouched =
        [
            ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"],
            // corpus/scans b03: both header columns read on one row.
            ["UBND TỈNH ĐẮK LẮK CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"],
            // Body text that names the state, in sentence case.
            ["Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"],
        ];
        foreach (var page in untouched)
        {
            Assert.Same(page, NationalMotto.Mend(page));
        }
    }
}
