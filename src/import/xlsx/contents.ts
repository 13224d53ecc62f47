import { squash } from '../text/columns.js';
import type { SheetGrid } from './grid.js';

/** One entry of a contents sheet ("目录"), with or without a page number. */
export interface ContentsEntry {
  title: string;
  page?: number;
  row: number;
  col: number;
}

/** The entries of a contents sheet: its first row reads "目录"; undefined for any other sheet. */
export function contentsOf(grid: SheetGrid): ContentsEntry[] | undefined {
  const [first, ...rest] = grid.rows;
  if (!first || first.cells.length !== 1 || squash(first.cells[0].text) !== '目录') return undefined;
  const entries: ContentsEntry[] = [];
  for (const r of rest) {
    const text = r.cells.map((c) => c.text.trim()).join('\t');
    const m = /^(.*?)[.…·\s\t]*(\d+)?$/.exec(text.replace(/\s+$/, ''));
    const title = (m?.[1] ?? text).replace(/[.…·\s]+$/, '').trim();
    if (title) entries.push({ title, ...(m?.[2] ? { page: Number(m[2]) } : {}), row: r.row, col: r.cells[0].col });
  }
  return entries;
}

const TOP = /^([一二三四五六七八九十]+)、\s*(.+)$/;

/** What is left of a heading once numbering, "XX（部门）", the year and spaces are removed. */
function core(s: string): string {
  return squash(s)
    .replace(TOP, '$2')
    .replace(/^.*?[（(](部门|单位)[)）]/, '')
    .replace(/^\d{4}年度?/, '');
}

/**
 * The numbered heading a contents sheet gives a narrative sheet ("一、部门主要职能" for a sheet titled
 * "XX（部门）主要职能"): matched on the sheet's title or name, one ending with the other.
 */
export function headingFor(entries: ContentsEntry[], sheetName: string, title: string): string | undefined {
  if (TOP.test(title.trim())) return undefined;
  const keys = [core(title), core(sheetName)].filter((k) => k.length >= 4);
  for (const e of entries) {
    if (!TOP.test(e.title)) continue;
    const c = core(e.title);
    if (c.length >= 4 && keys.some((k) => k === c || k.endsWith(c) || c.endsWith(k))) return e.title;
  }
  return undefined;
}
