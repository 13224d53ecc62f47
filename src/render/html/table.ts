import type { Column, HeaderNode, Row, Table } from '../../model/document.js';
import { nameText } from '../outline.js';
import { attrs, esc, span } from './escape.js';

interface HeadCell {
  label: string;
  colspan: number;
  rowspan: number;
}

const leaves = (n: HeaderNode): number => (n.children.length ? n.children.reduce((s, c) => s + leaves(c), 0) : 1);
const depth = (n: HeaderNode): number => (n.children.length ? 1 + Math.max(...n.children.map(depth)) : 1);

/** Header rows with rowspan/colspan from the header tree; falls back to one row of column labels. */
export function headRows(t: Table): HeadCell[][] {
  const tree = t.header;
  if (!tree.length || tree.reduce((s, n) => s + leaves(n), 0) !== t.columns.length) return [t.columns.map((c) => ({ label: c.label, colspan: 1, rowspan: 1 }))];
  const d = Math.max(...tree.map(depth));
  const rows: HeadCell[][] = Array.from({ length: d }, () => []);
  const walk = (n: HeaderNode, level: number) => {
    if (n.children.length) {
      rows[level].push({ label: n.label, colspan: leaves(n), rowspan: 1 });
      for (const c of n.children) walk(c, level + 1);
    } else rows[level].push({ label: n.label, colspan: 1, rowspan: d - level });
  };
  for (const n of tree) walk(n, 0);
  return rows;
}

const isName = (c: Column) => /(^|\.)name(#\d+)?$/.test(c.key);
const isCode = (c: Column) => /(^|\.)code(#\d+)?$/.test(c.key);
const isAlt = (c: Column) => /(^|\.)alt-name(#\d+)?$/.test(c.key);

/** Printed lines of a table: one row each, or an income row and an expense row side by side. */
export function lines(t: Table): (Row | undefined)[][] {
  if (!t.rows.some((r) => r.side)) return t.rows.map((r) => [r]);
  const out: [Row | undefined, Row | undefined][] = [];
  let prev: Row | undefined;
  for (const r of t.rows) {
    const last = out[out.length - 1];
    const sameLine = prev?.side === 'income' && r.side === 'expense' && last && !last[1] && (r.source.line === undefined || r.source.line === prev.source.line);
    if (sameLine) last[1] = r;
    else out.push(r.side === 'expense' ? [undefined, r] : [r, undefined]);
    prev = r;
  }
  return out;
}


function cellsOf(t: Table, cols: Column[], r: Row | undefined): string {
  if (!r) return cols.map(() => '<td></td>').join('');
  const out: string[] = [];
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const next = cols[i + 1];
    if (isCode(c) && !r.code && next && isName(next) && r.role !== 'data') {
      out.push(`<td colspan="2">${esc(nameText(r, t))}</td>`);
      i++;
    } else if (isName(c)) out.push(`<td${attrs({ class: [r.level ? `lv-${r.level}` : '', r.sub ? 'sub' : ''].filter(Boolean).join(' ') || undefined })}>${esc(nameText(r, t))}</td>`);
    else if (isCode(c)) out.push(`<td class="code">${esc(r.code ?? '')}</td>`);
    else if (isAlt(c)) out.push(`<td>${esc(r.altName ?? '')}</td>`);
    else out.push(`<td class="num">${esc(r.cells[c.key]?.raw ?? '')}</td>`);
  }
  return out.join('');
}

/** A table as HTML: merged multi-level header, body rows, and its empty note. */
export function renderTable(t: Table, opts: { department?: string; anchor?: string } = {}): string {
  const head = headRows(t)
    .map((row) => `<tr>${row.map((h) => `<th${attrs({ colspan: span(h.colspan), rowspan: span(h.rowspan) })}>${esc(h.label)}</th>`).join('')}</tr>`)
    .join('\n');
  const income = t.columns.filter((c) => c.side !== 'expense');
  const expense = t.columns.filter((c) => c.side === 'expense');
  const body = lines(t)
    .map((line) => {
      const main = line.find((r) => r) as Row;
      const cls = main.role === 'data' ? undefined : main.role;
      const html = t.rows.some((r) => r.side) ? cellsOf(t, income, line[0]) + cellsOf(t, expense, line[1]) : cellsOf(t, t.columns, line[0]);
      return `<tr${attrs({ class: cls })}>${html}</tr>`;
    })
    .join('\n');
  return [
    `<div class="table-block"${attrs({ id: opts.anchor })}>`,
    t.number ? `<p class="table-number">${esc(t.number)}</p>` : '',
    `<h3>${esc(t.title)}</h3>`,
    `<div class="table-meta"><span>${opts.department ? `部门名称：${esc(opts.department)}` : ''}</span><span>单位：${esc(t.unit)}</span></div>`,
    `<table>\n<thead>\n${head}\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`,
    t.emptyNote ? `<p class="empty-note">${esc(t.emptyNote)}</p>` : '',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}
