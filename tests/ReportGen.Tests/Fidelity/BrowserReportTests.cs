using System.Text.Json;
using Deque.AxeCore.Playwright;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Html;
using ReportGen.Testing;

namespace ReportGen.Tests.Fidelity;

/// <summary>
/// Generated reports as a portal reader's browser shows them (Debian's chromium through Playwright):
/// statutory tables fit a 1000 px window, scroll inside their container on a 375 px phone with the
/// labels in view, titles keep the model's lines, and axe finds nothing serious. Screenshots at
/// 1200 px and 375 px go to TestResults/screenshots for a person to look at.
/// </summary>
public sealed class BrowserReportTests
{
    private static string Html(string relativeFile)
    {
        var document = RenderedReports.Get(relativeFile).Document;
        using var writer = new StringWriter();
        new HtmlWriter().Write(document, writer);
        return writer.ToString();
    }

    private static string ScreenshotPath(string relativeFile, int width)
    {
        var dir = Path.Combine(TestRepo.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, $"{relativeFile.Replace("data/", "").Replace(".yaml", "").Replace('/', '_')}-{width}.png");
    }

    private sealed record Box(string Label, double ScrollWidth, double ClientWidth);

    private const string MeasureScript = """
        () => [{ label: 'document', scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }]
          .concat([...document.querySelectorAll('.table-scroll')].map(e => ({ label: e.getAttribute('aria-label'), scrollWidth: e.scrollWidth, clientWidth: e.clientWidth })))
        """;

    private static async Task<List<Box>> Measure(Microsoft.Playwright.IPage page)
        => JsonSerializer.Deserialize<List<Box>>((await page.EvaluateAsync<JsonElement>(MeasureScript)).GetRawText(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    /// <summary>Every report of data/, both formats, in one browser (a launch costs seconds).</summary>
    [ExternalFact("chromium")]
    public async Task No_table_scrolls_sideways_in_a_1000_px_window()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(1000, 900);
        var tables = 0;
        foreach (var file in RenderedReports.Files())
        {
            await page.SetContentAsync(Html(file));
            var boxes = await Measure(page);
            tables += boxes.Count - 1;
            Assert.All(boxes, b => Assert.True(b.ScrollWidth <= b.ClientWidth, $"{file}: {b.Label} is {b.ScrollWidth} px wide in {b.ClientWidth} px"));
        }
        Assert.True(tables >= 24, $"only {tables} tables measured");
    }

    [ExternalTheory("chromium")]
    [InlineData("data/yunxi/2024.yaml")]
    [InlineData("data/shili/2024.yaml")]
    public async Task On_a_phone_table_three_scrolls_in_its_container_and_keeps_its_labels_in_view(string file)
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(375, 800);
        await page.SetContentAsync(Html(file));
        var boxes = await Measure(page);
        Assert.True(boxes[0].ScrollWidth <= boxes[0].ClientWidth, $"the page scrolls sideways: {boxes[0].ScrollWidth} px");
        var three = boxes.Single(b => b.Label == "收到和处理政府信息公开申请情况");
        Assert.True(three.ScrollWidth > three.ClientWidth, "table 三 should scroll inside its container on a phone");
        await page.ScreenshotAsync(new() { Path = ScreenshotPath(file, 375), FullPage = true });

        // Scrolled to the far right, the row label is still at the container's left edge, and the
        // last number column is in view beside it.
        var result = await page.EvaluateAsync<JsonElement>("""
            () => {
              const box = document.querySelector('.table-scroll[aria-label="收到和处理政府信息公开申请情况"]');
              box.scrollLeft = box.scrollWidth;
              const label = [...box.querySelectorAll('.lc')].find(td => td.textContent === '1.属于国家秘密');
              const row = label.parentElement;
              const last = row.lastElementChild.getBoundingClientRect();
              const b = box.getBoundingClientRect(), l = label.getBoundingClientRect();
              return { scrolled: box.scrollLeft, boxLeft: b.left, boxRight: b.right, labelLeft: l.left, labelRight: l.right, lastLeft: last.left, lastRight: last.right };
            }
            """);
        double Get(string name) => result.GetProperty(name).GetDouble();
        Assert.True(Get("scrolled") > 0);
        Assert.InRange(Get("labelLeft") - Get("boxLeft"), -1, 1);
        Assert.True(Get("lastRight") <= Get("boxRight") + 1 && Get("lastLeft") >= Get("labelRight") - 1, "the last number column is hidden under the label");
    }

    [ExternalTheory("chromium")]
    [InlineData("data/yunxi/2024.yaml", 1200, 0)]
    [InlineData("data/yunxi/2024.yaml", 375, 0)]
    [InlineData("data/chuanying/2018.yaml", 375, 0)]
    [InlineData("data/yunxi-all/2024.yaml", 375, 0)]
    // A desktop browser's classic scrollbar (17 px) narrows the column, not the window: a title sized from the
    // window's width broke 「…年度报／告」 there.
    [InlineData("data/yunxi/2024.yaml", 375, 17)]
    public async Task The_title_keeps_the_lines_of_the_model_on_any_screen(string file, int width, int scrollbar)
    {
        var title = RenderedReports.Get(file).Document.Blocks.OfType<Title>().Single();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(width, 900);
        await page.SetContentAsync(Html(file));
        if (scrollbar > 0) await page.AddStyleTagAsync(new() { Content = $"body {{ margin-right: {scrollbar}px; }}" });
        // Distinct line boxes of the h1's text: one per model line, none broken further.
        var lines = await page.EvaluateAsync<int>("""
            () => { const r = document.createRange(); r.selectNodeContents(document.querySelector('h1.title'));
                    return new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top))).size; }
            """);
        Assert.Equal(title.Lines.Length, lines);
        if (width == 1200) await page.ScreenshotAsync(new() { Path = ScreenshotPath(file, 1200), FullPage = true });
    }

    [ExternalTheory("chromium")]
    [InlineData("data/yunxi/2024.yaml")]
    [InlineData("data/shili/2024.yaml")]
    [InlineData("data/lingdong/2018.yaml")]
    public async Task Generated_reports_have_no_serious_accessibility_violations(string file)
    {
        await using var browser = await Browser.LaunchAsync();
        foreach (var width in new[] { 1200, 375 })
        {
            var page = await browser.NewPageAsync(width, 900);
            await page.SetContentAsync(Html(file));
            var axe = await page.RunAxe();
            var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length})").ToList();
            Assert.True(serious.Count == 0, $"{file} at {width} px:\n" + string.Join("\n", serious));
        }
    }
}
