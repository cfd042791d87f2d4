using Ingest.Tests.App;
using Microsoft.Playwright;

namespace Ingest.Tests.Web;

/// <summary>
/// A real office scan's layout regions on its plan page, in a real browser (issue 15): hidden
/// until the page list's switch is turned on from the keyboard, then drawn over the page image
/// in reading order, the header's left column left of its right one.
/// </summary>
public sealed class PlanRegionsBrowserTests : IDisposable
{
    private const string Password = "mật khẩu đủ dài 2026";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_switch_draws_a_real_scans_regions_over_its_page_image()
    {
        var archive = Path.Combine(_dir.Path, "archive");
        var add = Cli.Run(_dir.Path, "add", RealFiles.Path_("danang-scans", "data", "1.pdf"), "--archive", archive);
        Assert.True(add.Exit == 0, add.Err);
        long planId;
        using (var catalog = Ingest.Catalog.PlanCatalog.Open(Path.Combine(archive, "catalog.db")))
        {
            catalog.Accounts.Add("lan", Ingest.Catalog.AccountRole.Reader, Password);
            planId = catalog.Plans.All()[0].Id;
        }
        using var service = await ServiceProcess.ServeAsync(archive);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "vi-VN", ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(service.Url!, $"/plan.html?id={planId}").ToString());
        await page.FillAsync("#name", "lan");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login-form button");

        var first = page.Locator("#pages .page").First;
        await Assertions.Expect(first.Locator("img")).ToBeVisibleAsync();
        // The page image rendered (its height is known only then).
        await page.WaitForFunctionAsync("() => document.querySelector('#pages .page img')?.naturalHeight > 0", null, new() { Timeout = 60_000 });
        var left = first.Locator(".region-header-left");
        var right = first.Locator(".region-header-right");
        await Assertions.Expect(left).ToHaveCountAsync(1);
        await Assertions.Expect(left).ToBeHiddenAsync();

        // The switch is a checkbox: reached and turned on from the keyboard.
        var toggle = page.Locator("#regions-toggle input");
        await Assertions.Expect(page.Locator("#regions-toggle")).ToHaveTextAsync("Hiện vùng bố cục");
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(left).ToBeVisibleAsync();
        await Assertions.Expect(left).ToHaveTextAsync("1. Cột trái đầu trang");
        await Assertions.Expect(right).ToHaveTextAsync("2. Cột phải đầu trang");
        await Assertions.Expect(first.Locator(".region-body").First).ToHaveTextAsync("3. Nội dung");
        var (image, l, r) = (await first.Locator("img").BoundingBoxAsync(), await left.BoundingBoxAsync(), await right.BoundingBoxAsync());
        Assert.True(image is not null && l is not null && r is not null);
        // Placed on the image in proportion: the left column in its left half, the right column after it.
        Assert.True(l.X >= image.X && l.X < image.X + image.Width / 2 && l.X + l.Width < r.X && r.X + r.Width <= image.X + image.Width + 1, $"{l.X},{l.Width} {r.X},{r.Width} in {image.X},{image.Width}");
        Assert.True(l.Y > image.Y && l.Y < image.Y + image.Height / 4, $"{l.Y} in {image.Y},{image.Height}");
        var shots = Path.Combine(CorpusFiles.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        await first.ScreenshotAsync(new() { Path = Path.Combine(shots, "plan-regions.png") });

        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(left).ToBeHiddenAsync();
    }
}
