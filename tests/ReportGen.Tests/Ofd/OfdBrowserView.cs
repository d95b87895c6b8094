using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Microsoft.Playwright;
using ReportGen.Testing;

namespace ReportGen.Tests.Ofd;

/// <summary>
/// One page as ofd.js shows it: the text its DOM exposes, the same text per text object (ofd.js draws each
/// TextObject as an &lt;svg&gt; stacked by its ID, so the ID is read back from the z-index) and a screenshot.
/// </summary>
public sealed record OfdRenderedPage(string Text, IReadOnlyList<(int Id, string Text)> TextObjects, byte[] Png);

/// <summary>What ofd.js made of a package, with every script error and console error the page reported.</summary>
public sealed record OfdRendering(IReadOnlyList<OfdRenderedPage> Pages, IReadOnlyList<string> Errors);

/// <summary>
/// Opens an OFD package with ofd.js in Debian's chromium and renders every page at 96 dpi
/// (ofd.js's page scale is pixels per millimetre: 96 / 25.4).
/// </summary>
public static class OfdBrowserView
{
    public const double Dpi = 96;

    /// <summary>
    /// ofd.js 0.2.6 does not load embedded font files: it names FamilyName (through its own alias table,
    /// below) as the CSS font-family and lets the browser find an installed font. A complete reader uses
    /// the package's fonts, so with <paramref name="packageFonts"/> the page first declares each
    /// FontFile of PublicRes.xml as a web font under those names — which also has Chromium's font
    /// sanitiser (OTS) accept or reject every embedded subset. Without it the machine's fallback faces draw.
    /// </summary>
    public static async Task<OfdRendering> RenderAsync(Browser browser, byte[] ofd, bool packageFonts = true)
    {
        var bundle = await OfdJs.BundleAsync();
        var page = await browser.NewPageAsync(820, 1200);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add("page error: " + e);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add("console error: " + m.Text); };
        var css = packageFonts ? FontFaces(ofd) : "";
        await page.SetContentAsync($"<!doctype html><html><head><meta charset=\"utf-8\"><style>html,body{{margin:0;padding:0;background:#fff}}{css}</style></head><body><div id=\"out\"></div></body></html>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = bundle });
        var count = await page.EvaluateAsync<int>("""
            async ([b64, scale]) => {
              const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
              const docs = await new Promise((resolve, reject) => ofd.parseOfdDocument({
                ofd: bytes.buffer, success: resolve, fail: e => reject(new Error('ofd.js: ' + e)) }));
              ofd.setPageScale(scale);
              const divs = ofd.renderOfdByScale(docs[0]);
              const out = document.getElementById('out');
              // Each page at a whole-pixel offset (ofd.js stacks them 1122.5 px apart), so no screenshot starts mid-pixel.
              divs.forEach((d, i) => { d.style.position = 'absolute'; d.style.left = '0'; d.style.top = (i * 1200) + 'px'; d.style.margin = '0'; out.appendChild(d); });
              await document.fonts.ready;
              // Pictures are data URLs in SVG <image>: decode them before any screenshot.
              const hrefs = [...document.querySelectorAll('image')].map(i => i.href.baseVal);
              await Promise.all(hrefs.map(h => { const im = new Image(); im.src = h; return im.decode().catch(() => {}); }));
              return divs.length;
            }
            """, new object[] { Convert.ToBase64String(ofd), Dpi / 25.4 });
        var pages = new List<OfdRenderedPage>();
        var divs = await page.QuerySelectorAllAsync("#out > div");
        foreach (var div in divs)
        {
            var text = await div.EvaluateAsync<string>("d => d.textContent");
            var objects = await div.EvaluateAsync<string[][]>(
                "d => [...d.querySelectorAll(':scope > svg')].filter(s => s.querySelector('text')).map(s => [s.style.zIndex, s.textContent])");
            var png = await div.ScreenshotAsync(new ElementHandleScreenshotOptions { Type = ScreenshotType.Png });
            pages.Add(new OfdRenderedPage(text, objects.Select(o => (int.Parse(o[0]), o[1])).ToList(), png));
        }
        Assert.Equal(count, pages.Count);
        await page.Context.CloseAsync();
        return new OfdRendering(pages, errors);
    }

    /// <summary>@font-face rules for the package's embedded fonts, under every name ofd.js will ask for.</summary>
    private static string FontFaces(byte[] ofd)
    {
        XNamespace ns = "http://www.ofdspec.org/2016";
        using var zip = new ZipArchive(new MemoryStream(ofd), ZipArchiveMode.Read);
        var res = XDocument.Load(zip.GetEntry("Doc_0/PublicRes.xml")!.Open()).Root!;
        var baseLoc = (string?)res.Attribute("BaseLoc") ?? "";
        var css = new StringBuilder();
        foreach (var font in res.Descendants(ns + "Font"))
        {
            var name = (string?)font.Attribute("FamilyName") ?? (string)font.Attribute("FontName")!;
            var file = (string)font.Element(ns + "FontFile")!;
            using var stream = zip.GetEntry($"Doc_0/{baseLoc}/{file}")!.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var url = $"url(data:font/{(file.EndsWith(".otf") ? "otf" : "ttf")};base64,{Convert.ToBase64String(bytes.ToArray())})";
            foreach (var family in CssFamilies(name))
                css.Append("@font-face{font-family:\"").Append(family).Append("\";src:").Append(url).Append('}');
        }
        return css.ToString();
    }

    /// <summary>ofd.js 0.2.6's getFontFamily: a few Chinese names are replaced by alias lists (the first alias the browser has wins).</summary>
    private static IEnumerable<string> CssFamilies(string name)
    {
        (string Key, string Families)[] table =
        [
            ("楷体", "楷体, KaiTi, Kai, simkai"), ("kaiti", "楷体, KaiTi, Kai, simkai"), ("Kai", "楷体, KaiTi, Kai"),
            ("simsun", "SimSun, simsun, Songti SC"), ("宋体", "SimSun, simsun, Songti SC"), ("黑体", "SimHei, STHeiti, simhei"),
            ("仿宋", "FangSong, STFangsong, simfang"), ("小标宋体", "sSun"), ("方正小标宋_gbk", "sSun"),
            ("仿宋_gb2312", "FangSong, STFangsong, simfang"), ("楷体_gb2312", "楷体, KaiTi, Kai, simkai"),
            ("couriernew", "Courier New"), ("courier new", "Courier New"),
        ];
        var font = name;
        foreach (var (key, families) in table)
            if (key.Equals(font, StringComparison.OrdinalIgnoreCase)) { font = families; break; }
        foreach (var (key, families) in table)
            if (font.Contains(key, StringComparison.OrdinalIgnoreCase))
                return families.Split(',', StringSplitOptions.TrimEntries);
        return [font];
    }
}
