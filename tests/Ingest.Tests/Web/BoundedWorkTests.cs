using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Ingest.Tests.Web;

/// <summary>
/// Bounded work per request against a real `ingest serve`: a batch's files stored or refused one
/// by one, malformed multipart a 400 with a reason, the bomb's page image refused while 8 clients
/// ask for it (the service's memory, pdftoppm included, under 1 GiB), page images cached.
/// </summary>
public sealed class BoundedWorkTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Uploads_and_page_images_are_bounded_and_answered_per_file()
    {
        // The service's file limit set to 2 MB, as `ingest add --max-file-mb 2` would be.
        using var service = await ServiceProcess.ServeAsync(Path.Combine(_dir.Path, "archive"), jobs: 1, engines: 1, extra: ["--max-file-mb", "2"]);
        using var http = service.Client();

        // A batch of five with one file over the limit: the other four stored and queued.
        var big = Path.Combine(_dir.Path, "big.pdf");
        await File.WriteAllBytesAsync(big, [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[3 * 1024 * 1024]]);
        var batch = new[] { CorpusFiles.Path_("pdf", "003_1c0ca89fe484ea2b.pdf"), CorpusFiles.Path_("pdf", "004_feedb6838d389360.pdf"),
            big, CorpusFiles.Path_("bad", "bomb-30000px.pdf"), CorpusFiles.Path_("seeds", "003_1c0ca89fe484ea2b.txt") };
        var answers = (await ServiceProcess.UploadAsync(http, batch)).EnumerateArray().ToList();
        Assert.Equal(["queued", "queued", "refused", "queued", "queued"], answers.Select(a => a.GetProperty("status").GetString()));
        Assert.Contains("over the limit of 2 MB per file", answers[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, (await ServiceProcess.FilesAsync(http)).Length);
        Assert.False(Directory.EnumerateFiles(Path.Combine(_dir.Path, "archive", "originals"), "*", SearchOption.AllDirectories)
            .Any(f => new FileInfo(f).Length > 2 * 1024 * 1024), "the refused file's bytes were kept");

        // A file of a type ingest does not read (a .docx): refused at once with the reason and what is accepted.
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(CorpusFiles.Path_("bad", "letter.pdf"))), "file", "letter.docx" } })
        {
            var response = await http.PostAsync("/api/documents", form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("letter.docx: not accepted: it is a ZIP archive (a .docx, .xlsx or .odt is one); accepted: PDF, JPEG, PNG, TIFF, .txt", await ErrorOf(response), StringComparison.Ordinal);
        }

        // Only refused files: 422, the reasons in the error.
        using (var form = new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.pdf" } })
        {
            var response = await http.PostAsync("/api/documents", form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("no file stored: empty.pdf: empty file (0 bytes)", await ErrorOf(response));
        }

        // Malformed multipart (the closing boundary never comes): 400 with a JSON reason.
        using (var broken = new ByteArrayContent(Encoding.ASCII.GetBytes("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7 and then nothing")))
        {
            broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=XYZ");
            var response = await http.PostAsync("/api/documents", broken);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.StartsWith("the upload is not well-formed multipart/form-data", await ErrorOf(response), StringComparison.Ordinal);
        }

        // The bomb's page: 8 clients at once, each refused with file and page; memory stays low.
        var bombId = answers[3].GetProperty("id").GetInt64();
        long peak;
        HttpResponseMessage[] bombs;
        using (var memory = new ProcessTreeMemory(service.Pid))
        {
            bombs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => http.GetAsync($"/api/documents/{bombId}/pages/1.png")));
            await Task.Delay(50);
            peak = memory.PeakBytes;
        }
        foreach (var r in bombs)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
            Assert.StartsWith("bomb-30000px.pdf: page 1: page image of 30,000 × 30,000 px is over the limit", await ErrorOf(r), StringComparison.Ordinal);
        }
        Assert.True(peak < 1L << 30, $"service peak {peak >> 20} MiB");
        Console.WriteLine($"serve with 8 clients on the bomb page: peak {peak >> 20} MiB (process tree)");

        // A good page: rendered once, then cached by the browser (ETag, 304).
        var goodId = answers[0].GetProperty("id").GetInt64();
        var page = await http.GetAsync($"/api/documents/{goodId}/pages/1.png");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("image/png", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal((true, TimeSpan.FromDays(1)), (page.Headers.CacheControl!.Private, page.Headers.CacheControl.MaxAge));
        var etag = page.Headers.ETag!;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{goodId}/pages/1.png");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(conditional)).StatusCode);
        var missing = await http.GetAsync($"/api/documents/{goodId}/pages/99.png");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.StartsWith("003_1c0ca89fe484ea2b.pdf: no page 99", await ErrorOf(missing), StringComparison.Ordinal);
    }

    private static async Task<string?> ErrorOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
}
