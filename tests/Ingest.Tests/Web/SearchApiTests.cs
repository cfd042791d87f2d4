using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace Ingest.Tests.Web;

/// <summary>
/// Issue 18 against a real `ingest serve`: GET /api/search answers with total, page, hits and
/// facets; a rescan is grouped under its original and its status says so; uploading archived
/// bytes says where they are; an export link carrying a search's filters exports what it found.
/// </summary>
public sealed class SearchApiTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<JsonElement> GetAsync(HttpClient http, string url) =>
        JsonDocument.Parse(await http.GetStringAsync(url)).RootElement.Clone();

    private static List<string> Strings(JsonElement array, string field) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(field).ValueKind == JsonValueKind.Null ? "" : e.GetProperty(field).ToString())];

    [Fact]
    public async Task Search_pages_sorts_counts_facets_groups_rescans_and_its_export_link_exports_what_it_found()
    {
        var rescan = Path.Combine(_dir.Path, "a05-rescan.txt");
        await File.WriteAllTextAsync(rescan, await File.ReadAllTextAsync(CorpusFiles.Path_("plans", "a05.txt")) + "\n");
        using var service = await ServiceProcess.ServeAsync(Path.Combine(_dir.Path, "archive"), jobs: 1, engines: 1);
        using var http = service.Client();
        // The original first, alone: a rescan is compared with what the archive holds.
        await ServiceProcess.UploadAsync(http, [CorpusFiles.Path_("plans", "a05.txt")]);
        await ServiceProcess.WaitUntilAsync(async () => (await ServiceProcess.FilesAsync(http)).All(f => f.GetProperty("status").GetString() is "done"), TimeSpan.FromMinutes(3), "a05 read");
        var plans = Directory.GetFiles(CorpusFiles.Path_("plans"), "*.txt").Where(f => !f.EndsWith("a05.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var answers = await ServiceProcess.UploadAsync(http, [rescan, .. plans]);
        var rescanId = answers[0].GetProperty("id").GetInt64();
        Assert.False(answers[0].GetProperty("already_archived").GetBoolean());
        await ServiceProcess.WaitUntilAsync(async () => (await ServiceProcess.FilesAsync(http)).All(f => f.GetProperty("status").GetString() is "done" or "failed"), TimeSpan.FromMinutes(5), "the plans read");

        // Bytes already archived: not stored again, and the answer names the entry that has them.
        var again = (await ServiceProcess.UploadAsync(http, [CorpusFiles.Path_("plans", "a05.txt")]))[0];
        var originalFile = (await ServiceProcess.FilesAsync(http)).Single(f => f.GetProperty("source").GetString() == "a05.txt").GetProperty("id").GetInt64();
        Assert.True(again.GetProperty("already_archived").GetBoolean());
        Assert.Equal(originalFile, again.GetProperty("id").GetInt64());
        Assert.Equal($"already in the archive as a05.txt (document {originalFile})", again.GetProperty("message").GetString());
        Assert.Equal(21, (await ServiceProcess.FilesAsync(http)).Length);

        // The rescan: one hit, the copy under it; its status and plan page say whose duplicate it is.
        var byNumber = await GetAsync(http, "/api/search?q=58/KH-UBND");
        Assert.Equal(1, byNumber.GetProperty("total").GetInt32());
        var hit = byNumber.GetProperty("hits").EnumerateArray().Single();
        Assert.Equal(originalFile, hit.GetProperty("document_id").GetInt64());
        var copy = hit.GetProperty("copies").EnumerateArray().Single();
        Assert.Equal((rescanId, "a05-rescan.txt"), (copy.GetProperty("document_id").GetInt64(), copy.GetProperty("source").GetString()));
        var status = await GetAsync(http, $"/api/documents/{rescanId}");
        var duplicateOf = status.GetProperty("possible_duplicate_of");
        Assert.Equal(hit.GetProperty("plan_id").GetInt64(), duplicateOf.GetProperty("plan_id").GetInt64());
        Assert.Equal((originalFile, "a05.txt", "58/KH-UBND", "same number, date and issuer"),
            (duplicateOf.GetProperty("document_id").GetInt64(), duplicateOf.GetProperty("source").GetString(), duplicateOf.GetProperty("number").GetString(), duplicateOf.GetProperty("reason").GetString()));
        var copyPlan = await GetAsync(http, $"/api/plans/{copy.GetProperty("plan_id").GetInt64()}");
        Assert.Equal(hit.GetProperty("plan_id").GetInt64(), copyPlan.GetProperty("possible_duplicate_of").GetProperty("plan_id").GetInt64());
        Assert.Equal(JsonValueKind.Null, (await GetAsync(http, $"/api/plans/{hit.GetProperty("plan_id").GetInt64()}")).GetProperty("possible_duplicate_of").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await GetAsync(http, $"/api/documents/{originalFile}")).GetProperty("possible_duplicate_of").ValueKind);

        // The index commits within 2 s of its last write (the rescan's and the copy's entries): a
        // CI run paged a total of 25 against a first answer of 24. Wait until two answers 2.5 s
        // apart agree.
        int? settled = null;
        await ServiceProcess.WaitUntilAsync(async () =>
        {
            var now = (await GetAsync(http, "/api/search?q=k%E1%BA%BF+ho%E1%BA%A1ch&per_page=1")).GetProperty("total").GetInt32();
            var same = now == settled;
            settled = now;
            if (!same)
            {
                await Task.Delay(2500);
            }
            return same;
        }, TimeSpan.FromMinutes(1), "the index settled");

        // Pages of 3, newest first, make up the whole list sorted by date; facets count every match.
        var all = await GetAsync(http, "/api/search?q=k%E1%BA%BF+ho%E1%BA%A1ch&per_page=200&sort=date");
        var total = all.GetProperty("total").GetInt32();
        Assert.Equal(total, all.GetProperty("hits").GetArrayLength());
        Assert.True(total > 6);
        var paged = new List<string>();
        for (var page = 1; page <= (total + 2) / 3; page++)
        {
            var one = await GetAsync(http, $"/api/search?q=k%E1%BA%BF+ho%E1%BA%A1ch&per_page=3&page={page}&sort=date");
            Assert.Equal((total, page, 3), (one.GetProperty("total").GetInt32(), one.GetProperty("page").GetInt32(), one.GetProperty("per_page").GetInt32()));
            paged.AddRange(Strings(one.GetProperty("hits"), "plan_id"));
            Assert.Equal(all.GetProperty("facets").ToString(), one.GetProperty("facets").ToString());
        }
        Assert.Equal(Strings(all.GetProperty("hits"), "plan_id"), paged);
        var dates = Strings(all.GetProperty("hits"), "issued_on").Where(d => d.Length > 0).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var kinds = all.GetProperty("facets").GetProperty("kind").EnumerateArray().ToList();
        Assert.Equal(total, kinds.Sum(k => k.GetProperty("count").GetInt32()));

        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/search?q=x&sort=title")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/search?q=x&per_page=201")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/search?q=x&page=0")).StatusCode);

        // A search narrowed by a facet's kind, issuer and year, and the export link built from it.
        var kind = kinds[0].GetProperty("value").GetString()!;
        var ofKind = await GetAsync(http, $"/api/search?q=k%E1%BA%BF+ho%E1%BA%A1ch&kind={Uri.EscapeDataString(kind)}");
        var year = ofKind.GetProperty("facets").GetProperty("year")[0].GetProperty("value").GetString()!;
        var narrowed = await GetAsync(http, $"/api/search?q=k%E1%BA%BF+ho%E1%BA%A1ch&kind={Uri.EscapeDataString(kind)}&year={year}&per_page=200");
        var issuer = narrowed.GetProperty("facets").GetProperty("issuer")[0].GetProperty("value").GetString()!;
        var search = $"q=k%E1%BA%BF+ho%E1%BA%A1ch&kind={Uri.EscapeDataString(kind)}&issuer={Uri.EscapeDataString(issuer)}&year={year}";
        var found = await GetAsync(http, $"/api/search?{search}&per_page=200");
        Assert.True(found.GetProperty("total").GetInt32() >= 1);
        var rows = await CsvAsync(http, "/api/export/plans.csv?" + search.Replace("q=", "query=", StringComparison.Ordinal));
        Assert.Equal(
            found.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("source").GetString(), h.GetProperty("number").GetString() ?? "")).Order(),
            rows.Select(r => ((string?)r["source"], r["number"])).Order());
        Assert.All(rows, r => Assert.StartsWith(year, r["issued_on"], StringComparison.Ordinal));
        // Year and kind narrow the export on their own too.
        Assert.All(await CsvAsync(http, $"/api/export/plans.csv?year={year}"), r => Assert.StartsWith(year, r["issued_on"], StringComparison.Ordinal));
        Assert.Equal(
            Strings((await GetAsync(http, $"/api/search?year={year}&per_page=200")).GetProperty("hits"), "source").Order(),
            (await CsvAsync(http, $"/api/export/plans.csv?year={year}")).Select(r => r["source"]).Order());
    }

    private static async Task<List<Dictionary<string, string>>> CsvAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StringReader(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
        return CsvRows.Read(reader);
    }
}
