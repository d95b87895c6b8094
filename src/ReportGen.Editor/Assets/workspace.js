// The workspace page: every report in data/ with its status and outputs; build, create next year's, import.
import { el, getJson, postEvents, postForm, postJson } from './api.js';

const $ = id => document.getElementById(id);
let reports = [];

function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function status(r) {
  const parts = [];
  if (r.errors) parts.push(el('span', { class: 'badge error', text: `错误 ${r.errors}` }));
  if (r.warnings) parts.push(el('span', { class: 'badge warning', text: `警告 ${r.warnings}` }));
  if (r.drafts) parts.push(el('span', { class: 'badge draft', text: `待填写 ${r.drafts}` }));
  if (!parts.length) parts.push(el('span', { class: 'badge ok', text: '检查通过' }));
  if (r.firstError) parts.push(el('div', { class: 'first-error', text: r.firstError }));
  return parts;
}

function outputs(r) {
  if (!r.built) return [el('span', { class: 'muted', text: '尚未生成' })];
  const names = { docx: 'Word', pdf: 'PDF', html: '网页' };
  return [
    el('div', { class: r.stale ? 'stale' : 'muted', text: `${when(r.built)}${r.stale ? '（数据已修改，需重新生成）' : ''}` }),
    el('div', { class: 'links' }, r.outputs.map(o => el('a', { href: o.url, target: o.format === 'html' ? '_blank' : undefined, text: names[o.format] ?? o.format }))),
  ];
}

function row(r, latest) {
  const id = `${r.agency}/${r.year}`;
  const actions = el('div', { class: 'row-actions' },
    el('a', { class: 'button', href: `/edit/${r.agency}/${r.year}`, text: '编辑' }),
    el('button', { type: 'button', text: '生成', onclick: () => build([id]) }));
  if (latest) actions.append(el('button', { type: 'button', class: 'new-year', dataset: { agency: r.agency },
    text: `新建${r.year + 1}年度报告`, onclick: () => createNext(r) }));
  return el('tr', { dataset: { report: id } },
    el('th', { scope: 'row' }, el('div', { text: r.name }), el('div', { class: 'muted', text: r.agency })),
    el('td', { text: `${r.year}年` }),
    el('td', { text: r.format ?? '（无法识别）' }),
    el('td', {}, status(r)),
    el('td', {}, outputs(r)),
    el('td', {}, actions));
}

function draw() {
  const latest = new Map();
  for (const r of reports) if (!latest.has(r.agency) || latest.get(r.agency).year < r.year) latest.set(r.agency, r);
  const table = el('table', { class: 'report-table' },
    el('thead', {}, el('tr', {}, ['机关', '年度', '格式', '检查结果', '已生成的文件', '操作'].map(h => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, reports.map(r => row(r, latest.get(r.agency) === r))));
  $('reports').replaceChildren(reports.length ? table : el('p', { text: 'data/ 文件夹中还没有报告。可以导入已发布的报告，或用 reportgen init 创建示例。' }));
  $('reports').setAttribute('aria-busy', 'false');
}

async function load() {
  const body = await getJson('/api/workspace');
  reports = body.reports;
  draw();
}

async function createNext(r) {
  const year = r.year + 1;
  try {
    const body = await postJson('/api/new', { agency: r.agency, year });
    location.href = body.url;
  } catch (e) {
    log(`新建失败：${e.message}`, 'error');
    for (const d of e.body?.diagnostics ?? []) log(`${d.severityWord} ${d.rule}：${d.message}`, 'error');
  }
}

function log(text, kind = '') {
  $('build-log').append(el('li', { class: kind, text }));
}

async function build(ids) {
  $('build-log').replaceChildren();
  $('build-all').disabled = true;
  try {
    await postEvents('/api/build', ids ? { reports: ids } : {}, (name, data) => {
      if (name === 'begin') log(`开始生成 ${data.total} 份报告……`);
      if (name === 'start') log(`正在生成 ${data.id} ……`);
      if (name === 'done') {
        log(data.ok ? `已生成 ${data.id}（警告 ${data.warnings} 个）` : `未生成 ${data.id}：${data.errors} 个错误${data.firstError ? '，' + data.firstError.message : ''}`, data.ok ? 'ok' : 'error');
        const index = reports.findIndex(r => `${r.agency}/${r.year}` === data.id);
        if (index >= 0) { reports[index] = data.entry; draw(); }
      }
      if (name === 'end') log(`完成：生成 ${data.built} 份，失败 ${data.failed} 份，用时 ${data.seconds} 秒。`, data.failed ? 'error' : 'ok');
    });
  } catch (e) {
    log(`生成失败：${e.message}`, 'error');
  }
  $('build-all').disabled = false;
}

$('build-all').addEventListener('click', () => build(null));
$('import-form').addEventListener('submit', async event => {
  event.preventDefault();
  const result = $('import-result');
  result.replaceChildren(el('p', { text: '正在导入……' }));
  try {
    const body = await postForm('/api/import', new FormData($('import-form')));
    const items = [];
    if (body.written) items.push(el('p', { class: 'ok' }, `已导入：${body.target}（${body.agency ?? ''} ${body.year ?? ''}年，格式 ${body.format}）　`, el('a', { href: body.url, text: '打开编辑' })));
    else items.push(el('p', { class: 'error', text: body.message ?? '导入失败。' }));
    if (body.found?.length) items.push(el('p', { text: `识别到：${body.found.join('、')}` }));
    if (body.review?.length) items.push(el('p', { text: `需要核对 ${body.review.length} 处（已在文件中标“【待核对】”）：` }), el('ul', {}, body.review.slice(0, 20).map(r => el('li', { text: `${r.field}：${r.why}` }))));
    if (body.notFound?.length) items.push(el('p', { text: `未找到：${body.notFound.join('、')}` }));
    for (const d of body.diagnostics ?? []) items.push(el('p', { class: d.severity === 'error' ? 'error' : 'warning', text: `${d.severityWord} ${d.rule}：${d.message}` }));
    result.replaceChildren(...items);
    await load();
  } catch (e) {
    result.replaceChildren(el('p', { class: 'error', text: e.message }));
  }
});

load().catch(e => { $('reports').replaceChildren(el('p', { class: 'error', text: `无法读取工作区：${e.message}` })); });
