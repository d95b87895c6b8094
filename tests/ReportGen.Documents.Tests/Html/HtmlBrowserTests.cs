using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ReportGen.Documents.Document;
using ReportGen.Testing;

namespace ReportGen.Documents.Tests.Html;

/// <summary>The generated HTML as a portal reader's browser shows it: Debian's chromium through Playwright.</summary>
public sealed class HtmlBrowserTests
{
    [ExternalFact("chromium")]
    public async Task Generated_report_has_no_serious_accessibility_violations_and_no_horizontal_overflow()
    {
        var html = HtmlTestSupport.Render(SampleDocuments.Small());
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(1200, 900);
        await page.SetContentAsync(html);

        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "the page scrolls sideways at 1200 px");

        AxeResult axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
