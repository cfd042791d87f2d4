using System.Runtime.InteropServices;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Ocr.Native;
using Ingest.Restoration;
using Ingest.Text;

namespace Ingest.Tests.Restoration;

/// <summary>
/// What the OCR engine was sure of is not overruled by the language model (issue 15, items 4
/// and 5: "restore only what is damaged"): each reading of a word brings its own alternatives,
/// and a legal syllable changes to one the engine did not offer only at
/// <see cref="RestorerOptions.UnofferedCost"/>.
/// </summary>
public class SureWordsTests
{
    private static readonly DiacriticRestorer Vietnamese = TestModels.Shared.For(TestModels.Shared.VietnameseOcr);

    [Fact]
    public async Task A_real_medical_page_keeps_the_veins_the_engine_was_sure_of()
    {
        // Bộ Y tế's price list (a tune page of corpus/real), 150 dpi, read at twice its size. The
        // engine read "lưới lọc tĩnh mạch" (vein filter) sure, and "stent tĩnh mạch" elsewhere with
        // "tính" nearly as likely: one reading's doubt is no reason to change the other.
        var page = await ReadTwiceAsLargeAsync(RealFiles.Path_("byt-decision-scans", "sample_ocr", "page_0051.png"));
        var restored = TestModels.Pages.Restore([page])[0];
        Assert.Equal(2, Count(page.Text, "lưới lọc tĩnh mạch"));
        Assert.Equal(2, Count(restored, "lưới lọc tĩnh mạch"));
        // "dị" was read with "di" among its alternatives: that reading may still change, and does
        // (to "di vật", the language model's word; the truth is "dị vật", foreign body).
        Assert.Contains("\ndị vật", page.Text, StringComparison.Ordinal);
        Assert.Contains("\ndi vật", restored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_word_read_with_alternatives_becomes_the_one_the_engine_offered()
    {
        // UBND TP Đà Nẵng (a tune page of corpus/real): "phấn đấu mỗi tổ chức đảng" read "phân đầu
        // môi tô chức đảng", "môi" with "mỗi" among its alternatives and not "mối", which the
        // language model alone prefers.
        var pages = await new DocumentReader(TestPool.Shared).ReadAsync(RealFiles.Path_("danang-scans", "data", "3.pdf"), "3.pdf");
        var page = pages[2];
        Assert.Contains("đầu môi tô chức đảng", page.Text, StringComparison.Ordinal);
        var restored = TestModels.Pages.Restore([page])[0];
        Assert.Contains("đầu mỗi tổ chức đảng", restored, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legal_syllable_read_sure_takes_more_than_a_small_language_model_gain_to_change()
    {
        // A line of an Đà Nẵng scan: the engine read "chi" (the page says "cho").
        const string text = "Bộ GD&ĐT về việc đảm bảo trật tự, an toàn giao thông chi học sinh, sinh viên";
        // The page has other words the engine had alternatives for (a page with none at all is
        // not the vie engine's).
        string[] words = [.. text.Split(' '), "Nẵng|Nẳng:2"];
        Assert.Equal(text.Replace(" chi ", " cho ", StringComparison.Ordinal), Vietnamese.Restore(text));
        // Read with nothing else in view, it stays: the language model's gain is a small one…
        Assert.Equal(text, Vietnamese.Restore(text, Page(words)));
        // …which decides as before when the engine offered the word.
        var offered = Page([.. words.Select(w => w == "chi" ? "chi|cho:1" : w)]);
        Assert.Equal(text.Replace(" chi ", " cho ", StringComparison.Ordinal), Vietnamese.Restore(text, offered));
    }

    [Fact]
    public void Each_reading_of_a_word_keeps_its_own_alternatives()
    {
        // "tim" read twice: sure the first time, unsure the second ("tìm" nearly as likely).
        var read = Page("tim", "tim|tìm:0.1");
        Assert.Empty(read.At("tim", 0, 2)!);
        Assert.Equal([("tìm", 0.1f)], read.At("tim", 1, 2));
        // A text with the word another number of times cannot tell which row is which: all merged.
        Assert.Equal([("tìm", 0.1f)], read.At("tim", 0, 3));
        Assert.Null(read.At("tìm", 0, 1));
    }

    // A page's word boxes as the engine writes them: one row per word, "word|choices".
    private static WordAlternatives Page(params string[] words)
    {
        var tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\tchoices\n"
            + string.Concat(words.Select((w, i) => $"5\t1\t1\t1\t1\t{i + 1}\t0\t0\t10\t10\t96\t{w.Split('|')[0]}\t{(w.Contains('|') ? w.Split('|')[1] : "")}\n"));
        return WordAlternatives.FromTsv(tsv);
    }

    private static int Count(string text, string phrase) => (text.Length - text.Replace(phrase, "", StringComparison.Ordinal).Length) / phrase.Length;

    // The page as the pipeline reads an image file, scaled 2× by Leptonica (300 dpi as an A4 page).
    private static async Task<PageText> ReadTwiceAsLargeAsync(string png)
    {
        byte[] larger;
        using (var pix = PixHandle.Read(await File.ReadAllBytesAsync(png)))
        using (var scaled = PixHandle.Own(Lept.pixScale(pix, 2f, 2f), "pixScale failed"))
        {
            Assert.Equal(0, Lept.pixWriteMem(out var data, out var size, scaled, Lept.IFF_PNG));
            larger = new byte[checked((int)size)];
            Marshal.Copy(data, larger, 0, larger.Length);
            Lept.lept_free(data);
        }
        var ocr = await TestPool.Shared.RecognizeAsync(new PageImage(larger, 300, "PNG"));
        return new PageText(1, VietnameseText.Nfc(ocr.Text.TrimEnd()), TextSource.Ocr, ocr.MeanConfidence, TimeSpan.Zero)
        {
            WordBoxesTsv = ocr.Tsv,
            OcrLanguage = OcrLanguage.Vie,
        };
    }
}
