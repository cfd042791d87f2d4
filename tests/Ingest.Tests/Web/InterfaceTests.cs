using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Jobs;
using Ingest.Text;
using Microsoft.Playwright;

namespace Ingest.Tests.Web;

/// <summary>
/// Issue 18, the archivist's desk, in a real Chromium against a real `ingest serve`: the upload
/// reached and worked with the keyboard alone, a focused link kept while the list polls, no
/// sideways scroll at 390 px, a page image zoomed and closed with the keyboard, the interface in
/// Vietnamese by default and in English when asked, dates dd/MM/yyyy, a quota "each" read as such.
/// </summary>
public sealed partial class InterfaceTests(InterfaceTests.Service service) : IClassFixture<InterfaceTests.Service>
{
    private const string Password = "mật khẩu đủ dài 2026";
    private static readonly string Shots = Path.Combine(CorpusFiles.Root, "artifacts", "screenshots");

    /// <summary>
    /// One service and one browser for the class. The archive starts with two text plans, read
    /// without OCR: corpus/plans/a01.txt (712/KH-UBND of 21/11/2016, a quota for each district)
    /// and a02.txt under a long name with no break in it; the scan is the keyboard test's to upload.
    /// </summary>
    public sealed class Service : IAsyncLifetime, IDisposable
    {
        private readonly TempDir _dir = new();

        internal ServiceProcess Process { get; private set; } = null!;

        internal IPlaywright Playwright { get; private set; } = null!;

        internal IBrowser Browser { get; private set; } = null!;

        /// <summary>The plan page id of a01.txt's plan.</summary>
        internal long TextPlanId { get; private set; }

        internal const string LongName = "KeHoach_ToChucThucHien_PhongTraoThiDua_ChungSucXayDungNongThonMoi_2016_2020.txt";

        private string Archive => Path.Combine(_dir.Path, "archive");

        public async Task InitializeAsync()
        {
            Process = await ServiceProcess.ServeAsync(Archive, jobs: 1, engines: 2);
            using (var catalog = PlanCatalog.Open(Path.Combine(Archive, "catalog.db")))
            {
                catalog.Accounts.Add("lan", AccountRole.Archivist, Password);
            }
            using var http = Process.Client();
            // A file name with no place to break a line (the original UI's table, and the page,
            // grew to 921 px for it at 390 px wide).
            var unbroken = Path.Combine(_dir.Path, LongName);
            File.Copy(CorpusFiles.Path_("plans", "a02.txt"), unbroken);
            await ServiceProcess.UploadAsync(http, [CorpusFiles.Path_("plans", "a01.txt"), unbroken]);
            await ServiceProcess.WaitUntilAsync(async () => (await ServiceProcess.FilesAsync(http)).All(f => f.GetProperty("status").GetString() is "done" or "failed"),
                TimeSpan.FromMinutes(2), "the text plans read");
            var files = await ServiceProcess.FilesAsync(http);
            Assert.All(files, f => Assert.Equal("done", f.GetProperty("status").GetString()));
            TextPlanId = files.Single(f => f.GetProperty("source").GetString() == "a01.txt").GetProperty("plans")[0].GetProperty("plan_id").GetInt64();

            Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
            Browser = await HeadlessChromium.LaunchAsync(Playwright);
        }

        public async Task DisposeAsync()
        {
            if (Browser is not null)
            {
                await Browser.DisposeAsync();
            }
            Dispose();
        }

        // xunit disposes a class fixture through both interfaces: the rest is done once, here.
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            Playwright?.Dispose();
            Process?.Dispose();
            _dir.Dispose();
        }

        private bool _disposed;
    }

    // A new browser context (its own cookies and localStorage), signed in as the archivist.
    private async Task<IPage> SignedInAsync(int width = 1280, int height = 900, string locale = "vi-VN")
    {
        var context = await service.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = locale });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(service.Process.Url!, "/login").ToString());
        await page.FillAsync("#name", "lan");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login-form button");
        await Assertions.Expect(page.Locator("#session .who")).ToHaveAttributeAsync("data-role", "archivist");
        return page;
    }

    private string At(string path) => new Uri(service.Process.Url!, path).ToString();

    private static Task<bool> NoSidewaysScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    // Tab (forwards) until the focused element matches the selector; false after 60 presses.
    private static async Task<bool> TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return true;
            }
        }
        return false;
    }

    [Fact]
    public async Task A_scan_is_uploaded_with_the_keyboard_alone_and_its_page_shown_at_phone_width_and_zoomed()
    {
        var page = await SignedInAsync();
        await page.GotoAsync(At("/"));
        var textRow = page.Locator("#documents tr.doc", new() { HasText = "a01.txt" });
        await Assertions.Expect(textRow.Locator("td.status")).ToHaveTextAsync("xong");

        // No mouse from here on: Tab to the upload button, Enter opens the file picker. On a loaded
        // machine an Enter can land while the list is being redrawn (a CI run timed out waiting for
        // the picker once): the button is reached and pressed again, three times at most.
        IFileChooser? chooser = null;
        for (var attempt = 0; attempt < 3 && chooser is null; attempt++)
        {
            if (!await page.EvaluateAsync<bool>("() => document.activeElement?.id === 'choose-files'"))
            {
                Assert.True(await TabToAsync(page, "#choose-files"), "Tab never reached the upload button");
            }
            try
            {
                chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Enter"), new() { Timeout = 10_000 });
            }
            catch (TimeoutException)
            {
            }
        }
        Assert.NotNull(chooser);
        Assert.True(chooser.IsMultiple);
        await chooser.SetFilesAsync(CorpusFiles.Path_("scans", "a05-200.pdf"));
        var scanRow = page.Locator("#documents tr.doc", new() { HasText = "a05-200.pdf" });
        await Assertions.Expect(scanRow).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#upload-status")).ToContainTextAsync("Đã nhận 1 tệp");

        // While the scan is read the list is asked again every second; a link focused in another
        // row stays the focused element across those polls (the row is updated, not rebuilt).
        Assert.True(await TabToAsync(page, "#documents tr.doc a"), "Tab never reached the plan link in the upload list");
        var keptText = await page.EvaluateAsync<string>("() => { window.kept = document.activeElement; return window.kept.textContent; }");
        var polls = 0;
        page.Response += (_, r) =>
        {
            if (r.Url.Contains("/api/documents?limit=", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref polls);
            }
        };
        await ServiceProcess.WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref polls) >= 3), TimeSpan.FromSeconds(45), "three polls of the upload list");
        Assert.True(await page.EvaluateAsync<bool>("() => window.kept.isConnected && document.activeElement === window.kept"),
            "the focused link was lost when the list was polled");
        Assert.Equal(keptText, await page.EvaluateAsync<string>("() => document.activeElement.textContent"));

        await Assertions.Expect(scanRow.Locator("td.status")).ToHaveTextAsync("xong", new() { Timeout = 180_000 });
        await Assertions.Expect(scanRow.Locator("td.status")).ToHaveAttributeAsync("data-status", "done");

        // A phone: the home page and the scan's plan page do not scroll sideways.
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await Assertions.Expect(scanRow).ToContainTextAsync("58/KH-UBND");
        await Assertions.Expect(page.Locator("#documents tr.doc", new() { HasText = Service.LongName })).ToBeVisibleAsync();
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "ui-1-home-390.png"), FullPage = true });
        Assert.True(await NoSidewaysScrollAsync(page), "the home page scrolls sideways at 390 px: " + await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        await scanRow.Locator("td.plans a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#plan-title")).ToHaveTextAsync("Kế hoạch 58/KH-UBND");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.page img')].every(i => i.complete && i.naturalWidth > 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "ui-2-plan-390.png"), FullPage = true });
        Assert.True(await NoSidewaysScrollAsync(page), "the plan page scrolls sideways at 390 px: " + await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        // At this width the page image is above its text, not beside it.
        Assert.True(await page.EvaluateAsync<bool>("""
            () => { const i = document.querySelector('.page .image').getBoundingClientRect(), t = document.querySelector('.page .page-text').getBoundingClientRect(); return t.top >= i.bottom - 1; }
            """), "the page image is not above its text at 390 px");

        // The page image opens large with Enter, zooms in with its button and with "+", closes with Escape.
        Assert.True(await TabToAsync(page, ".page .image"), "Tab never reached the page image");
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.Locator("dialog#zoom");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.Locator("#zoom-frame img")).ToBeVisibleAsync();
        var fitted = await dialog.Locator("#zoom-frame img").BoundingBoxAsync();
        await Assertions.Expect(page.Locator("#zoom-in")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("+");
        var zoomed = await dialog.Locator("#zoom-frame img").BoundingBoxAsync();
        Assert.True(zoomed!.Width > fitted!.Width * 2, $"zooming twice took the image from {fitted.Width} to {zoomed.Width} px wide");
        Assert.True(await page.EvaluateAsync<bool>("() => { const v = document.querySelector('#zoom-view'); return v.scrollWidth > v.clientWidth; }"), "the zoomed image cannot be scrolled");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "ui-3-zoom-390.png") });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".page .image").First).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_interface_is_vietnamese_by_default_and_english_when_asked_with_dates_as_dd_MM_yyyy()
    {
        var page = await SignedInAsync();
        await page.GotoAsync(At("/"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(page.Locator("#upload-heading")).ToHaveTextAsync("Tải lên bản quét");
        await Assertions.Expect(page.Locator("#session")).ToContainTextAsync("lan (lưu trữ viên)");
        var row = page.Locator("#documents tr.doc", new() { HasText = "a01.txt" });
        await Assertions.Expect(row.Locator("td.status")).ToHaveTextAsync("xong");
        await Assertions.Expect(row.Locator("td.status")).ToHaveAttributeAsync("data-status", "done");

        // No hits: an empty list and a status line that says so.
        await page.FillAsync("#q", "không có văn bản nào như thế này");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#hits-status")).ToHaveTextAsync("Không tìm thấy kế hoạch nào.");
        await Assertions.Expect(page.Locator("#hits li")).ToHaveCountAsync(0);

        // The plan page: enum values in words, dates dd/MM/yyyy, a quota for each district.
        await page.GotoAsync(At($"/plan.html?id={service.TextPlanId}"));
        await Assertions.Expect(page.Locator("#plan-title")).ToHaveTextAsync("Kế hoạch 712/KH-UBND");
        // The correction form opens from its button by the keyboard, and not before.
        await Assertions.Expect(page.Locator("#correct-form")).ToBeHiddenAsync();
        await page.Locator("#edit").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#edit-number")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#edit-number")).ToHaveValueAsync("712/KH-UBND");
        await page.Locator("#edit-cancel").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#correct-form")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#plan-header time")).ToHaveTextAsync("21/11/2016");
        await Assertions.Expect(page.Locator("#plan-header")).ToContainTextAsync("Ngày ban hành");
        var deadline = page.Locator("#deadlines tbody tr", new() { HasText = "15/10/2018" });
        await Assertions.Expect(deadline).ToContainTextAsync("trước ngày");
        await Assertions.Expect(page.Locator("#deadlines tbody")).Not.ToContainTextAsync("2018-10-15");
        var quota = page.Locator("#quotas tbody tr", new() { HasText = "đơn vị cấp xã" });
        await Assertions.Expect(quota).ToContainTextAsync("mỗi đơn vị: 01");
        await Assertions.Expect(quota).ToContainTextAsync("các huyện, thành phố, thị xã");
        await Assertions.Expect(page.Locator("#references tbody")).ToContainTextAsync("căn cứ");
        await Assertions.Expect(page.Locator("#history tbody tr").First).ToContainTextAsync(new Regex(@"^\d\d/\d\d/\d{4} \d\d:\d\d"));
        await Assertions.Expect(page.Locator("#history tbody")).ToContainTextAsync("tải lên");
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "ui-4-plan-vi.png"), FullPage = true });

        // ?lang=en: English, the same dates; the choice is kept on the next page.
        await page.GotoAsync(At($"/plan.html?id={service.TextPlanId}&lang=en"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("h3").Nth(1)).ToHaveTextAsync("Deadlines");
        await Assertions.Expect(page.Locator("#deadlines tbody tr", new() { HasText = "15/10/2018" })).ToContainTextAsync("before");
        await Assertions.Expect(quota).ToContainTextAsync("each: 1");
        await Assertions.Expect(page.Locator("#plan-header")).ToContainTextAsync("Issued on");
        await Assertions.Expect(page.Locator("#plan-header time")).ToHaveTextAsync("21/11/2016");
        await page.GotoAsync(At("/"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("#upload-heading")).ToHaveTextAsync("Upload scans");
        await Assertions.Expect(row.Locator("td.status")).ToHaveTextAsync("done");

        // The visible switch goes back to Vietnamese.
        await Assertions.Expect(page.Locator("#lang-switch")).ToHaveTextAsync("Tiếng Việt");
        await page.Locator("#lang-switch").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(page.Locator("#upload-heading")).ToHaveTextAsync("Tải lên bản quét");

        // A browser that prefers English, with no choice made, gets English.
        var english = await SignedInAsync(locale: "en-US");
        await english.GotoAsync(At("/"));
        await Assertions.Expect(english.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(english.Locator("#session")).ToContainTextAsync("lan (archivist)");
    }
}

/// <summary>
/// The two string tables of the web UI (strings-vi.json, strings-en.json) have the same keys,
/// every key a page uses is in them, and every enum value the record and the API carry has words.
/// </summary>
public sealed partial class InterfaceStringsTests
{
    private static readonly string WebRoot = Path.Combine(CorpusFiles.Root, "src", "Ingest.App", "Web", "wwwroot");

    private static Dictionary<string, string> Table(string lang) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(WebRoot, $"strings-{lang}.json")))!;

    [Fact]
    public void Both_tables_have_the_same_keys_and_no_empty_or_unnormalised_text()
    {
        var vi = Table("vi");
        var en = Table("en");
        Assert.Empty(vi.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(vi.Keys));
        Assert.All(vi.Concat(en), p => Assert.False(string.IsNullOrWhiteSpace(p.Value), $"{p.Key} is empty"));
        Assert.All(vi.Concat(en), p => Assert.True(p.Value.IsNormalized(NormalizationForm.FormC), $"{p.Key} is not NFC"));
        // The same placeholders in both languages.
        Assert.All(vi, p => Assert.Equal(Placeholders(p.Value), Placeholders(en[p.Key])));
    }

    [Fact]
    public void Every_key_the_pages_use_is_in_the_tables()
    {
        var vi = Table("vi");
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var html in Directory.GetFiles(WebRoot, "*.html").Where(f => Path.GetFileName(f) != "login.html"))
        {
            used.UnionWith(DataI18n().Matches(File.ReadAllText(html)).Select(m => m.Groups[1].Value));
        }
        foreach (var js in Directory.GetFiles(WebRoot, "*.js"))
        {
            var code = File.ReadAllText(js);
            used.UnionWith(LiteralT().Matches(code).Select(m => m.Groups[1].Value));
            if (Path.GetFileName(js) != "i18n.js")
            {
                // A key built at run time would escape this test: pages call t("literal") only.
                var built = AnyT().Matches(code).Select(m => m.Value).Where(c => !LiteralT().IsMatch(c)).ToList();
                Assert.Empty(built);
            }
        }
        Assert.True(used.Count > 100, $"only {used.Count} keys found: the patterns no longer match the pages");
        var missing = used.Where(k => !vi.ContainsKey(k)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_enum_value_of_the_record_and_the_api_has_words()
    {
        var vi = Table("vi");
        var values = new Dictionary<string, IEnumerable<string>>
        {
            ["status"] = JsonNames<FileStatus>(),
            ["stage"] = [.. JsonNames<PipelineStage>(), "starting"],
            ["qualifier"] = JsonNames<DeadlineQualifier>(),
            ["relation"] = JsonNames<ReferenceRelation>(),
            ["role"] = JsonNames<AccountRole>(),
            // The API writes a page's source with ToString() (ApiEndpoints.Plan).
            ["source"] = Enum.GetNames<TextSource>(),
            // The vocabulary's comparators, and "x" and "=" that TargetFinder writes itself.
            ["comparator"] = [.. File.ReadLines(Path.Combine(CorpusFiles.Root, "src", "Ingest", "Extraction", "Vocabulary", "target-comparators.tsv"))
                .Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')[1]), "x", "="],
            // AuditEntry.Action.
            ["action"] = ["upload", "retry", "correct", "delete", "reprocess"],
            ["refusal"] = JsonNames<UploadRefusal>(),
            ["failure"] = JsonNames<FileFailure>(),
            ["field"] = CorrectionStore.Fields,
            ["export"] = Ingest.Export.ExportKind.All.Select(k => k.Name),
            ["region"] = JsonNames<Ingest.Ocr.RegionKind>(),
        };
        var missing = values.SelectMany(p => p.Value.Select(v => $"{p.Key}.{v}")).Where(k => !vi.ContainsKey(k)).ToList();
        Assert.Empty(missing);

        // Every word("prefix", value) a page calls is one of those checked here.
        var prefixes = Directory.GetFiles(WebRoot, "*.js").SelectMany(f => WordCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();
        Assert.NotEmpty(prefixes);
        Assert.Empty(prefixes.Except(values.Keys));
    }

    private static IEnumerable<string> JsonNames<T>()
        where T : struct, Enum =>
        typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name);

    private static string Placeholders(string s) => string.Join(",", Placeholder().Matches(s).Select(m => m.Value).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"data-i18n(?:-[a-z-]+)?=""([^""]+)""")]
    private static partial Regex DataI18n();

    [GeneratedRegex(@"(?<![\w.$])t\(\s*""([^""]+)""")]
    private static partial Regex LiteralT();

    [GeneratedRegex(@"(?<![\w.$])t\([^)]{0,40}")]
    private static partial Regex AnyT();

    [GeneratedRegex(@"(?<![\w.$])word\(\s*""([a-z_]+)""")]
    private static partial Regex WordCall();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
