using System.Security.Cryptography;
using Microsoft.Playwright;

namespace Ingest.Tests.Web;

/// <summary>
/// The archivist's desk in a real browser (Debian's Chromium driven by Playwright, issue 18): a
/// real office scan's wrong number corrected on its plan page, found by the corrected number and
/// kept by `ingest reprocess`; a deadline added to its list; its original downloaded byte for
/// byte; the file deleted from the document browser and gone from search and exports with
/// `ingest verify` clean; a JPEG page and a 2-page TIFF uploaded together and both found.
/// </summary>
public sealed class DeskBrowserTests : IDisposable
{
    private const string Password = "mật khẩu đủ dài 2026";
    private static readonly string Shots = Path.Combine(CorpusFiles.Root, "artifacts", "screenshots");
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<IPage> SignInAsync(IBrowser browser, Uri url)
    {
        var context = await browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        await page.FillAsync("#name", "lan");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login-form button");
        await Assertions.Expect(page.Locator("#session")).ToContainTextAsync("lan");
        return page;
    }

    // A served archive with the archivist "lan", and a page of the browser signed in as her.
    private static async Task<(ServiceProcess Service, IPage Page)> ServeSignedInAsync(IBrowser browser, string archive)
    {
        var service = await ServiceProcess.ServeAsync(archive);
        AddArchivist(archive);
        return (service, await SignInAsync(browser, service.Url!));
    }

    private static void AddArchivist(string archive)
    {
        using var catalog = Ingest.Catalog.PlanCatalog.Open(Path.Combine(archive, "catalog.db"));
        if (catalog.Accounts.Find("lan") is null)
        {
            catalog.Accounts.Add("lan", Ingest.Catalog.AccountRole.Archivist, Password);
        }
    }

    [Fact]
    public async Task Correct_a_real_scan_keep_it_through_reprocess_download_it_and_delete_it()
    {
        var archive = Path.Combine(_dir.Path, "archive");
        var scan = RealFiles.Path_("danang-scans", "data", "1.pdf");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        string planUrl;
        var (first, page) = await ServeSignedInAsync(browser, archive);
        using (var service = first)
        {
            // A real office scan (Sở GD&ĐT Đà Nẵng, 200 dpi G4): its number is handwritten, which
            // OCR misreads ("4435"): the machine files it with no number.
            await page.SetInputFilesAsync("#file-input", scan);
            var row = page.Locator("#documents tr.doc", new() { HasText = "1.pdf" });
            await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "done", new() { Timeout = 120_000 });
            await row.Locator("td.plans a").First.ClickAsync();
            await Assertions.Expect(page.Locator("#plan-title")).ToHaveTextAsync("Công văn");
            planUrl = page.Url;

            // The archivist reads the number off the page image and corrects it.
            await page.ClickAsync("#edit");
            // The page image beside the form, to read the number off.
            await Assertions.Expect(page.Locator(".edit-beside .edit-image img")).ToBeVisibleAsync();
            await page.FillAsync("#edit-number", "1595/SGDĐT-CTrTT");
            await page.ClickAsync("#correct-form button[type=submit]");
            await Assertions.Expect(page.Locator("#plan-title")).ToHaveTextAsync("Công văn 1595/SGDĐT-CTrTT");

            // A deadline the machine missed, added to the list.
            var listed = page.Locator("#deadlines tbody tr:not(:has(td.hint))");
            var deadlines = await listed.CountAsync();
            await page.ClickAsync("#edit-deadlines");
            await page.ClickAsync("#edit-deadlines-form .add-row");
            var added = page.Locator("#edit-deadlines-form tbody tr").Last;
            await added.Locator("input[name=due]").FillAsync("2019-06-30");
            await added.Locator("select[name=qualifier]").SelectOptionAsync("before");
            await added.Locator("input[name=action]").FillAsync("Báo cáo kết quả bảo đảm TTATGT");
            Directory.CreateDirectory(Shots);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "desk-1-list-editor.png"), FullPage = true });
            await page.ClickAsync("#edit-deadlines-form button[type=submit]");
            await Assertions.Expect(page.Locator("#deadlines tbody tr", new() { HasText = "Báo cáo kết quả bảo đảm TTATGT" })).ToContainTextAsync("30/06/2019");
            await Assertions.Expect(listed).ToHaveCountAsync(deadlines + 1);

            await page.GotoAsync(new Uri(service.Url!, "/?q=" + Uri.EscapeDataString("1595 sgddt ctrtt")).ToString());
            await Assertions.Expect(page.Locator("#hits li.hit").First).ToContainTextAsync("1595/SGDĐT-CTrTT", new() { Timeout = 30_000 });
        }

        // The machine reads the file again: the person's number and deadline stay.
        var reprocess = App.Cli.Run(_dir.Path, "reprocess", "--from", "restore", "--archive", archive);
        Assert.True(reprocess.Exit == 0, reprocess.Err);
        var show = App.Cli.Run(_dir.Path, "show", "1595/SGDĐT-CTrTT", "--json", "--archive", archive);
        Assert.True(show.Exit == 0, show.Err);
        Assert.Contains("Báo cáo kết quả bảo đảm TTATGT", show.Out, StringComparison.Ordinal);

        (var second, page) = await ServeSignedInAsync(browser, archive);
        using (var service = second)
        {
            await page.GotoAsync(new Uri(service.Url!, new Uri(planUrl).PathAndQuery).ToString());
            await Assertions.Expect(page.Locator("#plan-title")).ToHaveTextAsync("Công văn 1595/SGDĐT-CTrTT");

            // The original as uploaded, under its own name.
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#file-original"));
            Assert.Equal("1.pdf", download.SuggestedFilename);
            var saved = Path.Combine(_dir.Path, "original.pdf");
            await download.SaveAsAsync(saved);
            Assert.Equal(SHA256.HashData(await File.ReadAllBytesAsync(scan)), SHA256.HashData(await File.ReadAllBytesAsync(saved)));

            // Deleted from the document browser: gone from the list, search and exports.
            await page.GotoAsync(new Uri(service.Url!, "/files.html").ToString());
            var file = page.Locator("#files-table tr.file", new() { HasText = "1.pdf" });
            await Assertions.Expect(file).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "desk-2-files.png"), FullPage = true });
            page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
            await file.Locator("button.delete").ClickAsync();
            await Assertions.Expect(file).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#files-status")).ToContainTextAsync("1.pdf");
            using var http = service.Client();
            Assert.DoesNotContain("1595", await http.GetStringAsync("/api/search?q=1595/SGDĐT-CTrTT"), StringComparison.Ordinal);
            Assert.DoesNotContain("1595", await http.GetStringAsync("/api/export/plans.csv"), StringComparison.Ordinal);
        }
        var verify = App.Cli.Run(_dir.Path, "verify", "--archive", archive);
        Assert.True(verify.Exit == 0, verify.Out + verify.Err);
        Assert.StartsWith("ok: 0 documents", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_jpeg_page_and_a_two_page_tiff_uploaded_in_the_browser_are_found()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var (service, page) = await ServeSignedInAsync(browser, Path.Combine(_dir.Path, "archive"));
        using var served = service;
        await page.SetInputFilesAsync("#file-input", [CorpusFiles.Path_("images", "a05-page1.jpg"), CorpusFiles.Path_("images", "a01-pages1-2.tif")]);
        foreach (var name in (string[])["a05-page1.jpg", "a01-pages1-2.tif"])
        {
            await Assertions.Expect(page.Locator("#documents tr.doc", new() { HasText = name })).ToHaveAttributeAsync("data-status", "done", new() { Timeout = 180_000 });
        }
        foreach (var number in (string[])["58/KH-UBND", "712/KH-UBND"])
        {
            await page.FillAsync("#q", number);
            await page.ClickAsync("#search-form button");
            await Assertions.Expect(page.Locator("#hits li.hit").First).ToContainTextAsync(number, new() { Timeout = 30_000 });
        }
    }

    [Fact]
    public async Task A_rescan_is_flagged_grouped_in_search_and_the_same_bytes_named_on_upload()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var (service, page) = await ServeSignedInAsync(browser, Path.Combine(_dir.Path, "archive"));
        using var served = service;
        // The same plan scanned twice (200 and 300 dpi: different bytes, the same paper).
        await page.SetInputFilesAsync("#file-input", CorpusFiles.Path_("scans", "a05-200.pdf"));
        await Assertions.Expect(page.Locator("#documents tr.doc", new() { HasText = "a05-200.pdf" })).ToHaveAttributeAsync("data-status", "done", new() { Timeout = 120_000 });
        await page.SetInputFilesAsync("#file-input", CorpusFiles.Path_("scans", "a05-300.pdf"));
        var rescan = page.Locator("#documents tr.doc", new() { HasText = "a05-300.pdf" });
        await Assertions.Expect(rescan).ToHaveAttributeAsync("data-status", "done", new() { Timeout = 120_000 });
        await Assertions.Expect(rescan.Locator(".duplicate")).ToContainTextAsync("58/KH-UBND");
        await Assertions.Expect(rescan.Locator(".duplicate")).ToContainTextAsync("a05-200.pdf");
        await Assertions.Expect(page.Locator("#documents tr.doc:has(td.source:text-is('a05-200.pdf')) .duplicate")).ToHaveCountAsync(0);
        // The list's files each carry their own finding, the original none.
        using (var http = service.Client())
        {
            var listed = (await ServiceProcess.FilesAsync(http, 100)).ToDictionary(f => f.GetProperty("source").GetString()!);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, listed["a05-200.pdf"].GetProperty("possible_duplicate_of").ValueKind);
            Assert.Equal("a05-200.pdf", listed["a05-300.pdf"].GetProperty("possible_duplicate_of").GetProperty("source").GetString());
        }

        // The same bytes again: nothing new is stored, and the page says which file has them.
        await page.SetInputFilesAsync("#file-input", CorpusFiles.Path_("scans", "a05-200.pdf"));
        await Assertions.Expect(page.Locator("#upload-status")).ToContainTextAsync("a05-200.pdf", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#documents tr.doc")).ToHaveCountAsync(2);

        // A file refused (a .docx named .pdf), alone in its upload: said in the page's words, by its code.
        await page.SetInputFilesAsync("#file-input", CorpusFiles.Path_("bad", "letter.pdf"));
        await Assertions.Expect(page.Locator("#upload-status")).ToHaveTextAsync("Not accepted: letter.pdf: not a type accepted (PDF, JPEG, PNG, TIFF and TXT only); not kept", new() { Timeout = 30_000 });

        // A file that fails for its own fault (password-protected): said so, and no retry offered.
        await page.SetInputFilesAsync("#file-input", CorpusFiles.Path_("bad", "password.pdf"));
        var damaged = page.Locator("#documents tr.doc", new() { HasText = "password.pdf" });
        await Assertions.Expect(damaged).ToHaveAttributeAsync("data-status", "failed", new() { Timeout = 60_000 });
        await Assertions.Expect(damaged.Locator("td.progress")).ToContainTextAsync("The file is damaged or unreadable: ");
        await Assertions.Expect(damaged.Locator("button.retry")).ToHaveCountAsync(0);

        // One hit with its copy; the count, the facets and the CSV links follow the search.
        await page.FillAsync("#q", "58 kh ubnd");
        await page.ClickAsync("#search-form button[type=submit]");
        await Assertions.Expect(page.Locator("#hits li.hit")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#hits li.hit .copies")).ToContainTextAsync("a05-300.pdf");
        await Assertions.Expect(page.Locator("#hits-status")).ToContainTextAsync("1");
        await Assertions.Expect(page.Locator("#facets a.facet-value[data-facet=kind]")).ToHaveTextAsync("Kế hoạch");
        Assert.Contains("query=58+kh+ubnd", await page.Locator("#exports a").First.GetAttributeAsync("href"), StringComparison.Ordinal);

        // The rescan's own page says what it repeats.
        await rescan.Locator("td.plans a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#duplicate-of")).ToContainTextAsync("58/KH-UBND");
    }
}
