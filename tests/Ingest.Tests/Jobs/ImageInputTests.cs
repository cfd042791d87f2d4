using System.Buffers.Binary;
using System.IO.Compression;
using Ingest.Catalog;
using Ingest.Jobs;
using Ingest.Ocr;
using Ingest.Tests.App;

namespace Ingest.Tests.Jobs;

/// <summary>
/// Issue 18, "images in": JPEG, PNG and multi-page TIFF files — pages of corpus scans, see
/// corpus/images/README.md — are read as the pages of one document by <c>ingest add</c> and by
/// upload; anything else is refused at once with what is accepted; a page whose declared size
/// is over the pixel limit is refused before it is decoded.
/// </summary>
public sealed class ImageInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Image(string name) => CorpusFiles.Path_("images", name);

    private static IngestPipeline Pipeline(Archive archive, IngestLimits? limits = null) => new(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor, limits);

    [Fact]
    public void The_declared_page_sizes_are_read_from_the_headers_as_identify_reports_them()
    {
        // Sizes from ImageMagick's `identify` on the committed files.
        Assert.Equal([(1701L, 2373L)], ImageFile.DeclaredPages(File.ReadAllBytes(Image("a05-page1.jpg")), 10));
        Assert.Equal([(1668L, 2350L)], ImageFile.DeclaredPages(File.ReadAllBytes(Image("a06-page1.png")), 10));
        Assert.Equal([(1712L, 2380L), (1689L, 2364L)], ImageFile.DeclaredPages(File.ReadAllBytes(Image("a01-pages1-2.tif")), 10));
    }

    [Fact]
    public async Task A_two_page_tiff_is_one_document_of_two_pages_with_its_plan_number()
    {
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        var outcome = await Pipeline(archive).AddAsync(Image("a01-pages1-2.tif"));
        Assert.True(outcome.Status == IngestStatus.Added, outcome.Error);
        var file = Assert.Single(archive.Catalog.Files());
        var pages = archive.Catalog.Pages.Of(file.Id);
        Assert.Equal(2, pages.Count);
        Assert.Contains("712/KH-UBND", outcome.Plans.Select(p => p.Document.Number));
        // Page 2 is the TIFF's second image, not the first read twice: the decision of 1980/QĐ-TTg
        // is cited once in plan a01, on its second page.
        Assert.DoesNotContain("1980/QĐ-TTg", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("1980/QĐ-TTg", pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_png_page_is_read_and_its_plan_number_found()
    {
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        var outcome = await Pipeline(archive).AddAsync(Image("a06-page1.png"));
        Assert.True(outcome.Status == IngestStatus.Added, outcome.Error);
        Assert.Contains("3152/KH-SLĐTBXH", outcome.Plans.Select(p => p.Document.Number));
    }

    [Fact]
    public async Task An_uploaded_jpeg_page_of_a05_is_stored_queued_and_read_to_its_plan_number()
    {
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        var pipeline = Pipeline(archive);
        await using var body = File.OpenRead(Image("a05-page1.jpg"));
        var result = await new UploadReceiver(archive, pipeline).ReceiveAsync("a05-page1.jpg", body);
        Assert.False(result.Refused, result.Error);
        Assert.Equal(FileStatus.Queued, result.Stored!.Status);
        var processed = await pipeline.ProcessAsync(result.Stored);
        Assert.Null(processed.Error);
        // 58/KH-UBND is the number of corpus/plans/a05.record.json, which the scan a05-200.pdf was made from.
        Assert.Contains("58/KH-UBND", processed.Plans.Select(p => p.Document.Number));
    }

    [Fact]
    public async Task A_jpeg_page_of_a05_gives_the_header_its_scanned_pdf_gives()
    {
        // The JPEG is page 1 of a05-200.pdf taken out unchanged, so both OCR the same pixels at
        // the same resolution (200 dpi: the PDF's page geometry, the JPEG's JFIF density).
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        var pipeline = Pipeline(archive);
        var jpeg = await pipeline.AddAsync(Image("a05-page1.jpg"));
        var pdf = await pipeline.AddAsync(CorpusFiles.Path_("scans", "a05-200.pdf"));
        Assert.True(jpeg.Status == IngestStatus.Added, jpeg.Error);
        Assert.True(pdf.Status == IngestStatus.Added, pdf.Error);
        var (fromJpeg, fromPdf) = (jpeg.Plans[0].Document, pdf.Plans[0].Document);
        Assert.Equal("58/KH-UBND", fromPdf.Number);
        Assert.Equal((fromPdf.Kind, fromPdf.Number, fromPdf.Issuer, fromPdf.IssuedOn, fromPdf.Title), (fromJpeg.Kind, fromJpeg.Number, fromJpeg.Issuer, fromJpeg.IssuedOn, fromJpeg.Title));
    }

    [Theory]
    [InlineData("letter.docx")]
    [InlineData("scans.zip")]
    public async Task A_docx_or_zip_upload_is_refused_at_once_with_what_is_accepted(string name)
    {
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        await using var body = new MemoryStream();
        if (name.EndsWith(".zip", StringComparison.Ordinal))
        {
            // A scan sent zipped, as mail programs offer to.
            using var zip = new ZipArchive(body, ZipArchiveMode.Create, leaveOpen: true);
            zip.CreateEntryFromFile(Image("a05-page1.jpg"), "a05-page1.jpg");
        }
        else
        {
            // corpus/bad/letter.pdf is a real .docx (a ZIP of XML).
            await using var docx = File.OpenRead(CorpusFiles.Path_("bad", "letter.pdf"));
            await docx.CopyToAsync(body);
        }
        body.Position = 0;
        var result = await new UploadReceiver(archive, Pipeline(archive)).ReceiveAsync(name, body);
        Assert.Equal($"{name}: not accepted: it is a ZIP archive (a .docx, .xlsx or .odt is one); accepted: PDF, JPEG, PNG, TIFF, .txt", result.Error);
        Assert.Empty(archive.Catalog.Files());
    }

    [Fact]
    public async Task A_tiff_page_over_the_pixel_limit_is_refused_naming_file_and_page_before_decoding()
    {
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        // Page 1 declares 1712 × 2380 = 4,074,560 px, page 2 1689 × 2364 = 3,992,796: a limit
        // between them refuses page 1 only.
        var limits = new IngestLimits { MaxPixelsPerPage = 4_000_000 };
        var outcome = await Pipeline(archive, limits).AddAsync(Image("a01-pages1-2.tif"));
        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Equal("a01-pages1-2.tif: page 1: page image of 1,712 × 2,380 px is over the limit of 4,000,000 px (--max-pixels); not decoded", outcome.Error);
    }

    [Fact]
    public async Task A_tiff_with_more_pages_than_the_limit_is_refused_before_any_page_is_decoded()
    {
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        var outcome = await Pipeline(archive, new IngestLimits { MaxPages = 1 }).AddAsync(Image("a01-pages1-2.tif"));
        Assert.Equal("a01-pages1-2.tif: more pages than the limit of 1 (--max-pages); not decoded", outcome.Error);
    }

    [Fact]
    public async Task A_tiff_whose_second_page_declares_30000_by_30000_px_is_refused_before_libtiff_allocates_it()
    {
        // The real two-page TIFF with page 2's ImageWidth and ImageLength rewritten to 30,000:
        // decoding it would need 112 MB for a 1-bit page (900 MB at 8 bits) and then fail on
        // strips made for 1689 px; the header alone refuses it.
        var bytes = File.ReadAllBytes(Image("a01-pages1-2.tif"));
        SetTiffSize(bytes, page: 2, 30_000, 30_000);
        var bomb = Path.Combine(_dir.Path, "bomb.tif");
        File.WriteAllBytes(bomb, bytes);
        using var archive = Archive.Open(Path.Combine(_dir.Path, "archive"));
        var outcome = await Pipeline(archive).AddAsync(bomb);
        Assert.Equal("bomb.tif: page 2: page image of 30,000 × 30,000 px is over the limit of 100,000,000 px (--max-pixels); not decoded", outcome.Error);
        Assert.True(outcome.Elapsed < TimeSpan.FromSeconds(5), $"took {outcome.Elapsed}: was page 1 OCR'd first?");
    }

    [Fact]
    public void Add_of_a_folder_names_the_docx_it_skipped_and_adds_the_rest()
    {
        var inbox = Path.Combine(_dir.Path, "inbox");
        Directory.CreateDirectory(inbox);
        File.Copy(CorpusFiles.Path_("bad", "letter.pdf"), Path.Combine(inbox, "letter.docx"));
        File.Copy(CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt"), Path.Combine(inbox, "003.txt"));
        var (exit, stdout, stderr) = Cli.Run(_dir.Path, "add", inbox, "--archive", Path.Combine(_dir.Path, "archive"));
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains("skipped:  letter.docx: a .docx file, not read; accepted: PDF, JPEG, PNG, TIFF, .txt", stderr, StringComparison.Ordinal);
        Assert.Contains("1 added, 0 unchanged, 0 failed, 1 skipped", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tiff_page_image_is_made_once_at_100_dpi_and_a_page_past_the_end_is_not_found()
    {
        const string Sha = "7171717171717171717171717171717171717171717171717171717171717171";
        using var images = new PageImages(_dir.Path);
        var page2 = await images.GetAsync(Sha, Image("a01-pages1-2.tif"), "a01-pages1-2.tif", 2);
        Assert.True(page2.Status == PageImageStatus.Ready, page2.Error);
        // 1689 × 2364 px at 200 dpi shown at 100 dpi: half of each side (Leptonica rounds 844.5 up).
        Assert.Equal([(845L, 1182L)], ImageFile.DeclaredPages(File.ReadAllBytes(page2.Path!), 1));
        var page3 = await images.GetAsync(Sha, Image("a01-pages1-2.tif"), "a01-pages1-2.tif", 3);
        Assert.Equal(PageImageStatus.NotFound, page3.Status);
        Assert.Equal("a01-pages1-2.tif: no page 3 (the file has 2)", page3.Error);
        Assert.Equal(1, images.Rendered);
    }

    // Rewrites ImageWidth (256) and ImageLength (257) of one page's directory of a little-endian TIFF.
    private static void SetTiffSize(byte[] tiff, int page, uint width, uint height)
    {
        var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(4));
        for (var p = 1; p < page; p++)
        {
            offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(offset + 2 + (12 * BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(offset)))));
        }
        var count = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(offset));
        for (var e = offset + 2; e < offset + 2 + (12 * count); e += 12)
        {
            var tag = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(e));
            if (tag is 256 or 257)
            {
                // As LONG, so values over 65,535 fit.
                BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(e + 2), 4);
                BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(e + 8), tag == 256 ? width : height);
            }
        }
    }
}
