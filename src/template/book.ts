import ExcelJS, { type Cell, type CellValue, type DataValidation, type Worksheet } from 'exceljs';
import { BORDER, HEAD_FILL, font, wrappedHeight } from '../render/xlsx/style.js';
import type { Field, SheetSpec } from './spec.js';
import { ALL_SHEETS } from './spec-more.js';

/** Values to write: key-value fields by key, table rows by column key. */
export interface SheetData {
  kv?: Record<string, CellValue>;
  rows?: Record<string, CellValue>[];
}
export type BookData = Record<string, SheetData>;

export interface BookOptions {
  year: number;
  profile: string;
}

/** exceljs keeps range validations in `dataValidations` (missing from its typings). */
type RangeValidations = { dataValidations: { add(range: string, dv: DataValidation): void } };

const REQUIRED_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFCE4D6' } };
const FORMATS: Partial<Record<Field['kind'], string>> = { amount: '#,##0.00', int: '0', code: '@', text: '@', long: '@', date: 'yyyy-mm-dd', area: '@' };
const KV_WIDTHS = [30, 40, 48];

function validation(f: Field): DataValidation | undefined {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: f.label };
  if (f.kind === 'enum') return { type: 'list', formulae: [`"${(f.values ?? []).join(',')}"`], ...common, error: `请从列表中选择：${(f.values ?? []).join('、')}` } as DataValidation;
  if (f.kind === 'bool') return { type: 'list', formulae: ['"是,否"'], ...common, error: '请填“是”或“否”' } as DataValidation;
  if (f.kind === 'amount') return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], ...common, error: '应为不小于0的金额（元），最多两位小数' } as DataValidation;
  if (f.kind === 'int') return { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], ...common, error: '应为不小于0的整数' } as DataValidation;
  return undefined;
}

function styleValue(c: Cell, f: Field): void {
  c.border = BORDER;
  c.font = font({ size: 11 });
  const fmt = FORMATS[f.kind];
  if (fmt) c.numFmt = fmt;
  c.alignment = { vertical: 'top', wrapText: f.kind === 'long' || undefined, horizontal: f.kind === 'amount' || f.kind === 'int' ? 'right' : 'left' };
}

function headCell(c: Cell, label: string, f?: Field): void {
  c.value = label;
  c.border = BORDER;
  c.font = font({ size: 11, bold: true });
  c.fill = f?.required ? REQUIRED_FILL : HEAD_FILL;
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (f?.hint) c.note = f.hint;
}

function writeKv(ws: Worksheet, fields: Field[], start: number, values: Record<string, CellValue> | undefined, defaults: Record<string, CellValue>): number {
  ['项目', '内容', '说明'].forEach((h, i) => headCell(ws.getCell(start, i + 1), h));
  let r = start + 1;
  for (const f of fields) {
    const label = ws.getCell(r, 1);
    label.value = f.label;
    label.border = BORDER;
    label.font = font({ size: 11, bold: true });
    label.alignment = { vertical: 'top', wrapText: true };
    if (f.required) label.fill = REQUIRED_FILL;
    const cell = ws.getCell(r, 2);
    styleValue(cell, f);
    cell.value = values ? (values[f.key] ?? null) : (defaults[f.key] ?? null);
    const dv = validation(f);
    if (dv) cell.dataValidation = dv;
    const hint = ws.getCell(r, 3);
    hint.value = f.hint ?? null;
    hint.font = font({ size: 10, color: { argb: 'FF7F7F7F' } });
    hint.alignment = { vertical: 'top', wrapText: true };
    if (f.kind === 'long' && typeof cell.value === 'string') ws.getRow(r).height = Math.min(400, wrappedHeight(cell.value, KV_WIDTHS[1] * 2, 11));
    r++;
  }
  return r;
}

function writeTable(ws: Worksheet, spec: NonNullable<SheetSpec['table']>, start: number, rows: Record<string, CellValue>[] | undefined): void {
  let r = start;
  if (spec.title) {
    const t = ws.getCell(r++, 1);
    t.value = spec.title;
    t.font = font({ size: 12, bold: true });
  }
  spec.columns.forEach((f, i) => headCell(ws.getCell(r, i + 1), f.label, f));
  ws.getRow(r).height = 32;
  const first = r + 1;
  const fixed = spec.fixed ? (spec.columns[0].values ?? []).map((v) => ({ [spec.columns[0].key]: v })) : [];
  const data = rows ?? fixed;
  const extent = Math.max(spec.rows, data.length);
  spec.columns.forEach((f, i) => {
    const dv = validation(f);
    const col = ws.getColumn(i + 1).letter;
    if (dv) (ws as unknown as RangeValidations).dataValidations.add(`${col}${first}:${col}${first + extent - 1}`, dv);
  });
  const styledRows = spec.fixed ? extent : Math.max(data.length, 20);
  for (let k = 0; k < styledRows; k++) {
    const row = data[k];
    spec.columns.forEach((f, i) => {
      const c = ws.getCell(first + k, i + 1);
      styleValue(c, f);
      if (row && row[f.key] !== undefined) c.value = row[f.key];
    });
    const long = spec.columns.filter((f) => f.kind === 'long' && typeof row?.[f.key] === 'string');
    if (long.length) ws.getRow(first + k).height = Math.min(300, Math.max(...long.map((f) => wrappedHeight(String(row[f.key]), f.width ?? 40, 11))));
  }
  if (!ws.views.length) ws.views = [{ state: 'frozen', xSplit: 1, ySplit: r }];
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, opts: BookOptions, data: SheetData | undefined): void {
  const ws = wb.addWorksheet(spec.name);
  const cols = Math.max(spec.kv ? 3 : 0, spec.table?.columns.length ?? 0);
  const widths = Array.from({ length: cols }, (_, i) => Math.max(spec.kv ? KV_WIDTHS[i] ?? 0 : 0, spec.table?.columns[i]?.width ?? 0, 10));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Whole-column formats, so rows typed below the styled ones keep codes as text and amounts as numbers.
  if (!spec.kv) spec.table?.columns.forEach((f, i) => FORMATS[f.kind] && (ws.getColumn(i + 1).numFmt = FORMATS[f.kind] as string));
  const span = Math.min(cols, 8);
  ws.mergeCells(1, 1, 1, span);
  const title = ws.getCell(1, 1);
  title.value = `${opts.year}年部门预算事实录入表——${spec.name}`;
  title.font = { name: '黑体', size: 14, bold: true };
  ws.getRow(1).height = 24;
  ws.mergeCells(2, 1, 2, span);
  const note = ws.getCell(2, 1);
  note.value = `填写说明：${spec.instruction}`;
  note.font = font({ size: 10, italic: true, color: { argb: 'FF595959' } });
  note.alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(2).height = wrappedHeight(String(note.value), widths.slice(0, span).reduce((a, b) => a + b, 0), 10);
  let r = 3;
  const defaults = { 'department.year': opts.year, profile: opts.profile, 'department.kind': '预算', 'department.scope': '部门', unit: '万元', draft: '否' };
  if (spec.kv) {
    r = writeKv(ws, spec.kv, r, data?.kv, defaults) + 1;
    if (!spec.table) ws.views = [{ state: 'frozen', ySplit: 3 }];
  }
  if (spec.table) writeTable(ws, spec.table, r, data?.rows);
  ws.pageSetup = { paperSize: 9, orientation: cols > 6 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** The fill-in workbook: a 填表说明 sheet and one sheet per group of facts; filled with `data` when given. */
export async function buildBook(opts: BookOptions, data?: BookData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongkai';
  wb.title = `${opts.year}年部门预算事实录入表`;
  const guide = wb.addWorksheet('填表说明');
  guide.getColumn(1).width = 18;
  guide.getColumn(2).width = 76;
  guide.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const lines: [string, string][] = [
    ['', `${opts.year}年部门预算事实录入表（${opts.profile}）`],
    ['金额', '一律以元为单位，最多两位小数，不写单位，不能为负数；每个金额只填一次，公开报表、情况说明由程序生成。'],
    ['必填', '橙色表头或橙色项目为必填；带下拉箭头的单元格请从列表中选择。'],
    ['导入', '填好后保存为 .xlsx，用 gongkai 导入；出错时会指明工作表、行和列。'],
    ...ALL_SHEETS.map((s): [string, string] => [s.name, s.instruction]),
  ];
  lines.forEach(([a, b], i) => {
    guide.getCell(i + 1, 1).value = a;
    guide.getCell(i + 1, 1).font = font({ size: 11, bold: true });
    const c = guide.getCell(i + 1, 2);
    c.value = b;
    c.font = i === 0 ? { name: '黑体', size: 14, bold: true } : font({ size: 11 });
    c.alignment = { wrapText: true, vertical: 'top' };
    guide.getRow(i + 1).height = wrappedHeight(b, 76, 11);
  });
  for (const spec of ALL_SHEETS) addSheet(wb, spec, opts, data?.[spec.name]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
