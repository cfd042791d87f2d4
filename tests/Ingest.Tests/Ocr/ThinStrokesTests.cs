using Ingest.Evaluation;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Ocr.Native;
using Ingest.Pdf;
using UglyToad.PdfPig;

namespace Ingest.Tests.Ocr;

/// <summary>
/// Bilevel scans whose threshold ate the strokes are thickened before recognition (issue 15,
/// harsh scans); ordinary ones — the real Kodak CCITT scan of a Đà Nẵng letter — are read as
/// they are.
/// </summary>
public class ThinStrokesTests
{
    private static PixHandle FirstPage(string pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var image = PageImageExtractor.TryExtract(doc.GetPage(1), out _) ?? throw new InvalidOperationException($"{pdf}: no page image");
        return PixHandle.Read(image.Bytes);
    }

    [Fact]
    public void A_real_office_scan_is_solid_and_an_eroded_one_is_not()
    {
        // danang-scans/data/1.pdf: 1-bit CCITT G4 at 200 dpi from a Kodak office scanner.
        using var real = FirstPage(RealFiles.Path_("danang-scans", "data", "1.pdf"));
        Assert.Equal(1, real.Depth);
        Assert.InRange(ThinStrokes.Solidity(real), new OcrOptions().ThickenBelowSolidity, 1);
        Assert.Null(ThinStrokes.Thicken(real, new OcrOptions().ThickenBelowSolidity));
        // corpus/scans-harsh a03: the same kind of page with a threshold that ate thin strokes.
        using var harsh = FirstPage(CorpusFiles.Path_("scans-harsh", "a03-200.pdf"));
        Assert.Equal(1, harsh.Depth);
        Assert.InRange(ThinStrokes.Solidity(harsh), 0, new OcrOptions().ThickenBelowSolidity);
        using var thick = ThinStrokes.Thicken(harsh, new OcrOptions().ThickenBelowSolidity);
        Assert.NotNull(thick);
        Assert.True(ThinStrokes.Solidity(thick) > ThinStrokes.Solidity(harsh));
    }

    [Fact]
    public async Task An_eroded_scan_reads_better_thickened()
    {
        var pdf = CorpusFiles.Path_("scans-harsh", "a03-200.pdf");
        var truth = await File.ReadAllTextAsync(CorpusFiles.Path_("scans-harsh", "a03-200.true.txt"));
        async Task<double> Read(EnginePool pool) =>
            TextAccuracy.Measure(truth, string.Join('\n', (await new DocumentReader(pool).ReadAsync(pdf, "a03-200.pdf")).Select(p => p.Text))).OrderFreeF1;
        using var asIs = new EnginePool(new OcrOptions { ThickenBelowSolidity = 0 });
        var thin = await Read(asIs);
        var thickened = await Read(TestPool.Shared);
        // Raw OCR, order-free F1: 92.7% as it is when this was written; thickened about 2 points more.
        Assert.True(thickened > thin + 0.01, $"thickened {thickened:P2}, as is {thin:P2}");
    }
}
