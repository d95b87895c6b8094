namespace ReportGen.Documents.Writers.Html;

/// <summary>
/// The one stylesheet, inlined into every report (no external resources). Screen sizes are in rem
/// so a reader's font setting still applies; print uses the GB/T 9704-2012 page: A4, 版心
/// 156 mm × 225 mm, 三号 (16 pt) 仿宋 on a 28.95 pt line pitch (22 lines a page), 二号 title.
/// Hidden table captions stay in flow (1px, clipped) rather than absolutely positioned: an
/// absolute caption makes Chromium draw a double rule under thead in a collapsed table; they wrap
/// (white-space: normal), since an unwrapped caption would widen its table past the column.
/// Punctuation compression is CSS's own (text-spacing-trim: normal — adjacent marks collapse,
/// a line-start opening mark keeps its width, a line-end mark is halved only when it would not
/// fit), the same rule as the PDF layout. Tables fit a desktop column (≥ 1000 px) without
/// scrolling; on a phone (screen only, never print) they scroll inside their container with the
/// label columns sticky. The title's type follows the text column's own width (container query
/// units on main), not the window's: a classic scrollbar or the page's padding would otherwise
/// push the model's title line past the column and break it inside a word.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
:root {
  --body-font: "仿宋_GB2312", "FangSong", "STFangsong", "Noto Serif CJK SC", serif;
  --title-font: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", serif;
  --hei-font: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif;
  --kai-font: "楷体_GB2312", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif;
}
html { font-size: 100%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: #000; }
main { box-sizing: content-box; max-width: 156mm; margin: 0 auto; padding: 2rem 1rem 3rem; container-type: inline-size; }
article { font-family: var(--body-font); font-size: 1.3333rem; line-height: 1.8; overflow-wrap: break-word; text-spacing-trim: normal; line-break: strict; }
h1, h2, h3, h4, h5 { font-size: 1em; font-weight: normal; line-height: inherit; margin: 0; text-indent: 2em; }
h1.title { font-family: var(--title-font); font-size: clamp(0.75em, calc(100cqi / var(--title-em, 20)), 1.375em); line-height: 1.6; text-align: center; text-indent: 0; margin: 0 0 1.2em; }
h2 { font-family: var(--hei-font); }
h3 { font-family: var(--kai-font); }
h4, h5 { font-family: var(--body-font); }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.plain { text-indent: 0; text-align: left; }
p.center { text-indent: 0; text-align: center; }
p.right { text-indent: 0; text-align: right; }
p.note { text-indent: 0; font-size: 0.75em; line-height: 1.6; margin: 0.3em 0 0.6em; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
caption.sr-only { position: static; width: auto; height: 1px; margin: 0 0 -1px; clip: auto; clip-path: inset(50%); white-space: normal; }
.table-scroll { overflow-x: auto; margin: 0.6em 0; }
table { width: 100%; border-collapse: collapse; font-size: 0.75em; line-height: 1.4; }
table.compact { font-size: 0.6875em; }
col { width: var(--pct); }
caption { font-family: var(--hei-font); padding-bottom: 0.4em; }
th, td { border: 1px solid #000; padding: 0.25em 0.35em; vertical-align: middle; font-weight: normal; text-wrap: balance; }
table.compact th, table.compact td { padding: 0.2em 0.15em; }
.w { white-space: nowrap; }
.al-l { text-align: left; }
.al-c { text-align: center; }
.al-r { text-align: right; }
figure { margin: 0.8em 0; }
figcaption { text-align: center; font-size: 0.875em; line-height: 1.6; margin-top: 0.4em; }
.figure-box { display: flex; align-items: center; justify-content: center; min-height: 12em; border: 1px solid #000; padding: 1em; color: #555; font-size: 0.875em; text-align: center; }
.figure-img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
table.chart-data { margin-top: 0.6em; }
svg.chart { display: block; width: 100%; height: auto; font-family: var(--body-font); fill: #000; }
.chart-details { font-size: 0.75em; margin-top: 0.3em; }
.chart-details summary { cursor: pointer; color: #333; }
.chart-details table { font-size: 1em; }
.signature { text-align: right; margin-top: 1.8em; }
.signature-lines { display: inline-block; text-align: left; margin-right: 2em; }
.signature-lines p { text-indent: 0; text-align: left; }
.signature-lines p.date { padding-left: 2em; }
.page-break { height: 0; }
@media screen and (max-width: 999px) {
  .table-scroll > table[style] { table-layout: fixed; width: var(--phone-width); min-width: 100%; border-collapse: separate; border-spacing: 0; border-top: 1px solid #000; border-left: 1px solid #000; }
  .table-scroll > table[style] th, .table-scroll > table[style] td { border-width: 0 1px 1px 0; }
  .table-scroll > table[style] col { width: var(--em, var(--pct)); }
  .lc { position: sticky; left: 0; z-index: var(--z, 1); background: #fff; }
}
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :left { margin: 37mm 28mm 35mm 26mm; }
@page :right {
  @bottom-right { content: "\2014  " counter(page) " \2014"; font-family: "宋体", "SimSun", "Noto Serif CJK SC", serif; font-size: 14pt; vertical-align: top; padding-top: 7mm; margin-right: 14pt; }
}
@page :left {
  @bottom-left { content: "\2014  " counter(page) " \2014"; font-family: "宋体", "SimSun", "Noto Serif CJK SC", serif; font-size: 14pt; vertical-align: top; padding-top: 7mm; margin-left: 14pt; }
}
@media print {
  main { max-width: none; padding: 0; }
  article { font-size: 16pt; line-height: 28.95pt; }
  h1.title { font-size: 22pt; line-height: 35pt; margin-bottom: 28.95pt; }
  p.note { font-size: 12pt; line-height: 20pt; }
  table { font-size: 10.5pt; line-height: 1.35; }
  figcaption { font-size: 14pt; }
  .table-scroll { overflow: visible; }
  thead { display: table-header-group; }
  tr, figure, .figure-box, svg.chart { break-inside: avoid; }
  .chart-details { display: none; }
  h1, h2, h3, h4, h5, caption { break-after: avoid; }
  .signature { break-inside: avoid; break-before: avoid; }
  .page-break { break-after: page; }
}
""";
}
