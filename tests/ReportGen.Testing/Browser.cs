using Microsoft.Playwright;

namespace ReportGen.Testing;

/// <summary>
/// Debian's chromium driven by Playwright (Playwright cannot download its own browsers here). Tests that use
/// it are <see cref="ExternalFactAttribute"/>("chromium"). One browser per call; dispose it.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    readonly IPlaywright _playwright;
    public IBrowser Chromium { get; }

    Browser(IPlaywright playwright, IBrowser chromium) { _playwright = playwright; Chromium = chromium; }

    /// <summary>The flags keep chromium off the network this sandbox refuses (background services, updates).</summary>
    public static async Task<Browser> LaunchAsync()
    {
        var path = ExternalPrograms.Find("chromium") ?? throw new InvalidOperationException(
            "chromium is not installed: " + ExternalPrograms.InstallLine(["chromium"]));
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            // Playwright's own 30 s limits would fail a test on a busy machine; only the hang guard remains.
            Timeout = (float)ManualClock.HangGuard.TotalMilliseconds,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return new Browser(playwright, chromium);
    }

    public async Task<IPage> NewPageAsync(int width = 1200, int height = 900)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout((float)ManualClock.HangGuard.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)ManualClock.HangGuard.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.CloseAsync();
        _playwright.Dispose();
    }
}
