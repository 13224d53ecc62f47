import type { Worksheet } from 'exceljs';
import type { FactsIssue } from '../facts/load.js';
import { convert, plainValue, shown } from './cells.js';
import type { Field, SheetSpec } from './spec.js';

/** Reading the fill-in workbook's sheets into values, each with the cell it came from. */

export type Path = (string | number)[];

/** Where each facts path came from: a cell ("「项目」表第5行C列") or a sheet ("「项目」表"), and its label. */
export class Locator {
  private readonly map = new Map<string, { where: string; label?: string }>();

  static key(path: readonly PropertyKey[]): string {
    return path.map((p) => String(p)).join('.');
  }

  set(path: Path, where: string, label?: string): void {
    this.map.set(Locator.key(path), { where, label });
  }

  /** The most precise known place for a path (its longest registered prefix). */
  find(path: readonly PropertyKey[]): { where: string; label?: string } | undefined {
    for (let n = path.length; n >= 0; n--) {
      const hit = this.map.get(Locator.key(path.slice(0, n)));
      if (hit) return hit;
    }
    return undefined;
  }
}

export const sheetWhere = (sheet: string) => `「${sheet}」表`;
export const rowWhere = (sheet: string, row: number) => `「${sheet}」表第${row}行`;
export const cellWhere = (sheet: string, row: number, col: number) => `「${sheet}」表第${row}行${colLetter(col)}列`;

export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Labels compared loosely: no spaces or line breaks, half-width brackets, no required-marks. */
const norm = (s: string) => s.replace(/[\s*＊]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

export interface ReadValue {
  value: unknown;
  where: string;
}

export interface ReadRow {
  row: number;
  where: string;
  values: Record<string, ReadValue>;
}

export interface ReadSheet {
  kv: Record<string, ReadValue>;
  rows: ReadRow[];
}

/** Reads one sheet by its spec; problems go to `issues`, each with its cell. */
export function readSheet(ws: Worksheet, spec: SheetSpec, issues: FactsIssue[]): ReadSheet {
  const name = spec.name;
  const text = (r: number, c: number) => {
    const v = plainValue(ws.getCell(r, c).value);
    return v === undefined || (typeof v === 'object' && 'error' in v && !(v instanceof Date)) ? '' : norm(shown(v as Exclude<typeof v, { error: string }>));
  };
  const read = (r: number, c: number, f: Field): ReadValue | undefined => {
    const where = cellWhere(name, r, c);
    const raw = plainValue(ws.getCell(r, c).value);
    if (raw !== undefined && typeof raw === 'object' && !(raw instanceof Date)) {
      issues.push({ path: where, message: `${f.label}：${raw.error}` });
      return undefined;
    }
    const out = convert(raw, f);
    if (out.error) issues.push({ path: where, message: out.error });
    return out.value === undefined ? undefined : { value: out.value, where };
  };
  const last = ws.actualRowCount ? ws.rowCount : 0;
  const cols = Math.max(ws.columnCount, (spec.table?.columns.length ?? 0) + 5);

  // The table's header row: the first row holding at least two of the column labels (or the only one).
  let head = 0;
  const at = new Map<string, number>();
  if (spec.table) {
    const wanted = spec.table.columns;
    for (let r = 1; r <= last && !head; r++) {
      const labels = Array.from({ length: cols }, (_, i) => text(r, i + 1));
      const found = wanted.filter((f) => labels.includes(norm(f.label)));
      if (found.length >= Math.min(2, wanted.length)) {
        head = r;
        for (const f of found) at.set(f.key, labels.indexOf(norm(f.label)) + 1);
      }
    }
    if (!head && last > 2) issues.push({ path: sheetWhere(name), message: `找不到表头行（应包括：${wanted.map((f) => `“${f.label}”`).join('、')}）` });
    for (const f of wanted)
      if (head && f.required && !at.has(f.key)) issues.push({ path: rowWhere(name, head), message: `缺少“${f.label}”列（表头应包括：${wanted.map((x) => x.label).join('、')}）` });
  }

  const kv: Record<string, ReadValue> = {};
  for (const f of spec.kv ?? []) {
    const end = head ? head - 1 : last;
    let r = 1;
    while (r <= end && text(r, 1) !== norm(f.label)) r++;
    if (r > end) {
      kv[f.key] = { value: undefined, where: sheetWhere(name) };
      continue;
    }
    kv[f.key] = read(r, 2, f) ?? { value: undefined, where: cellWhere(name, r, 2) };
  }

  const rows: ReadRow[] = [];
  const missingRequired = spec.table?.columns.some((f) => f.required && !at.has(f.key));
  if (spec.table && head && !missingRequired)
    for (let r = head + 1; r <= last; r++) {
      if ([...at.values()].every((c) => text(r, c) === '')) continue;
      const values: Record<string, ReadValue> = {};
      for (const f of spec.table.columns) {
        const c = at.get(f.key);
        if (!c) continue;
        const v = read(r, c, f);
        values[f.key] = v ?? { value: undefined, where: cellWhere(name, r, c) };
      }
      rows.push({ row: r, where: rowWhere(name, r), values });
    }
  return { kv, rows };
}

/** Sets a dotted path in an object, creating objects on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = obj;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

/** Reads a dotted path. */
export function getPath(obj: unknown, path: string): unknown {
  let node = obj;
  for (const k of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[k];
  }
  return node;
}
