using Microsoft.Playwright;

namespace Ingest.Tests.Web;

/// <summary>
/// The web UI in a real browser (Debian's Chromium driven by Playwright): sign in, upload a
/// scanned PDF, watch it finish, find it by number, open its plan page, download its deadlines CSV.
/// Screenshots of each step are kept in artifacts/screenshots.
/// </summary>
public sealed class BrowserTests : IDisposable
{
    private readonly TempDir _dir = new();
    private static readonly string Shots = Path.Combine(CorpusFiles.Root, "artifacts", "screenshots");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Upload_a_scan_find_it_by_number_open_it_and_download_its_deadlines()
    {
        Directory.CreateDirectory(Shots);
        var archive = Path.Combine(_dir.Path, "archive");
        using var service = await ServiceProcess.ServeAsync(archive);
        using (var catalog = Ingest.Catalog.PlanCatalog.Open(Path.Combine(archive, "catalog.db")))
        {
            catalog.Accounts.Add("lan", Ingest.Catalog.AccountRole.Archivist, "mật khẩu đủ dài 2026");
        }
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        // The browser's language is Chromium's default, English: the pages are in English (InterfaceTests has the Vietnamese).
        // Signing in: the home page sends a stranger to the login form, which sends her back.
        await page.GotoAsync(service.Url!.ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        await page.FillAsync("#name", "lan");
        await page.FillAsync("#password", "mật khẩu đủ dài 2026");
        await page.ClickAsync("#login-form button");
        await Assertions.Expect(page.Locator("#session")).ToContainTextAsync("lan (archivist)");

        // Upload through the file picker of the drop zone.
        var scan = CorpusFiles.Path_("scans", "a05-200.pdf");
        await page.SetInputFilesAsync("#file-input", scan);
        var row = page.Locator("#documents tr.doc", new() { HasText = "a05-200.pdf" });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "1-uploaded.png"), FullPage = true });
        await Assertions.Expect(row.Locator("td.status")).ToHaveTextAsync("done", new() { Timeout = 120_000 });
        await Assertions.Expect(row.Locator("td.status")).ToHaveAttributeAsync("data-status", "done");
        await Assertions.Expect(row).ToContainTextAsync("58/KH-UBND");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "2-processed.png"), FullPage = true });

        // Find it by number, typed without marks and with spaces, as staff type it.
        await page.FillAsync("#q", "58 kh ubnd");
        await page.ClickAsync("#search-form button");
        var hit = page.Locator("#hits li.hit").First;
        await Assertions.Expect(hit).ToContainTextAsync("58/KH-UBND", new() { Timeout = 30_000 });
        await Assertions.Expect(hit.Locator("mark").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "3-search.png"), FullPage = true });

        // Its plan page: header, deadlines table, the page image beside its text.
        await hit.Locator("a.hit-link").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-title")).ToHaveTextAsync("Kế hoạch 58/KH-UBND");
        await Assertions.Expect(page.Locator("#deadlines tbody tr")).ToHaveCountAsync(6);
        // Who uploaded it, shown with the document (the audit trail).
        await Assertions.Expect(page.Locator("#history tbody")).ToContainTextAsync("lan");
        await Assertions.Expect(page.Locator("#history tbody")).ToContainTextAsync("upload");
        await Assertions.Expect(page.Locator("#history tbody [data-action=upload]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".page img").First).ToBeVisibleAsync();
        // The page image loaded (a broken image is "visible" too).
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.page img')].every(i => i.complete && i.naturalWidth > 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "4-plan.png"), FullPage = true });

        // Its deadlines as CSV: UTF-8 with BOM, one row per deadline.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a.export-deadlines"));
        Assert.Equal("58_KH-UBND-deadlines.csv", download.SuggestedFilename);
        var csv = Path.Combine(_dir.Path, "deadlines.csv");
        await download.SaveAsAsync(csv);
        var bytes = await File.ReadAllBytesAsync(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = (await File.ReadAllLinesAsync(csv)).Where(l => l.Length > 0).ToList();
        Assert.StartsWith("plan_number,", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(7, lines.Count);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("58/KH-UBND,", l, StringComparison.Ordinal));

        // The archivist corrects the number on the plan page (as if the scan's "58" were a misread
        // "59"), marks the record reviewed, and finds the plan by the corrected number.
        await page.ClickAsync("#edit");
        await page.FillAsync("#edit-number", "59/KH-UBND");
        await page.CheckAsync("#edit-reviewed");
        await page.ClickAsync("#correct-form button[type=submit]");
        await Assertions.Expect(page.Locator("#plan-title")).ToHaveTextAsync("Kế hoạch 59/KH-UBND");
        await Assertions.Expect(page.Locator("#corrected")).ToContainTextAsync("number");
        await Assertions.Expect(page.Locator("#corrected")).ToHaveAttributeAsync("data-fields", "number");
        await Assertions.Expect(page.Locator("#history tbody")).ToContainTextAsync("correct");
        await Assertions.Expect(page.Locator("#history tbody [data-action=correct]")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "5-corrected.png"), FullPage = true });
        await page.GotoAsync(new Uri(service.Url!, "/?q=59+kh+ubnd").ToString());
        await page.FillAsync("#q", "59 kh ubnd");
        await page.ClickAsync("#search-form button");
        await Assertions.Expect(page.Locator("#hits li.hit").First).ToContainTextAsync("59/KH-UBND", new() { Timeout = 30_000 });

        // The machine reads the file again: the person's number stays.
        service.Dispose();
        var reprocess = App.Cli.Run(_dir.Path, "reprocess", "--archive", archive);
        Assert.True(reprocess.Exit == 0, reprocess.Err);
        var show = App.Cli.Run(_dir.Path, "show", "59/KH-UBND", "--json", "--archive", archive);
        Assert.True(show.Exit == 0, show.Err);
        Assert.Contains("\"reviewed\": true", show.Out, StringComparison.Ordinal);
        Assert.Equal(1, App.Cli.Run(_dir.Path, "show", "58/KH-UBND", "--archive", archive).Exit);
    }
}
