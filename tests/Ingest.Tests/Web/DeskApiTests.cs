using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Ingest.Tests.App;

namespace Ingest.Tests.Web;

/// <summary>
/// The archivist's desk through a real `ingest serve` (issue 18): the document browser with its
/// facets and failed files, a retry refused where it cannot help, the original downloaded byte
/// for byte under its own name, a file re-processed from its page keeping a person's
/// correction, and a file deleted — gone from the browser, search and exports, `ingest verify`
/// clean. Readers may browse and download, not delete or re-process.
/// </summary>
public sealed class DeskApiTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task Browse_download_reprocess_and_delete_files()
    {
        var archive = Path.Combine(_dir.Path, "archive");
        var pdf = CorpusFiles.Path_("pdf", "003_1c0ca89fe484ea2b.pdf");
        var text = CorpusFiles.Path_("plans", "a01.txt");
        var damaged = CorpusFiles.Path_("bad", "password.pdf");
        using (var service = await ServiceProcess.ServeAsync(archive))
        {
            using var http = service.Client();
            using var reader = service.ClientAs(Ingest.Catalog.AccountRole.Reader, archive, name: "đọc");
            await ServiceProcess.UploadAsync(http, [pdf, text, damaged]);
            await ServiceProcess.WaitUntilAsync(async () => (await ServiceProcess.FilesAsync(http)).All(f => f.GetProperty("status").GetString() is "done" or "failed"),
                TimeSpan.FromSeconds(120), "the three files to be processed");

            // The browser: every file, facets, the failed one with its reason and no retry.
            var all = JsonDocument.Parse(await reader.GetStringAsync("/api/files")).RootElement;
            Assert.Equal(3, all.GetProperty("total").GetInt32());
            Assert.Contains(all.GetProperty("facets").GetProperty("status").EnumerateArray(), f => f.GetProperty("value").GetString() == "failed" && f.GetProperty("count").GetInt32() == 1);
            Assert.Contains(all.GetProperty("facets").GetProperty("issuer").EnumerateArray(), f => f.GetProperty("value").GetString() == "UBND tỉnh Nghệ An");
            var failed = JsonDocument.Parse(await reader.GetStringAsync("/api/files?status=failed")).RootElement.GetProperty("files");
            var bad = Assert.Single(failed.EnumerateArray());
            Assert.Equal(("password.pdf", "bad_input", false), (bad.GetProperty("source").GetString(), bad.GetProperty("failure").GetString(), bad.GetProperty("retry_helps").GetBoolean()));
            var retry = await http.PostAsync($"/api/documents/{bad.GetProperty("id").GetInt64()}/retry", null);
            Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
            Assert.Contains("cannot help", (await JsonOf(retry)).GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/files?sort=colour")).StatusCode);

            var byName = all.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("source").GetString()!, f => f.GetProperty("id").GetInt64());

            // The original, as uploaded: same bytes, own name — for readers too.
            var original = await reader.GetAsync($"/api/documents/{byName[Path.GetFileName(pdf)]}/original");
            Assert.Equal(HttpStatusCode.OK, original.StatusCode);
            Assert.Equal(Path.GetFileName(pdf), original.Content.Headers.ContentDisposition?.FileNameStar ?? original.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal("application/pdf", original.Content.Headers.ContentType?.MediaType);
            Assert.Equal(SHA256.HashData(await File.ReadAllBytesAsync(pdf)), SHA256.HashData(await original.Content.ReadAsByteArrayAsync()));

            // A person corrects a01's number; re-processing the file from its page keeps it,
            // whether from the stored text or from the original (read and OCR'd again).
            var a01 = byName["a01.txt"];
            var plan = JsonDocument.Parse(await http.GetStringAsync($"/api/documents/{a01}")).RootElement.GetProperty("plans")[0].GetProperty("plan_id").GetInt64();
            var patch = await http.PatchAsJsonAsync($"/api/plans/{plan}", new { number = "713/KH-UBND" });
            Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync($"/api/documents/{a01}/reprocess?from=extract", null)).StatusCode);
            var extract = await http.PostAsync($"/api/documents/{a01}/reprocess?from=extract", null);
            Assert.Equal(HttpStatusCode.OK, extract.StatusCode);
            Assert.Equal("713/KH-UBND", (await JsonOf(extract)).GetProperty("plans")[0].GetProperty("number").GetString());
            var read = await http.PostAsync($"/api/documents/{a01}/reprocess?from=read", null);
            Assert.Equal(HttpStatusCode.Accepted, read.StatusCode);
            await ServiceProcess.WaitUntilAsync(async () => JsonDocument.Parse(await http.GetStringAsync($"/api/documents/{a01}")).RootElement.GetProperty("status").GetString() == "done",
                TimeSpan.FromSeconds(60), "a01 to be read again");
            var again = JsonDocument.Parse(await http.GetStringAsync($"/api/documents/{a01}")).RootElement;
            Assert.Equal("713/KH-UBND", again.GetProperty("plans")[0].GetProperty("number").GetString());
            Assert.Contains(again.GetProperty("audit").EnumerateArray(), a => a.GetProperty("action").GetString() == "reprocess");

            // Delete it: readers may not; an archivist may, and it is gone everywhere.
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.DeleteAsync($"/api/documents/{a01}")).StatusCode);
            Assert.Contains("713/KH-UBND", await http.GetStringAsync("/api/export/plans.csv"), StringComparison.Ordinal);
            var delete = await http.DeleteAsync($"/api/documents/{a01}");
            Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/documents/{a01}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/plans/{plan}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync($"/api/documents/{a01}")).StatusCode);
            Assert.DoesNotContain("713/KH-UBND", await http.GetStringAsync("/api/search?q=713/KH-UBND"), StringComparison.Ordinal);
            Assert.DoesNotContain("713/KH-UBND", await http.GetStringAsync("/api/export/plans.csv"), StringComparison.Ordinal);
            Assert.DoesNotContain("a01.txt", await http.GetStringAsync("/api/files"), StringComparison.Ordinal);
        }
        var verify = Cli.Run(_dir.Path, "verify", "--archive", archive);
        Assert.True(verify.Exit == 0, verify.Out + verify.Err);
        Assert.StartsWith("ok: 2 documents", verify.Out, StringComparison.Ordinal);
    }
}
