import { buildHeader, squash } from '../../model/columns.js';
import type { InCell } from '../lines/line.js';
import { headerCells, headerRows, type InRow } from './header.js';

const CODE_PART = /^(类|款|项)$/;

/**
 * 类 | 款 | 项 columns become one code column: "201 05 07" → 2010507. Layouts differ in what they repeat: every
 * row prints all three parts (Shanghai), or a 款 row prints only its 款 digits and a 项 row only its 项 digits
 * (Yantai), or a 款 row only its own digits and a 项 row all three (Changsha): a blank 类 (or 款) under a filled
 * 款 (or 项) repeats the one above — over the whole table, continuation pages included. Side-by-side panels each
 * have their own group.
 */
export function mergeCodeColumns(rows: InRow[]): InRow[] {
  const header = headerRows(rows);
  if (!header.length) return rows;
  const width = rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  const { paths } = buildHeader(header.map(headerCells), width);
  const leaf = (k: number) => squash(paths[k]?.[paths[k].length - 1] ?? '');
  const groups: [number, number][] = [];
  for (let k = 0; k < paths.length; k++) {
    if (leaf(k) === '类' && leaf(k + 1) === '款') groups.push([k, leaf(k + 2) === '项' ? k + 3 : k + 2]);
    // One label over the parts ("类款", "类款项") spanning their columns.
    else if (/^类款项?$/.test(leaf(k)) && (k === 0 || leaf(k - 1) !== leaf(k))) {
      const n = leaf(k).length;
      if (Array.from({ length: n }, (_, i) => leaf(k + i)).every((x) => x === leaf(k))) groups.push([k, k + n]);
    }
  }
  const inHeader = new Set(header);
  const isHeader = rows.map((r) => inHeader.has(r));
  for (const [start, end] of groups.reverse()) {
    const label = paths[start].length > 1 ? '' : '科目编码';
    const last: string[] = [];
    rows = rows.map((r, i) => mergeRow(r, start, end, isHeader[i] ? { label } : { last }));
  }
  return rows;
}

function mergeRow(r: InRow, start: number, end: number, how: { label: string } | { last: string[] }): InRow {
  const parts = r.cells.slice(start, end).map((c) => squash(c.text));
  let text: string;
  if ('label' in how) text = parts.every((p) => CODE_PART.test(p) || p === '') && parts.some((p) => p !== '') ? how.label : (r.cells[start]?.text ?? '');
  else if (parts.every((p) => /^\d*$/.test(p)) && parts.some((p) => p !== '')) {
    parts.forEach((p, k) => {
      if (p === '' && parts.slice(k + 1).some((q) => q !== '')) parts[k] = how.last[k] ?? '';
    });
    parts.forEach((p, k) => (how.last[k] = p));
    text = parts.join('');
  } else text = parts.filter((p) => p !== '').join(' ');
  const shift = end - start - 1;
  const at = (x: number) => (x <= start ? x : x >= end ? x - shift : start + 1);
  const boxes = r.cells.slice(start, end).map((c) => c.box).filter((b) => !!b);
  const box = boxes.length ? ([boxes[0]![0], boxes[0]![1], boxes[boxes.length - 1]![0] + boxes[boxes.length - 1]![2] - boxes[0]![0], boxes[0]![3]] as InCell['box']) : undefined;
  const merged: InCell = { text, ...(box ? { box } : {}), span: [start, start + 1], ...(r.cells[start]?.inset ? { inset: r.cells[start].inset } : {}) };
  const cells = [...r.cells.slice(0, start), merged, ...r.cells.slice(end)].map((c, k) => (k === start || !c.span ? c : { ...c, span: [at(c.span[0]), Math.max(at(c.span[0]) + 1, at(c.span[1]))] as [number, number] }));
  return { ...r, cells };
}
