import { extname } from 'node:path';
import { Classification, levelOfCode, parentOfCode, type ClassificationKind, type CodeEntry } from './classification.js';
import { parseCsv } from './csv.js';
import type { ReferenceSet } from './index.js';
import { decodeText } from '../import/text/decode.js';
import { LIMITS, readInputSync } from '../files/index.js';
import { checkOfficeZip } from '../import/xlsx/guard.js';
import { GongkaiError } from '../model/errors.js';

/**
 * Read a complete official 《政府收支分类科目》 list (CSV or XLSX). Accepted layouts:
 *  - a code column (科目编码/编码/code) and a name column (科目名称/名称/name);
 *  - separate 类 / 款 / 项 code columns ("201" "01" "01") and a name column.
 * Rows whose code is not 3/5/7 digits are skipped (headings, notes).
 */
export async function readOfficialList(file: string, kind: ClassificationKind): Promise<Classification> {
  const ext = extname(file).toLowerCase();
  let rows: string[][];
  if (ext === '.xlsx') rows = await xlsxRows(file);
  else if (ext === '.csv' || ext === '.txt') rows = parseCsv(decodeText(readInputSync(file, { what: '参考科目表', limit: LIMITS.reference }).bytes).text);
  else throw new GongkaiError('reference-format', `参考科目表“${file}”的格式不受支持：请提供 CSV 或 XLSX 文件`);
  const entries = entriesFromRows(rows);
  if (entries.length === 0) throw new GongkaiError('reference-empty', `参考科目表“${file}”中没有找到任何“编码 + 名称”的科目行`);
  return new Classification(kind, entries, true);
}

export function entriesFromRows(rows: string[][]): CodeEntry[] {
  const headerIdx = rows.findIndex((r) => r.some((c) => /科目名称|名称|^name$/i.test(c.trim())));
  const header = headerIdx >= 0 ? rows[headerIdx].map((c) => c.trim()) : [];
  const find = (re: RegExp) => header.findIndex((h) => re.test(h));
  const nameCol = headerIdx >= 0 ? find(/科目名称|^名称$|^name$/i) : 1;
  const codeCol = headerIdx >= 0 ? find(/科目编码|^编码$|^代码$|^code$/i) : 0;
  const split = [find(/^类$/), find(/^款$/), find(/^项$/)];
  const out: CodeEntry[] = [];
  let lastLei = '';
  let lastKuan = '';
  for (const r of rows.slice(headerIdx + 1)) {
    let code = '';
    if (codeCol >= 0) code = (r[codeCol] ?? '').replace(/\s+/g, '');
    else if (split[0] >= 0) {
      const [l, k, x] = split.map((i) => (i >= 0 ? (r[i] ?? '').trim() : ''));
      if (l) lastLei = l;
      if (k) lastKuan = k;
      code = x ? lastLei + lastKuan + x.padStart(2, '0') : k ? lastLei + k.padStart(2, '0') : l;
    }
    const name = (r[nameCol] ?? '').trim();
    const level = levelOfCode(code);
    if (!level || !name) continue;
    out.push({ code, name, level, parent: parentOfCode(code), formerNames: [] });
  }
  return out;
}

async function xlsxRows(file: string): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const buf = readInputSync(file, { what: '参考科目表', limit: LIMITS.office }).bytes;
  checkOfficeZip(buf, 'xlsx', `参考科目表“${file}”`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new GongkaiError('reference-unreadable', `无法读取 Excel 文件“${file}”：${(e as Error).message}`);
  }
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  ws?.eachRow((row) => {
    const vals = (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(typeof v === 'object' && v && 'text' in v ? (v as { text: string }).text : v)));
    rows.push(vals);
  });
  return rows;
}

/** Replace or extend one classification of a reference set with an official list. */
export function withOfficialList(ref: ReferenceSet, list: Classification, mode: 'replace' | 'extend'): ReferenceSet {
  const key = list.kind === 'functional' ? 'functional' : list.kind === 'economic-department' ? 'economicDepartment' : 'economicGovernment';
  if (mode === 'replace') return { ...ref, [key]: list, source: `${ref.source}+${list.kind}` };
  const merged = new Classification(list.kind, [...ref[key].entries()].map((e) => ({ ...e, formerNames: [...e.formerNames] })), list.complete);
  for (const e of list.entries()) merged.put({ ...e, formerNames: [...e.formerNames] });
  return { ...ref, [key]: merged, source: `${ref.source}+${list.kind}` };
}
