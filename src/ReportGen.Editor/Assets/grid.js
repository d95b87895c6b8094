// Statistics tables drawn as the official grids: merged headers and labels from the format (FormDescription),
// one input per cell staff type, derived cells (总计) shown read-only with the model's value from the server.
import { el } from './api.js';
import { getAt } from './paths.js';

/** The number a cell holds in the data (a row with one cell may be written as a bare number). */
export function cellValue(data, cell) {
  const row = getAt(data, cell.rowPath);
  if (cell.column === null || cell.column === undefined) return row;
  if (cell.scalar && (row === null || typeof row !== 'object')) return row;
  return row && typeof row === 'object' ? row[cell.column] : undefined;
}

/** Writes a cell as staff typed it: blank removes it (blank is not 0), digits become a number, anything else stays text for the loader to refuse. */
export function writeCell(data, cell, text, setAt) {
  const trimmed = text.trim();
  const value = trimmed === '' ? undefined : /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
  if (cell.column === null || cell.column === undefined) { setAt(data, cell.rowPath, value); return; }
  const row = getAt(data, cell.rowPath);
  if (cell.scalar && (row === null || row === undefined || typeof row !== 'object')) { setAt(data, cell.rowPath, value); return; }
  setAt(data, `${cell.rowPath}.${cell.column}`, value);
}

function display(value) {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * One table as a <table>: returns the element and registers every value cell (by diagnostic field) so
 * diagnostics can be shown on it; derivedCells collects the read-only cells to refresh from the model.
 */
export function renderGrid(table, ctx) {
  const caption = el('caption', { text: `${table.displayName === table.name ? '' : table.displayName + '　'}${table.name}` });
  const colgroup = el('colgroup', {}, Array.from({ length: table.columns }, () => el('col')));
  const head = el('thead', {}, table.head.map(row => el('tr', {}, row.map(c => headerCell(c, 'col')))));
  const body = el('tbody', {}, table.body.map(row => el('tr', {}, row.map(c => c.header ? headerCell(c, 'row') : valueCell(c, ctx)))));
  const grid = el('table', { class: `paper-grid grid-${table.id}`, dataset: { table: table.id } }, caption, colgroup, head, body);
  return el('div', { class: 'grid-wrap' }, grid);
}

function headerCell(c, scope) {
  return el('th', {
    scope: c.rowspan > 1 || c.colspan > 1 ? undefined : scope,
    rowspan: c.rowspan > 1 ? c.rowspan : undefined,
    colspan: c.colspan > 1 ? c.colspan : undefined,
    class: c.level ? `level-${c.level}` : undefined,
    text: c.text,
  });
}

function valueCell(c, ctx) {
  const td = el('td', { colspan: c.colspan > 1 ? c.colspan : undefined, class: c.derived ? 'derived' : 'entry' });
  if (c.derived) {
    const out = el('output', { 'aria-label': `${c.label}（自动计算）`, title: '自动计算，不能填写' });
    ctx.derived.push({ cell: c, node: out });
    td.append(out);
  } else {
    const input = el('input', {
      type: 'text',
      inputmode: c.decimal ? 'decimal' : 'numeric',
      'aria-label': c.label,
      autocomplete: 'off',
      spellcheck: 'false',
      dataset: { cell: `${c.table}.${c.cell}` },
    });
    input.value = display(cellValue(ctx.data(), c));
    input.addEventListener('input', () => ctx.changeCell(c, input.value));
    ctx.inputs.push({ cell: c, node: input });
    td.append(input);
  }
  for (const field of c.fields) ctx.register(field, td, td.querySelector('input,output'));
  ctx.citations.push(c);
  return td;
}

/** Refreshes the read-only cells with the model's values: never computed here. */
export function showModelCells(derived, cells) {
  for (const { cell, node } of derived) {
    const value = cells?.[cell.table]?.[cell.cell];
    node.value = value ?? '';
    node.textContent = value ?? '';
  }
}
