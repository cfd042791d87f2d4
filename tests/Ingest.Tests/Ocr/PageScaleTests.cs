using Ingest.Evaluation;
using Ingest.Ocr;
using Ingest.Text;

namespace Ingest.Tests.Ocr;

/// <summary>
/// Low-resolution pages read upscaled (<see cref="PageScale"/>), on synthetic low-resolution
/// photos of real tune pages (<see cref="LowResPage"/>: danang3, a Đà Nẵng city letter scanned at
/// 200 dpi, rendered at 75 or 100 dpi as a JPEG that declares no resolution, as a phone photo's).
/// </summary>
public class PageScaleTests
{
    private static readonly string Danang3 = RealFiles.Path_("danang-scans", "data", "3.pdf");

    private static OcrResult Read(byte[] jpeg, OcrOptions options)
    {
        using var engine = new TesseractEngine(options);
        return engine.Recognize(ImageFile.Page(jpeg, 0));
    }

    [Fact]
    public void Word_boxes_read_upscaled_are_in_the_original_images_pixels()
    {
        var jpeg = LowResPage.Make(Danang3, 1, 100);
        var (width, height) = ImageFile.JpegFrame(jpeg)!.Value;
        var upscaled = Read(jpeg, new OcrOptions { UpscaleBelowDpi = 101, UpscaleToDpi = 250 });
        var asItIs = Read(jpeg, new OcrOptions { UpscaleBelowDpi = 0 });
        var words = PageWords.Parse(upscaled.Tsv);
        // The page row is the original image, not the 2.5 times larger one Tesseract read.
        Assert.Equal((width, height), (words.Width, words.Height));
        var all = words.Lines.SelectMany(l => l.Words).ToList();
        Assert.True(all.Count > 200, $"{all.Count} words");
        Assert.All(all, w => Assert.True(w.Left >= 0 && w.Top >= 0 && w.Right <= width && w.Bottom <= height, w.ToString()));
        Assert.All(upscaled.Regions, r => Assert.True(r.Left >= 0 && r.Top >= 0 && r.Right <= width && r.Bottom <= height, r.ToString()));
        // A word read once in each reading lies where the unscaled reading found it: its edges
        // within a few pixels (a box is drawn around ink that interpolation has softened).
        var plain = Unique(PageWords.Parse(asItIs.Tsv));
        var pairs = Unique(words).Where(p => plain.ContainsKey(p.Key)).Select(p => (Up: p.Value, Plain: plain[p.Key])).ToList();
        Assert.True(pairs.Count > 50, $"{pairs.Count} words read alike");
        var offsets = pairs.SelectMany(p => new[] { p.Up.Left - p.Plain.Left, p.Up.Top - p.Plain.Top, p.Up.Right - p.Plain.Right, p.Up.Bottom - p.Plain.Bottom })
            .Select(Math.Abs).Order().ToList();
        Assert.True(offsets[offsets.Count / 2] <= 1, $"median {offsets[offsets.Count / 2]} px");
        Assert.True(offsets[offsets.Count * 9 / 10] <= 2, $"90th percentile {offsets[offsets.Count * 9 / 10]} px");
        // "Nẵng" of the header, in the top eighth of the page, as in the unscaled reading.
        var nang = all.First(w => VietnameseText.Nfc(w.Text).StartsWith("Nẵng", StringComparison.Ordinal));
        Assert.True(nang.Top < height / 8 && nang.Bottom > 0, nang.ToString());
    }

    // Words of four letters or more read exactly once on the page, by their text.
    private static Dictionary<string, OcrWord> Unique(PageWords page) =>
        page.Lines.SelectMany(l => l.Words).Where(w => w.Text.Length >= 4).GroupBy(w => VietnameseText.Nfc(w.Text))
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());

    [Theory]
    [InlineData(1, 75)]
    public void A_low_resolution_page_reads_better_with_the_rule_than_without(int page, int dpi)
    {
        var jpeg = LowResPage.Make(Danang3, page, dpi);
        var truth = VietnameseText.Nfc(File.ReadAllText(CorpusFiles.Path_("real", $"danang3-p{page}.true.txt")));
        var rule = TextAccuracy.Measure(truth, Read(jpeg, new OcrOptions()).Text);
        var without = TextAccuracy.Measure(truth, Read(jpeg, new OcrOptions { UpscaleBelowDpi = 0 }).Text);
        Assert.True(rule.SyllableAccuracy > without.SyllableAccuracy + 0.03,
            $"with the rule {rule.SyllableAccuracy:P2}, without {without.SyllableAccuracy:P2}");
    }

    [Theory]
    // danang4's 70-dpi photo, 576 × 960: read at 200 dpi.
    [InlineData(70, 576, 960, 200)]
    // The 150-dpi renderings, and anything from 130 dpi up, are read as they are: upscaling cost the tune renderings.
    [InlineData(150, 1241, 1754, 0)]
    [InlineData(130, 1075, 1520, 0)]
    // No resolution known: as it is.
    [InlineData(0, 576, 960, 0)]
    // A 10,000-pixel image on a 200-inch PDF page is "50 dpi": upscaled it would be 2.5 billion pixels.
    [InlineData(50, 10000, 10000, 0)]
    public void Which_pages_are_upscaled_by_default(int dpi, int width, int height, int readAt) =>
        Assert.Equal(readAt, PageScale.For(dpi, width, height, new OcrOptions())?.ToDpi ?? 0);
}
