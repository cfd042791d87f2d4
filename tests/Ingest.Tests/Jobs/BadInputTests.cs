using Ingest.Catalog;
using Ingest.Jobs;

namespace Ingest.Tests.Jobs;

/// <summary>A bad file fails alone, with a one-line reason naming it; the others go in.</summary>
public class BadInputTests
{
    [Fact]
    public async Task Bad_files_fail_with_their_name_and_the_good_ones_are_added()
    {
        using var dir = new TempDir();
        var input = Directory.CreateDirectory(Path.Combine(dir.Path, "in")).FullName;
        File.WriteAllBytes(Path.Combine(input, "a-empty.pdf"), []);
        File.WriteAllBytes(Path.Combine(input, "b-not a pdf.pdf"), [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]); // a JPEG cut after 7 bytes
        File.WriteAllText(Path.Combine(input, "c-truncated.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog");
        File.Copy(CorpusFiles.Path_("seeds", "004_feedb6838d389360.txt"), Path.Combine(input, "d-kế hoạch.txt"));

        using var archive = Archive.Open(Path.Combine(dir.Path, "archive"));
        var outcomes = await new IngestPipeline(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor).AddAllAsync([input]).ToListAsync();

        Assert.Equal(4, outcomes.Count);
        Assert.Equal([IngestStatus.Failed, IngestStatus.Failed, IngestStatus.Failed, IngestStatus.Added], outcomes.Select(o => o.Status));
        Assert.StartsWith("a-empty.pdf: ", outcomes[0].Error, StringComparison.Ordinal);
        Assert.StartsWith("b-not a pdf.pdf: ", outcomes[1].Error, StringComparison.Ordinal);
        Assert.StartsWith("c-truncated.pdf: ", outcomes[2].Error, StringComparison.Ordinal);
        Assert.All(outcomes.Take(3), o => Assert.DoesNotContain('\n', o.Error!));
        // The empty file is refused before it is kept (issue 17); the truncated JPEG (an image is
        // read since issue 18, whatever its name) and the truncated PDF fail in reading and stay,
        // failed, with their reason.
        var failed = archive.Catalog.Files().Where(d => d.Status == FileStatus.Failed).ToList();
        Assert.Equal(["b-not a pdf.pdf", "c-truncated.pdf"], failed.Select(d => d.FileName));
        Assert.All(failed, d => Assert.False(string.IsNullOrWhiteSpace(d.Error)));
        Assert.Equal("b-not a pdf.pdf: no JPEG frame header (truncated or not a JPEG)", outcomes[1].Error);
        Assert.DoesNotContain(archive.Catalog.Files(), d => d.FileName is "a-empty.pdf");
        Assert.Equal(2, archive.Catalog.Plans.All().Count);
    }

    [Fact]
    public async Task A_text_file_with_only_a_byte_order_mark_fails_saying_it_has_no_text()
    {
        // Found by the fuzzer: empty text reached the restorer, which had no channel to pick for it.
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "trống.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\f']);
        using var archive = Archive.Open(Path.Combine(dir.Path, "archive"));
        var o = await new IngestPipeline(archive, TestPool.Shared, TestModels.Shared, TestModels.Extractor).AddAsync(path);
        Assert.Equal("trống.txt: no text in it (only a byte-order mark, spaces or form feeds)", o.Error);
    }

    [Fact]
    public void Restoring_pages_without_any_text_gives_them_back_empty() =>
        // One empty text page (nothing outside OCR to choose a channel from) and one empty OCR'd page.
        Assert.Equal(["", ""], TestModels.Pages.Restore(
            [new Ingest.Text.PageText(1, "", Ingest.Text.TextSource.PlainText, null, TimeSpan.Zero), new Ingest.Text.PageText(2, "", Ingest.Text.TextSource.Ocr, 0, TimeSpan.Zero) { OcrLanguage = Ingest.Text.OcrLanguage.Vie }]));
}
