// The left-hand form, generated from the format definition and the field catalog (FormDescription):
// basic data, the sections as paragraph editors with sub-headings, and the statistics grids.
import { el } from './api.js';
import { getAt, joinPath } from './paths.js';
import { renderGrid } from './grid.js';

let uid = 0;
const nextId = prefix => `${prefix}-${++uid}`;

/** Builds the whole form into `form`; ctx carries the data, the change callbacks and the registries. */
export function renderForm(form, nav, description, ctx) {
  form.replaceChildren();
  nav.replaceChildren();
  const add = (id, title, content) => {
    const heading = el('h2', { id: `${id}-title`, text: title });
    form.append(el('section', { id, class: 'form-section', 'aria-labelledby': `${id}-title` }, heading, content));
    nav.append(el('a', { href: `#${id}`, text: title }));
  };
  add('basic', '基本信息', basicFields(description.basic, ctx));
  add('preamble-section', '引言（标题之后的段落，可不填）', bodyEditor('preamble', ctx, { paragraphsOnly: true }));
  const tables = new Map(description.tables.map(t => [t.id, t]));
  if (description.format.fixedOutline) {
    for (const section of description.sections) {
      const id = `section-${section.key}`;
      if (section.kind === 'table') add(id, section.heading, tableBlock(tables.get(section.table), ctx));
      else add(id, section.heading, narrativeSection(section, ctx));
    }
  } else {
    add('free-sections', '正文各部分', freeSections(ctx));
    for (const table of description.tables) add(`table-${table.id}`, table.name, tableBlock(table, ctx));
  }
  add('figures', '图表', figureList(ctx, description));
}

function hint(text) {
  return el('p', { class: 'hint', text });
}

function basicFields(fields, ctx) {
  const grid = el('div', { class: 'basic-grid' });
  for (const field of fields) {
    const id = nextId('f');
    const label = el('label', { for: id }, field.title, field.required ? el('span', { class: 'req', 'aria-hidden': 'true', text: ' *' }) : null);
    let control;
    const value = getAt(ctx.data(), field.path);
    if (field.choices) {
      control = el('select', { id }, el('option', { value: '', text: '（未选择）' }),
        field.choices.map(c => el('option', { value: c.value, text: c.title, selected: c.value === value })));
      control.addEventListener('change', () => ctx.change(field.path, control.value || undefined));
    } else if (field.kind === 'lines') {
      control = el('textarea', { id, rows: 2 });
      control.value = Array.isArray(value) ? value.join('\n') : value ?? '';
      control.addEventListener('input', () => {
        const lines = control.value.split('\n').map(s => s.trim()).filter(Boolean);
        ctx.change(field.path, lines.length ? lines : undefined);
      });
    } else {
      control = el('input', { id, type: 'text', readonly: field.readOnly, placeholder: field.kind === 'date' ? 'YYYY-MM-DD' : undefined });
      control.value = value ?? '';
      control.addEventListener('input', () => {
        const text = control.value.trim();
        ctx.change(field.path, text === '' ? undefined : field.kind === 'integer' && /^\d+$/.test(text) ? Number(text) : text);
      });
    }
    control.setAttribute('aria-describedby', `${id}-hint`);
    // A choice's description names its YAML values (government：…); the list already shows the Chinese ones.
    const wrap = el('div', { class: 'field' }, label, control, el('p', { class: 'hint', id: `${id}-hint`, text: field.choices ? '' : field.description }));
    ctx.register(field.path, wrap, control);
    grid.append(wrap);
  }
  return grid;
}

function tableBlock(table, ctx) {
  return el('div', {}, hint('在纸质表格对应的格子里填写数字；不填表示空白（不是 0），灰色格子由工具自动合计。'), renderGrid(table, ctx),
    el('div', { class: 'grid-diags', dataset: { tableDiags: table.id } }));
}

function narrativeSection(section, ctx) {
  const box = el('div');
  if (section.subtopics.length === 0) {
    box.append(bodyEditor(section.path, ctx));
    ctx.register(section.path, box, null);
    return box;
  }
  box.append(el('h3', { text: '开头段落（可不填）' }), bodyEditor(`${section.path}.intro`, ctx));
  for (const sub of section.subtopics) box.append(subtopic(sub, ctx));
  ctx.register(section.path, box, null);
  return box;
}

/** One aspect of 总体情况: the format's sub-heading, or the agency's own (heading + body). */
function subtopic(sub, ctx) {
  const id = nextId('h');
  const value = getAt(ctx.data(), sub.path);
  const own = value && !Array.isArray(value) && typeof value === 'object';
  const bodyPath = () => {
    const v = getAt(ctx.data(), sub.path);
    return v && !Array.isArray(v) && typeof v === 'object' ? `${sub.path}.body` : sub.path;
  };
  const headingInput = el('input', { id, type: 'text', placeholder: sub.heading });
  headingInput.value = own ? value.heading ?? '' : '';
  headingInput.addEventListener('input', () => {
    const text = headingInput.value.trim();
    const current = getAt(ctx.data(), sub.path);
    const body = Array.isArray(current) ? current : current?.body;
    ctx.change(sub.path, text ? { heading: text, body: body ?? [] } : body && body.length ? body : undefined, { rerender: false });
  });
  const editor = bodyEditor(bodyPath, ctx);
  const box = el('fieldset', { class: 'subtopic' },
    el('legend', { text: sub.heading }),
    el('div', { class: 'field inline' }, el('label', { for: id, text: '本单位的小标题（可不填，不填则用上面的标题）' }), headingInput),
    editor);
  ctx.register(sub.path, box, headingInput);
  return box;
}

/**
 * A body (list of paragraphs, sub-headings, figures, tables) with add, remove and reorder. `path` may be a
 * function when the body moves (a sub-topic given its own heading).
 */
export function bodyEditor(path, ctx, { paragraphsOnly = false, depth = 1 } = {}) {
  const where = () => (typeof path === 'function' ? path() : path);
  const box = el('div', { class: 'body-editor' });
  const draw = () => {
    box.replaceChildren();
    const items = getAt(ctx.data(), where());
    const list = Array.isArray(items) ? items : [];
    list.forEach((item, i) => box.append(bodyItem(where, list, item, i, ctx, draw, depth)));
    const buttons = el('div', { class: 'add-row' },
      el('button', { type: 'button', text: '＋ 添加段落', onclick: () => { insert(where, ctx, ''); draw(); focusLast(box); } }));
    if (!paragraphsOnly && depth < 4)
      buttons.append(el('button', { type: 'button', text: '＋ 添加小标题', onclick: () => { insert(where, ctx, { heading: '', body: [''] }); draw(); focusLast(box); } }));
    box.append(buttons);
  };
  draw();
  return box;
}

function focusLast(box) {
  const fields = box.querySelectorAll(':scope > .body-item:last-of-type textarea, :scope > .body-item:last-of-type input');
  fields[0]?.focus();
}

function insert(where, ctx, item) {
  const list = getAt(ctx.data(), where());
  const next = Array.isArray(list) ? [...list, item] : [item];
  ctx.change(where(), next, { rerender: false });
}

function bodyItem(where, list, item, i, ctx, redraw, depth) {
  const itemPath = () => joinPath(where(), i);
  const controls = el('div', { class: 'item-tools' },
    el('button', { type: 'button', 'aria-label': '上移', title: '上移', text: '↑', disabled: i === 0, onclick: () => move(-1) }),
    el('button', { type: 'button', 'aria-label': '下移', title: '下移', text: '↓', disabled: i === list.length - 1, onclick: () => move(1) }),
    el('button', { type: 'button', 'aria-label': '删除', title: '删除', text: '✕', onclick: () => remove() }));
  function move(delta) {
    const next = [...getAt(ctx.data(), where())];
    const [moved] = next.splice(i, 1);
    next.splice(i + delta, 0, moved);
    ctx.change(where(), next, { rerender: false });
    redraw();
  }
  function remove() {
    const next = [...getAt(ctx.data(), where())];
    next.splice(i, 1);
    ctx.change(where(), next.length ? next : undefined, { rerender: false });
    redraw();
  }
  if (typeof item === 'string') {
    const id = nextId('p');
    const area = el('textarea', { id, class: 'paragraph', 'aria-label': `第${i + 1}段`, rows: 3 });
    area.value = item;
    area.addEventListener('input', () => ctx.change(itemPath(), area.value));
    const cite = el('button', { type: 'button', class: 'cite', text: '插入数值引用…', onclick: () => ctx.cite(area) });
    const box = el('div', { class: 'body-item paragraph-item' }, el('div', { class: 'item-head' }, el('span', { class: 'item-label', text: `第${i + 1}段` }), cite, controls), area);
    ctx.register(`${where()}[${i}]`, box, area);
    return box;
  }
  if (item && typeof item === 'object' && 'heading' in item && !('figure' in item)) {
    const id = nextId('s');
    const heading = el('input', { id, type: 'text', class: 'sub-heading' });
    heading.value = item.heading ?? '';
    heading.addEventListener('input', () => ctx.change(`${itemPath()}.heading`, heading.value));
    const box = el('fieldset', { class: `body-item sub-section depth-${depth}` },
      el('legend', {}, el('label', { for: id, text: `小标题` })), el('div', { class: 'item-head' }, heading, controls),
      bodyEditor(() => `${itemPath()}.body`, ctx, { depth: depth + 1 }));
    ctx.register(`${where()}[${i}]`, box, heading);
    return box;
  }
  // Figures and tables written in the data: listed here, drawn in the preview, edited in the YAML file.
  const kind = item?.figure !== undefined ? `图：${item.figure}${item.chart ? `（${ctx.chartKinds[item.chart.kind] ?? item.chart.kind}）` : item.picture ? '（图片）' : ''}` : '表格（在数据文件中编辑）';
  const box = el('div', { class: 'body-item figure-item' }, el('div', { class: 'item-head' }, el('span', { text: kind }), controls));
  ctx.register(`${where()}[${i}]`, box, null);
  return box;
}

/** The pre-2019 format's own sections: heading and body each, added, removed and reordered by staff. */
function freeSections(ctx) {
  const box = el('div', { class: 'free-sections' });
  const draw = () => {
    box.replaceChildren();
    const sections = getAt(ctx.data(), 'sections');
    const list = Array.isArray(sections) ? sections : [];
    list.forEach((section, i) => {
      const id = nextId('sec');
      const heading = el('input', { id, type: 'text', class: 'section-heading' });
      heading.value = section?.heading ?? '';
      heading.addEventListener('input', () => ctx.change(`sections[${i}].heading`, heading.value));
      const move = delta => {
        const next = [...getAt(ctx.data(), 'sections')];
        const [moved] = next.splice(i, 1);
        next.splice(i + delta, 0, moved);
        ctx.change('sections', next, { rerender: false });
        draw();
      };
      const tools = el('div', { class: 'item-tools' },
        el('button', { type: 'button', 'aria-label': '上移本部分', title: '上移', text: '↑', disabled: i === 0, onclick: () => move(-1) }),
        el('button', { type: 'button', 'aria-label': '下移本部分', title: '下移', text: '↓', disabled: i === list.length - 1, onclick: () => move(1) }),
        el('button', { type: 'button', 'aria-label': '删除本部分', title: '删除', text: '✕', onclick: () => {
          const next = [...getAt(ctx.data(), 'sections')];
          next.splice(i, 1);
          ctx.change('sections', next, { rerender: false });
          draw();
        } }));
      const part = el('fieldset', { class: 'free-section' },
        el('legend', {}, el('label', { for: id, text: `第${i + 1}部分标题` })),
        el('div', { class: 'item-head' }, heading, tools),
        bodyEditor(`sections[${i}].body`, ctx));
      ctx.register(`sections[${i}]`, part, heading);
      box.append(part);
    });
    box.append(el('div', { class: 'add-row' }, el('button', { type: 'button', text: '＋ 添加一部分', onclick: () => {
      const current = getAt(ctx.data(), 'sections');
      ctx.change('sections', [...(Array.isArray(current) ? current : []), { heading: '', body: [''] }], { rerender: false });
      draw();
    } })));
  };
  draw();
  ctx.register('sections', box, null);
  return box;
}

/** Every figure the data declares, wherever it is; each is drawn in the preview from the model. */
function figureList(ctx) {
  const box = el('div', { class: 'figure-list' });
  const found = [];
  const walk = (node, path) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
    else if (node && typeof node === 'object') {
      if ('figure' in node) found.push({ path, node });
      for (const [k, v] of Object.entries(node)) if (k !== 'chart') walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(ctx.data(), '');
  if (found.length === 0) box.append(hint('本报告没有图表。图表在数据文件中用 figure 和 chart 声明，显示在右侧预览中。'));
  else box.append(el('ul', {}, found.map(f => el('li', {},
    `${f.node.figure}　`, el('span', { class: 'muted', text: f.node.chart ? `${ctx.chartKinds[f.node.chart.kind] ?? f.node.chart.kind}，数据：${(f.node.chart.rows ?? []).join('、')}` : f.node.picture ? `图片 ${f.node.picture}` : '' })))));
  return box;
}
