using Ingest.Ocr;
using Ingest.Ocr.Native;

namespace Ingest.Tests.Ocr;

public class TesseractEngineTests
{
    [Fact]
    public void Openmp_is_limited_to_one_thread_in_the_native_environment()
    {
        _ = TesseractEngine.Version; // loads libtesseract after setting the variable
        Assert.Equal("1", NativeEnvironment.Get("OMP_THREAD_LIMIT"));
        Assert.StartsWith("5.", TesseractEngine.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_no_image_give_a_clear_error()
    {
        using var engine = new TesseractEngine(new OcrOptions());
        var e = Assert.Throws<ImageDecodeException>(() => engine.Recognize(new PageImage([1, 2, 3, 4, 5], 200, "test")));
        Assert.Contains("decode", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_language_gives_a_clear_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new TesseractEngine(new OcrOptions { Language = "xxx" }));
        Assert.Contains("'xxx'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_recognition()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var image = new PageImage(await File.ReadAllBytesAsync(CorpusFiles.Path_("scans", "a01-200.pdf")), 200, "x");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestPool.Shared.RecognizeAsync(image, cts.Token));
    }
}
