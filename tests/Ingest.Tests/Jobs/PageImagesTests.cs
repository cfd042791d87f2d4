using System.Diagnostics;
using Ingest.Jobs;

namespace Ingest.Tests.Jobs;

/// <summary>
/// Page images are rendered once and kept under the archive; the bomb's page (30,000 × 30,000 px
/// declared in 4 KB) is refused before poppler sees it, however many clients ask at once.
/// </summary>
public sealed class PageImagesTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string BombSha = "b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0";

    // The memory figure is measured on a real `ingest serve` (Web/BoundedWorkTests): this test
    // process runs the other tests beside it, so its own memory says nothing about this one.
    [Fact]
    public async Task Eight_clients_asking_for_the_bomb_page_are_refused_at_once_and_nothing_is_rendered()
    {
        using var images = new PageImages(_dir.Path);
        var bomb = CorpusFiles.Path_("bad", "bomb-30000px.pdf");
        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => images.GetAsync(BombSha, bomb, "bomb-30000px.pdf", 1))));
        clock.Stop();
        Assert.All(answers, a =>
        {
            Assert.Equal(PageImageStatus.Refused, a.Status);
            Assert.StartsWith("bomb-30000px.pdf: page 1: page image of 30,000 × 30,000 px is over the limit of 100,000,000 px", a.Error, StringComparison.Ordinal);
        });
        Assert.Equal(0, images.Rendered);
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "pages", BombSha)) && Directory.EnumerateFiles(Path.Combine(_dir.Path, "pages", BombSha)).Any());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Eight_clients_asking_for_one_page_share_one_render_kept_under_the_archive()
    {
        using var images = new PageImages(_dir.Path);
        var pdf = CorpusFiles.Path_("pdf", "003_1c0ca89fe484ea2b.pdf");
        const string sha = "0031c0ca89fe484ea2b00000000000000000000000000000000000000000000";
        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => images.GetAsync(sha, pdf, "003.pdf", 2))));
        var first = clock.Elapsed;
        Assert.All(answers, a => Assert.Equal((PageImageStatus.Ready, images.PathOf(sha, 2)), (a.Status, a.Path)));
        Assert.Equal(1, images.Rendered);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(answers[0].Path!)[..4]);
        // Written through a temporary name: nothing but the image is left beside it.
        Assert.Equal(["2.png"], Directory.GetFiles(Path.GetDirectoryName(answers[0].Path!)!).Select(Path.GetFileName));

        clock.Restart();
        var again = await images.GetAsync(sha, pdf, "003.pdf", 2);
        var cached = clock.Elapsed;
        Assert.Equal(PageImageStatus.Ready, again.Status);
        // Another instance (a restarted service) finds the kept image without rendering.
        using var restarted = new PageImages(_dir.Path);
        Assert.Equal(PageImageStatus.Ready, (await restarted.GetAsync(sha, pdf, "003.pdf", 2)).Status);
        Assert.Equal(0, restarted.Rendered);
        Assert.Equal(PageImages.ETagOf(sha, 2), again.ETag);
        Console.WriteLine($"page 2 of 003: first view (8 clients, one render) {first.TotalMilliseconds:0} ms, then {cached.TotalMilliseconds:0.00} ms");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    public async Task A_page_the_file_does_not_have_is_not_found_naming_the_file(int page)
    {
        using var images = new PageImages(_dir.Path);
        var answer = await images.GetAsync("00", CorpusFiles.Path_("pdf", "003_1c0ca89fe484ea2b.pdf"), "003.pdf", page);
        Assert.Equal(PageImageStatus.NotFound, answer.Status);
        Assert.StartsWith($"003.pdf: no page {page}", answer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_over_a_lower_pixel_limit_is_refused_from_its_size_at_the_render_resolution()
    {
        using var images = new PageImages(_dir.Path, new IngestLimits { MaxPixelsPerPage = 500_000 });
        var answer = await images.GetAsync("00", CorpusFiles.Path_("pdf", "003_1c0ca89fe484ea2b.pdf"), "003.pdf", 1);
        Assert.Equal(PageImageStatus.Refused, answer.Status);
        Assert.Matches(@"^003\.pdf: page 1: page of \d+ × \d+ pt shown at 100 dpi would be [\d,]+ × [\d,]+ px, over the limit of 500,000 px", answer.Error);
        Assert.Equal(0, images.Rendered);
    }
}
