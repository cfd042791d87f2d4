using Ingest.Catalog;
using Ingest.Jobs;
using Ingest.Text;

namespace Ingest.Tests.Jobs;

/// <summary>Each limit of <see cref="IngestLimits"/> on a real corpus file, set just below what the file needs.</summary>
public sealed class IngestLimitsTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Archive _archive;

    public IngestLimitsTests() => _archive = Archive.Open(_dir.Path);

    public void Dispose()
    {
        _archive.Dispose();
        _dir.Dispose();
    }

    private Task<IngestOutcome> Add(string path, IngestLimits limits) => new IngestPipeline(_archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor, limits).AddAsync(path);

    [Fact]
    public async Task A_file_over_the_size_limit_fails_naming_the_limit_and_nothing_is_kept()
    {
        // 004 is 39,680 bytes.
        var o = await Add(CorpusFiles.Path_("pdf", "004_feedb6838d389360.pdf"), new IngestLimits { MaxFileBytes = 20_000 });
        Assert.Equal(IngestStatus.Failed, o.Status);
        Assert.StartsWith("004_feedb6838d389360.pdf: ", o.Error, StringComparison.Ordinal);
        Assert.Contains("over the limit", o.Error, StringComparison.Ordinal);
        Assert.Contains("--max-file-mb", o.Error, StringComparison.Ordinal);
        // Refused before it is kept (issue 17): no catalog entry, no original.
        Assert.Empty(_archive.Catalog.Files());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_archive.Root, "originals"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_pdf_over_the_page_limit_fails_with_its_page_count()
    {
        // 004 has 5 pages.
        var o = await Add(CorpusFiles.Path_("pdf", "004_feedb6838d389360.pdf"), new IngestLimits { MaxPages = 4 });
        Assert.Equal("004_feedb6838d389360.pdf: 5 pages is over the limit of 4 (--max-pages)", o.Error);
    }

    [Fact]
    public async Task A_page_image_over_the_pixel_limit_fails_naming_the_page_before_it_is_decoded()
    {
        // a01-200 is a 200-dpi scan of 616 × 857 pt pages: about 1,711 × 2,381 = 4.1 million pixels each.
        var o = await Add(CorpusFiles.Path_("scans", "a01-200.pdf"), new IngestLimits { MaxPixelsPerPage = 4_000_000 });
        Assert.Equal(IngestStatus.Failed, o.Status);
        Assert.StartsWith("a01-200.pdf: page 1: page image of ", o.Error, StringComparison.Ordinal);
        Assert.Contains("over the limit of 4,000,000 px", o.Error, StringComparison.Ordinal);
        Assert.True(o.Elapsed < TimeSpan.FromSeconds(5), $"{o.Elapsed}");
    }

    [Fact]
    public async Task A_page_over_the_ocr_time_limit_keeps_its_partial_text_marked_and_the_document_goes_on()
    {
        // a01-200 is four scanned pages (OCR takes seconds each); 10 ms is far too little for any.
        var o = await Add(CorpusFiles.Path_("scans", "a01-200.pdf"), new IngestLimits { PageTimeout = TimeSpan.FromMilliseconds(10) });
        Assert.True(o.Status == IngestStatus.Added, o.Error);
        Assert.Equal([1, 2, 3, 4], o.TimedOutPages);
        var doc = Assert.Single(_archive.Catalog.Files());
        Assert.Equal(FileStatus.Done, doc.Status);
        Assert.All(_archive.Catalog.Pages.Of(doc.Id), p =>
        {
            Assert.Equal(TextSource.OcrTimedOut, p.Source);
            Assert.True(p.TimedOut);
        });
    }

    [Fact]
    public async Task Within_the_limits_the_same_page_is_read_whole()
    {
        var o = await Add(CorpusFiles.Path_("bad", "jbig2.pdf"), IngestLimits.Default);
        Assert.True(o.Status == IngestStatus.Added, o.Error);
        Assert.Empty(o.TimedOutPages);
        Assert.Equal(TextSource.Ocr, Assert.Single(_archive.Catalog.Pages.Of(_archive.Catalog.Files()[0].Id)).Source);
    }
}
