using System.Net;
using System.Text.Json;

namespace Ingest.Tests.Web;

/// <summary>
/// Issue 18 against a real `ingest serve`: a JPEG page and a 2-page TIFF uploaded together are
/// read, searchable by their plan numbers, and their pages shown as images.
/// </summary>
public sealed class ImageUploadTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task An_uploaded_jpeg_and_two_page_tiff_are_searchable_and_their_pages_shown()
    {
        using var service = await ServiceProcess.ServeAsync(Path.Combine(_dir.Path, "archive"), jobs: 1, engines: 2);
        using var http = service.Client();
        var answers = (await ServiceProcess.UploadAsync(http, [CorpusFiles.Path_("images", "a05-page1.jpg"), CorpusFiles.Path_("images", "a01-pages1-2.tif")])).EnumerateArray().ToList();
        Assert.Equal(["queued", "queued"], answers.Select(a => a.GetProperty("status").GetString()));
        var tiffId = answers[1].GetProperty("id").GetInt64();
        await ServiceProcess.WaitUntilAsync(async () => (await ServiceProcess.FilesAsync(http)).All(f => f.GetProperty("status").GetString() is "done" or "failed"), TimeSpan.FromMinutes(3), "both files read");
        Assert.All(await ServiceProcess.FilesAsync(http), f => Assert.Equal("done", f.GetProperty("status").GetString()));

        // A file is "done" when its plans are in the catalog; the index job then makes them
        // searchable within two seconds (IndexJob's CommitWithin), later on a loaded machine.
        foreach (var number in new[] { "58/KH-UBND", "712/KH-UBND" })
        {
            await ServiceProcess.WaitUntilAsync(async () => (await http.GetStringAsync($"/api/search?q={number}")).Contains(number, StringComparison.Ordinal),
                TimeSpan.FromSeconds(30), $"{number} found by search");
        }

        // The TIFF's plan page says both its pages have images, and page 2's is served as PNG.
        var document = JsonDocument.Parse(await http.GetStringAsync($"/api/documents/{tiffId}")).RootElement;
        var planId = document.GetProperty("plans")[0].GetProperty("plan_id").GetInt64();
        var plan = JsonDocument.Parse(await http.GetStringAsync($"/api/plans/{planId}")).RootElement;
        Assert.Equal([true, true], plan.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("has_image").GetBoolean()));
        var page2 = await http.GetAsync($"/api/documents/{tiffId}/pages/2.png");
        Assert.Equal(HttpStatusCode.OK, page2.StatusCode);
        Assert.Equal("image/png", page2.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/documents/{tiffId}/pages/3.png")).StatusCode);
    }
}
