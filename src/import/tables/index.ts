import type { Cell, Column, Row, Table, Unplaced } from '../../model/document.js';
import { buildColumns, buildHeader, squash } from '../../model/columns.js';
import { normalizeName } from '../../model/names.js';
import { parseAmount, type MoneyUnit } from '../../money/index.js';
import { levelOfCode, type ReferenceSet } from '../../reference/index.js';
import type { TableKind } from '../../profiles/table-kinds.js';
import { EMPTY_NOTE, type InCell, type SourceOf } from '../lines/line.js';
import { refineTypes } from './column-types.js';
import { headerCells, splitHeader, type InRow } from './header.js';
import { readHierarchy, type Hierarchy } from './hierarchy.js';
import { mergeCodeColumns } from './code-columns.js';
import { labelColumns, readLabel, type RowLabel } from './labels.js';

export type { InRow } from './header.js';

/** A table as the line reader found it: title, unit, notes and rows (header rows first). */
export interface TableInput {
  kind: TableKind;
  title: string;
  number?: string;
  titleLine: number;
  unit?: MoneyUnit;
  unitSource?: Table['unitSource'];
  emptyNote?: string;
  rows: InRow[];
}

export interface TableContext {
  src: SourceOf;
  department?: string;
  year?: number;
  ref: ReferenceSet;
  unplaced: Unplaced[];
}

/** Understand one table: header tree, typed columns, labelled rows with their hierarchy. */
export function parseTable(input: TableInput, ctx: TableContext): Table {
  const unit = input.unit ?? '元';
  const rows = mergeCodeColumns(input.rows);
  const { header, data } = splitHeader(rows);
  const width = rows.reduce((m, r) => Math.max(m, r.cells.length), 1);
  const { tree, paths } = buildHeader(header.map(headerCells), width);
  const columns = buildColumns(paths, tree, { year: ctx.year });
  refineTypes(
    columns,
    data.map((r) => r.cells.map((c) => c.text)),
  );
  ensureNameColumns(columns, data);
  const dropped = keepFirstPanels(columns);
  const table: Table = {
    id: '',
    kind: input.kind,
    title: input.title,
    number: input.number,
    unit,
    unitSource: input.unitSource ?? 'assumed',
    header: tree,
    columns,
    rows: [],
    emptyNote: input.emptyNote,
    source: ctx.src(input.titleLine),
  };
  const sides = [...new Set(columns.map((c) => c.side))];
  for (const side of sides) readSide(table, side, data, ctx);
  table.rows.sort((a, b) => a.source.line! - b.source.line! || (a.side === 'expense' ? 1 : 0) - (b.side === 'expense' ? 1 : 0));
  renumber(table);
  soleGrandTotal(table);
  closingGrandTotal(table);
  const pages = [table.source.page, ...table.rows.map((r) => r.source.page)].filter((p): p is number => p !== undefined);
  if (pages.length) table.pages = [pages.reduce((a, b) => Math.min(a, b)), pages.reduce((a, b) => Math.max(a, b))];
  if (!table.emptyNote) table.emptyNote = emptyNoteIn(data);
  if (dropped.length)
    ctx.unplaced.push({ text: `${table.title}：${dropped.join('、')}`, reason: '表中并列的其他栏（另一种分类的列表）未读取，只读取了每侧的第一栏', source: table.source });
  if (table.structure === 'unknown')
    ctx.unplaced.push({ text: table.title, reason: '表中各行的层级无法识别（编号只印在部分行上，又没有缩进可依），未核对合计行和上下级之和', source: table.source });
  markProjectRows(table, ctx.department, ctx.ref);
  return table;
}

/** A side without a name column names its rows from its first text column (a table printed without header). */
function ensureNameColumns(columns: Column[], data: InRow[]): void {
  for (const side of new Set(columns.map((c) => c.side))) {
    const mine = columns.filter((c) => c.side === side);
    if (mine.some((c) => c.type === 'name')) continue;
    const text = mine.find((c) => c.type === 'text' && c.path.length === 0) ?? (data.length && mine[0]?.path.length === 0 && mine[0].type !== 'amount' ? mine[0] : undefined);
    if (text) {
      text.type = 'name';
      text.key = text.side ? `${text.side}.name` : 'name';
    }
  }
}

/**
 * A side that lists several classifications next to each other (支出: 功能分类 | 部门经济分类 | 政府经济分类, each a
 * name column with its amounts) is several lists in one: the first is read, the others are set aside as text and
 * reported, never mixed into the first one's rows.
 */
function keepFirstPanels(columns: Column[]): string[] {
  const dropped: string[] = [];
  for (const side of new Set(columns.map((c) => c.side))) {
    const mine = columns.filter((c) => c.side === side);
    const names = mine.filter((c) => c.type === 'name' && !c.key.endsWith('alt-name'));
    if (names.length < 2) continue;
    const second = names.find((n, k) => k > 0 && mine.slice(mine.indexOf(names[0]), mine.indexOf(n)).some((c) => c.type === 'amount'));
    if (!second) continue;
    for (const c of mine.slice(mine.indexOf(second))) {
      if (c.type === 'name') dropped.push(c.path.join('/'));
      c.type = 'text';
      delete c.role;
    }
  }
  return dropped;
}

const AMOUNT_TYPES = new Set<Column['type']>(['amount']);

/** Read one side's rows (the whole table when it is one-sided). */
function readSide(table: Table, side: Column['side'], data: InRow[], ctx: TableContext): void {
  const cols = labelColumns(table.columns, side);
  const amountCols = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.side === side && AMOUNT_TYPES.has(c.type));
  const read: { label: RowLabel; row: InRow; cells: Record<string, Cell> }[] = [];
  for (const r of data) {
    const label = readLabel(r.cells, cols);
    const cells: Record<string, Cell> = {};
    let any = label.name !== '' || label.code !== undefined;
    for (const { c, i } of amountCols) {
      const raw = (r.cells[i]?.text ?? '').trim();
      const p = parseAmount(raw.includes('，') ? raw.replace(/[，,](?=\d)/g, ',') : raw, table.unit);
      const value = p.kind === 'amount' ? p.money : lenient(raw, table.unit);
      const source = ctx.src(r.line, r.cells[i]?.at ?? i);
      if (p.kind === 'invalid' && !value) ctx.unplaced.push({ text: raw, reason: `“${table.title}”的“${c.label}”列中“${raw}”不是金额`, source });
      cells[c.key] = { raw, value, source };
      if (raw !== '') any = true;
    }
    if (!any) continue;
    if (EMPTY_NOTE.test(label.name) && Object.values(cells).every((c) => !c.value)) continue;
    read.push({ label, row: r, cells });
  }
  const periods = periodsOf(table.columns, side, read);
  const h = hierarchyByPeriod(
    read.map((x) => x.label),
    periods,
    (name) => nameLevel(ctx.ref, table.kind, name),
  );
  const base = table.rows.length;
  table.structure = mergeStructure(table.structure, h.structure);
  read.forEach(({ label, row, cells }, k) => {
    const out: Row = {
      index: base + k,
      side,
      code: label.code,
      name: label.name,
      role: label.role,
      sub: label.sub || undefined,
      altName: label.altName,
      ...(periods[k] ? { period: periods[k] } : {}),
      cells,
      source: ctx.src(row.line),
    };
    const p = h.parent[k];
    if (p !== undefined) out.parent = base + p;
    if (p !== undefined && read[p].label.role === 'carryover' && out.role === 'data' && !out.sub) out.role = 'carryover-item';
    if (h.depth[k] !== undefined && h.structure !== 'codes') out.depth = h.depth[k];
    out.level = label.unitCode ? 'unit' : levelOf(out, table.kind, ctx.ref);
    table.rows.push(out);
  });
}

/** A text column that says which year or which change a row gives (年度: 2025年 / 2026年 / 增减变化金额). */
const PERIOD_LABEL = /^(年度|年份|期间|预算年度)$/;
const PERIOD_VALUE = /^(\d{4}年度?(预算数?|执行数?|决算数?)?|上年|本年|当年|增减.{0,6}|变动.{0,4})$/;

/**
 * Rows of a table that lists each line for several periods (a unit's 2025年, 2026年 and 增减 rows): the period of
 * each row, and the name of the line carried down to its un-named period rows.
 */
function periodsOf(columns: Column[], side: Column['side'], read: { label: RowLabel; row: InRow }[]): (string | undefined)[] {
  const col = columns.findIndex((c) => c.side === side && c.type === 'text' && PERIOD_LABEL.test(squash(c.label)));
  if (col < 0) return read.map(() => undefined);
  let named: RowLabel | undefined;
  return read.map(({ label, row }) => {
    const period = squash(row.cells[col]?.text ?? '');
    if (label.name !== '' || label.code) named = label;
    else if (named && PERIOD_VALUE.test(period)) Object.assign(label, { name: named.name, code: named.code, indent: named.indent, centred: named.centred });
    return period || undefined;
  });
}

/** The hierarchy read separately for each period (each period's rows form one tree). */
function hierarchyByPeriod(labels: RowLabel[], periods: (string | undefined)[], levelOfName: (name: string) => number | undefined): Hierarchy {
  const groups = [...new Set(periods)];
  if (groups.length <= 1) return readHierarchy(labels, levelOfName);
  const out: Hierarchy = { structure: 'codes', parent: labels.map(() => undefined), depth: labels.map(() => undefined) };
  for (const g of groups) {
    const at = periods.flatMap((p, i) => (p === g ? [i] : []));
    const h = readHierarchy(
      at.map((i) => labels[i]),
      levelOfName,
    );
    at.forEach((i, k) => {
      out.parent[i] = h.parent[k] !== undefined ? at[h.parent[k]!] : undefined;
      out.depth[i] = h.depth[k];
    });
    out.structure = mergeStructure(out.structure, h.structure);
  }
  return out;
}

const LEVELS = { 类: 0, 款: 1, 项: 2 } as const;

/** The level the reference lists a name at, in the classification the table kind uses; one level only. */
function nameLevel(ref: ReferenceSet, kind: TableKind, name: string): number | undefined {
  const list = kind === 'gpb-basic-economic' ? ref.economicDepartment : ref.functional;
  const levels = new Set(list.findByName(name).map((e) => LEVELS[e.level as keyof typeof LEVELS]));
  return levels.size === 1 ? [...levels][0] : undefined;
}

/** "3612,256" (a misplaced separator) and "1 234.5" still mean one number; anything else is not an amount. */
function lenient(raw: string, unit: MoneyUnit): Cell['value'] {
  const s = raw.replace(/[\s,，]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const p = parseAmount(s, unit);
  return p.kind === 'amount' ? p.money : null;
}

/** The weakest structure of the two sides decides what can be checked. */
function mergeStructure(a: Table['structure'], b: NonNullable<Table['structure']>): NonNullable<Table['structure']> {
  const order = ['unknown', 'flat', 'named', 'enumerated', 'indented', 'codes'] as const;
  if (!a) return b;
  return order.indexOf(a) < order.indexOf(b) ? a : b;
}

/** Rows sorted into reading order get their final indices; parents follow them. */
function renumber(table: Table): void {
  const at = new Map(table.rows.map((r, i) => [r.index, i]));
  for (const r of table.rows) if (r.parent !== undefined) r.parent = at.get(r.parent);
  table.rows.forEach((r, i) => (r.index = i));
}

/** A row of the grid that only says the table is empty ("本表无数据" printed inside the table). */
function emptyNoteIn(data: InRow[]): string | undefined {
  for (const r of data) {
    const texts = r.cells.map((c: InCell) => c.text.trim()).filter((t) => t !== '');
    if (texts.length === 1 && EMPTY_NOTE.test(texts[0]) && texts[0].length < 60) return texts[0];
  }
  return undefined;
}

function levelOf(row: Row, kind: TableKind, ref: ReferenceSet): Row['level'] {
  if (row.role !== 'data') return undefined;
  if (row.code) return levelOfCode(row.code);
  if (kind === 'gpb-basic-economic') {
    const hits = ref.economicDepartment.findByName(row.name);
    if (hits.some((e) => e.level === '类')) return '类';
    return '款';
  }
  return 'item';
}

/** Project tables list 部门 → 单位 → 项目; unit rows are recognised by name. */
function markProjectRows(table: Table, department: string | undefined, ref: ReferenceSet): void {
  if (table.kind !== 'project-expense' && table.kind !== 'project-carryover') return;
  const dept = department ? normalizeName(department) : undefined;
  const unitLike = (name: string) => (dept && normalizeName(name) === dept) || /(局|委员会|总工会|工会|院|中心|办公室|所|站|馆|队|处|厅|学校|幼儿园|街道办事处|镇人民政府|乡人民政府)(（本级）|\(本级\))?$/.test(name);
  let hasTotal = table.rows.some((r) => r.role === 'total');
  for (const r of table.rows) {
    if (r.role !== 'data') continue;
    if (unitLike(r.name)) {
      r.level = 'unit';
      r.role = hasTotal ? 'subtotal' : 'total';
      hasTotal = true;
    } else if (!r.code || ref.functional.lookup(r.code, r.name).status !== 'ok') r.level = 'project';
  }
}

/**
 * Summaries that close each side with 收入合计 / 支出合计 after 本年收入合计 and the carry-over lines (Fujian): that
 * closing 合计 adds the carry-over to this year's total, so it is the side's grand total.
 */
function closingGrandTotal(table: Table): void {
  for (const side of ['income', 'expense'] as const) {
    const rows = table.rows.filter((r) => r.side === side);
    const totals = rows.filter((r) => r.role === 'total');
    // Only one of two 合计 lines can be this year's: the one that says so; the plain one after it closes the side.
    if (rows.some((r) => r.role === 'grand-total') || totals.length !== 2) continue;
    if (THIS_YEAR.test(totals[0].name) && !THIS_YEAR.test(totals[1].name)) totals[1].role = 'grand-total';
  }
}

const THIS_YEAR = /本年|本期|当年/;

/**
 * A table whose only total line is labelled 总计 (支出总表 "总计：") has no 合计 to tell it from: its 总计 is the table's
 * total. In a summary with 本年合计 and carry-over lines, 总计 stays the grand total.
 */
function soleGrandTotal(table: Table): void {
  // Two-sided summaries (收入总计 | 支出总计) keep their grand totals.
  if (table.rows.some((r) => r.side !== undefined)) return;
  const grand = table.rows.filter((r) => r.role === 'grand-total');
  if (grand.length === 1 && !table.rows.some((r) => r.role === 'total' || r.role === 'carryover' || r.role === 'carryover-item')) grand[0].role = 'total';
}
