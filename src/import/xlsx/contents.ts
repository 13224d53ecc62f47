import { squash } from '../../model/columns.js';
import type { GridRow, SheetGrid } from './grid.js';

/** One entry of a contents sheet ("目录"), with or without a page number. */
export interface ContentsEntry {
  title: string;
  page?: number;
  row: number;
  col: number;
}

const isContentsHead = (r: GridRow): boolean => r.cells.length === 1 && squash(r.cells[0].text) === '目录';

/** An entry's number in a column of its own ("1", "1.", "（一）"), which is not part of its title. */
const ORDINAL = /^([（(]?[一二三四五六七八九十\d]+[)）.、．]?)$/;

/**
 * The contents of a contents sheet: the rows after its "目录" row (one of the first three), or, in a sheet
 * named 目录 without one, the rows after its leading title lines (the single cells above the first row of
 * several). `lead` are the rows above the entries (the document's title), read as ordinary lines.
 * Undefined for any other sheet.
 */
export function contentsOf(grid: SheetGrid): { entries: ContentsEntry[]; lead: GridRow[] } | undefined {
  const rows = grid.rows;
  let head = rows.slice(0, 3).findIndex(isContentsHead);
  let from = head + 1;
  if (head < 0) {
    if (squash(grid.name) !== '目录') return undefined;
    const several = rows.findIndex((r) => r.cells.length > 1);
    head = from = several > 0 ? several : 0;
  }
  const entries: ContentsEntry[] = [];
  for (const r of rows.slice(from)) {
    const cells = r.cells.length > 1 && ORDINAL.test(squash(r.cells[0].text)) ? r.cells.slice(1) : r.cells;
    const text = cells.map((c) => c.text.trim()).join('\t');
    const { title, page } = titleAndPage(text);
    if (title) entries.push({ title, ...(page ? { page: Number(page) } : {}), row: r.row, col: cells[0].col });
  }
  return { entries, lead: rows.slice(0, head) };
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
 * "XX（部门）主要职能"): matched on the sheet's title or name, one ending with the other. An exact match
 * wins; a sheet whose title or name ends several headings ("情况说明") takes none of them.
 */
export function headingFor(entries: ContentsEntry[], sheetName: string, title: string): string | undefined {
  if (TOP.test(title.trim())) return undefined;
  const keys = [core(title), core(sheetName)].filter((k) => k.length >= 4);
  const found = entries.filter((e) => TOP.test(e.title)).map((e) => ({ title: e.title, c: core(e.title) })).filter(({ c }) => c.length >= 4);
  const exact = found.filter(({ c }) => keys.includes(c));
  const near = exact.length ? exact : found.filter(({ c }) => keys.some((k) => k.endsWith(c) || c.endsWith(k)));
  return near.length === 1 ? near[0].title : undefined;
}

const LEADER = /[.…·\s]/;

/** "第一部分 概况……3" → title and page, scanning from the end (a regular expression here backtracks badly on long cells). */
function titleAndPage(text: string): { title: string; page: string } {
  const t = text.trimEnd();
  let end = t.length;
  while (end > 0 && t[end - 1] >= '0' && t[end - 1] <= '9') end--;
  let cut = end;
  while (cut > 0 && LEADER.test(t[cut - 1])) cut--;
  return { title: t.slice(0, cut).replace(/\t/g, ' ').trim(), page: t.slice(end) };
}
