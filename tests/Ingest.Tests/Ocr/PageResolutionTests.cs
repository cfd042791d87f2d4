using Ingest.Ocr;

namespace Ingest.Tests.Ocr;

/// <summary>
/// The resolution an image file's page is read at (<see cref="PageResolution"/>, through
/// <see cref="ImageFile.Page"/>): a declared one when it makes the page a sheet of paper, else the
/// page as A4 — on the real photos and renderings of ../shared/real and the corpus' own images.
/// </summary>
public class PageResolutionTests
{
    private static int Dpi(string path) => ImageFile.Page(File.ReadAllBytes(path), 0).Dpi;

    [Theory]
    // Phone photos of a Đà Nẵng letter, 576 × 960 and 572 × 960, JFIF "aspect ratio 1×1": no resolution.
    [InlineData("danang-scans/data/4_1.jpg", 70)]
    [InlineData("danang-scans/data/4_2.jpg", 69)]
    // Ministry of Health renderings, PNG without a pHYs chunk: 1241 × 1754, and 1754 × 1240 landscape.
    [InlineData("byt-decision-scans/sample_ocr/page_0001.png", 150)]
    [InlineData("byt-decision-scans/sample_ocr_gpt41mini/page_0013.png", 150)]
    public void A_file_that_declares_no_resolution_is_read_as_an_A4_page(string file, int dpi) =>
        Assert.Equal(dpi, Dpi(RealFiles.Path_(file.Split('/'))));

    [Theory]
    // JFIF 200 dpi (1701 × 2373 px: 8.5 × 11.9 in); PNG pHYs 7874 px/m; TIFF XResolution 200/1 inch on each page.
    [InlineData("a05-page1.jpg")]
    [InlineData("a06-page1.png")]
    public void A_declared_resolution_that_makes_a_sheet_of_paper_is_trusted(string name)
    {
        // As A4 they would be 206 and 202 dpi: 200 can only come from the header.
        Assert.Equal(200, Dpi(CorpusFiles.Path_("images", name)));
    }

    [Fact]
    public void Each_page_of_a_TIFF_has_its_declared_resolution()
    {
        var bytes = File.ReadAllBytes(CorpusFiles.Path_("images", "a01-pages1-2.tif"));
        Assert.Equal([200, 200], [ImageFile.Page(bytes, 0).Dpi, ImageFile.Page(bytes, 1).Dpi]);
    }

    [Theory]
    // A 3,000 × 4,000 photo "at 72 dpi" would be 42 × 56 in: read as A4, 363 dpi.
    [InlineData(3000, 4000, 72, 363)]
    // A 600-dpi scan declared at 600 is 8.3 × 11.7 in: trusted.
    [InlineData(4960, 7016, 600, 600)]
    // A 620 × 877 page at a declared 72 dpi is 8.6 × 12.2 in, a plausible sheet: trusted.
    [InlineData(620, 877, 72, 72)]
    // A5 at 300 dpi (1748 × 2480) is trusted; read as A4 it would be 211 dpi.
    [InlineData(1748, 2480, 300, 300)]
    // A business card "at 300 dpi" (1050 × 600, 3.5 × 2 in) is not paper: read as A4.
    [InlineData(1050, 600, 300, 73)]
    [InlineData(0, 100, 300, 0)]
    public void The_rule_on_declared_sizes(long width, long height, double declared, int dpi) =>
        Assert.Equal(dpi, PageResolution.Of(width, height, declared));
}
