using Microsoft.Playwright;

namespace Ingest.Tests.Web;

/// <summary>Debian's Chromium as every browser test drives it: headless, and quiet on a machine with no network.</summary>
internal static class HeadlessChromium
{
    /// <summary>Where the `chromium` package puts it (./test installs it).</summary>
    public const string Path = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(Path), "Chromium is missing: ./test installs the `chromium` package");
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Path,
            Headless = true,
            // This machine's network is closed: Chromium's background connections would only fail.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }
}
