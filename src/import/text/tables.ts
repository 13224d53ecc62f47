import type { Cell, Row, RowRole, SourceRef, Table, Unplaced } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import { parseAmount, type MoneyUnit } from '../../money/index.js';
import type { ReferenceSet } from '../../reference/index.js';
import { levelOfCode } from '../../reference/index.js';
import type { TableKind } from '../../profiles/table-kinds.js';
import { buildColumns, buildHeader, squash } from './columns.js';

/** One line of input. Importers of positioned formats (PDF) fill page and boxes; text leaves them empty. */
export interface RawLine {
  text: string;
  /** Line number in the source (1-based), or a running number for positioned formats. */
  line: number;
  page?: number;
  box?: [number, number, number, number];
  /** Box of each tab-separated cell, by cell index. */
  cellBoxes?: ([number, number, number, number] | undefined)[];
  /** Positioned importers that see the table layout mark header rows (true) and data rows (false). */
  header?: boolean;
  /** Positioned importers mark the line that titles a table (true) and lines that never do (false). */
  title?: boolean;
}

/**
 * A table's meta line: "部门名称：X", "编制单位：X", "单位：万元", "金额单位：元", or both on one line
 * ("部门名称：X    单位：万元", as HTML pages and PDFs print them). Undefined for any other line.
 */
export function metaLine(text: string): { department?: string; unit?: MoneyUnit } | undefined {
  const t = text.replace(/\t/g, ' ').trim();
  const unitOnly = /^(?:金额)?单位[:：]\s*(亿元|万元|元)$/.exec(t);
  if (unitOnly) return { unit: unitOnly[1] as MoneyUnit };
  const m = /^(?:(?:部门|单位)名称|编制(?:单位|部门)|预算(?:主管部门|单位))[:：]\s*(.*?)\s*(?:(?:金额)?单位[:：]\s*(亿元|万元|元))?$/.exec(t);
  if (!m) return undefined;
  return { department: m[1] || undefined, unit: m[2] as MoneyUnit | undefined };
}

/** Builds the SourceRef of a line (and optionally of one cell of it). */
export type SourceOf = (line: number, cell?: number) => SourceRef;

export interface TableBlock {
  kind: TableKind;
  title: string;
  number?: string;
  titleLine: number;
  lines: RawLine[];
}

const HEADER_FIRST = /^(项目|收入|支出|科目编码|收入科目编码|单位名称|项目名称|部门预算支出经济科目名称|科目名称|功能分类科目编码|支出功能分类科目|国有资本经营预算收入|政府性基金预算收入|编码|科目)$/;
const HEADER_WORD = /^(\d{4}年?(度)?(预算数|预算|合计|决算数)?|合计|小计|金额|项目|科目编码|科目名称|基本支出|项目支出|人员经费|公用经费|本年收入|上年结转|当年预算安排|上年结转安排|一般公共预算|政府性基金(预算)?|国有资本经营(预算)?|财政专户管理资金|单位资金|收入|支出|\d{4}年财政拨款|.*经济科目名称|.*收入预算|.{0,12}预算支出|.{0,12}预算收入|政府预算支出经济科目名称|本年预算|年初结转和结余|年末结转和结余|决算数|预算数)$/;

function isColumnNumberRow(cells: string[]): boolean {
  const vals = cells.map(squash).filter((c) => c !== '');
  return vals.length >= 3 && vals.every((v, i) => v === String(i + 1));
}

/**
 * A header row has no amounts and either consists of header vocabulary, or opens the table with a
 * 项目/科目… label in its first cell (the other labels are then column names of any wording), or
 * continues the header above it with an empty first cell (a sub-header such as 小计 / 购置费 / 运行费).
 */
function isHeaderRow(cells: string[], position: number, prevHeader: boolean): boolean {
  const vals = cells.map(squash);
  if (vals.every((v) => v === '')) return false;
  if (vals.some((v) => v !== '' && parseAmount(v).kind === 'amount')) return false;
  const first = vals[0];
  if (first !== '' && !HEADER_FIRST.test(first)) return false;
  if (vals.filter((v) => v !== '').every((v) => HEADER_WORD.test(v) || HEADER_FIRST.test(v))) return true;
  if (position === 0 && first !== '') return true;
  return prevHeader && first === '';
}

const ENUM_PREFIX = /^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[)）]|^[①②③④⑤⑥⑦⑧⑨⑩]|^其中[:：]/;

export function stripEnumerator(name: string): string {
  return name.replace(ENUM_PREFIX, '').trim();
}

function roleOfName(name: string): RowRole | undefined {
  const n = squash(name);
  if (/^(收入|支出)总计$|^总计$/.test(n)) return 'grand-total';
  if (/^(本年)?(收入|支出)合计$|^合计$|^部门合计$|^总合计$/.test(n)) return 'total';
  if (/^(上年(财政拨款)?结转|年终结转|年[末初](财政拨款)?结转(和结余)?|上年结转结余)$/.test(n)) return 'carryover';
  return undefined;
}

/** Parse one table block of tab-separated lines into the document model. */
export function parseTableBlock(block: TableBlock, ctx: { src: SourceOf; department?: string; ref: ReferenceSet; unplaced: Unplaced[] }): Table {
  const src = ctx.src;
  let unit: MoneyUnit = '元';
  let unitSeen = false;
  let emptyNote: string | undefined;
  const rows: RawLine[] = [];
  for (const l of block.lines) {
    const t = l.text.trim();
    const meta = metaLine(t);
    if (meta) {
      if (meta.unit) {
        unit = meta.unit;
        unitSeen = true;
      }
      continue;
    }
    if (/^(注|说明)\d*[:：]/.test(t)) {
      if (/无数据|无.*(预算|决算|收支|支出|收入)|为空|不涉及/.test(t)) emptyNote = t;
      else ctx.unplaced.push({ text: t, reason: '表注（未解析）', source: src(l.line) });
      continue;
    }
    if (t === '') continue;
    rows.push(l);
  }
  if (!unitSeen) ctx.unplaced.push({ text: block.title, reason: '表格未标明金额单位，按“元”处理', source: src(block.titleLine) });

  const split = rows.map((r) => r.text.split('\t').map((c) => c.trim()));
  let h = 0;
  const headerRows: string[][] = [];
  while (h < split.length && (rows[h].header ?? (isHeaderRow(split[h], h, h > 0) || isColumnNumberRow(split[h])))) {
    if (!isColumnNumberRow(split[h])) headerRows.push(split[h]);
    h++;
  }
  const width = split.reduce((m, r) => Math.max(m, r.length), 1);
  const { tree, paths } = buildHeader(headerRows, width);
  const columns = buildColumns(paths, tree);

  const table: Table = {
    id: '',
    kind: block.kind,
    title: block.title,
    number: block.number,
    unit,
    header: tree,
    columns: columns.map(({ role: _role, ...c }) => c),
    rows: [],
    emptyNote,
    source: src(block.titleLine),
  };

  // Each side's columns, worked out once per table rather than once per row.
  const sides = [...new Set(columns.map((c) => c.side))].map((side) => {
    const sideCols = columns.map((c, idx) => ({ ...c, idx })).filter((c) => c.side === side);
    // A labelled table without a name column (“三公”经费表: amounts only) has rows without names.
    const nameCol = sideCols.find((c) => c.role === 'name') ?? (sideCols[0]?.role === 'value' && sideCols[0].path.length > 0 ? undefined : sideCols[0]);
    return { side, nameCol, codeCol: sideCols.find((c) => c.role === 'code'), altCol: sideCols.find((c) => c.role === 'alt-name'), valueCols: sideCols.filter((c) => c.role === 'value') };
  });
  const sawCarryover: Record<string, boolean> = {};
  for (let i = h; i < split.length; i++) {
    const cells = split[i];
    const line = rows[i].line;
    for (const { side, nameCol, codeCol, altCol, valueCols } of sides) {
      let name = nameCol ? (cells[nameCol.idx] ?? '').trim() : '';
      let code = codeCol ? squash(cells[codeCol.idx] ?? '') : '';
      // Tables without a code column may still print "201 一般公共服务支出" in the name cell.
      const inline = /^(\d{3}(?:\d{2}){0,2})\s+(.+)$/.exec(name);
      if (!codeCol && inline) {
        code = inline[1];
        name = inline[2];
      }
      if (codeCol && /^\d{3,7}$/.test(code) && name === '' && nameCol && nameCol.idx === codeCol.idx) name = '';
      const cellMap: Record<string, Cell> = {};
      let any = name !== '' || code !== '';
      for (const c of valueCols) {
        const raw = (cells[c.idx] ?? '').trim();
        const p = parseAmount(raw, unit);
        if (p.kind === 'invalid') ctx.unplaced.push({ text: raw, reason: `“${table.title}”第${line}行“${c.label}”列不是金额`, source: src(line) });
        cellMap[c.key] = { raw, value: p.kind === 'amount' ? p.money : null, source: src(line, c.idx) };
        if (raw !== '') any = true;
      }
      if (!any) continue;
      // A code cell that holds the name (合计 in the code column) is a label.
      if (codeCol && code !== '' && !/^\d+$/.test(code)) {
        name = name || (cells[codeCol.idx] ?? '').trim();
        code = '';
      }
      const role = roleOfName(name) ?? (sawCarryover[String(side)] && ENUM_PREFIX.test(name) ? 'carryover-item' : 'data');
      if (role === 'carryover') sawCarryover[String(side)] = true;
      if (role === 'grand-total') sawCarryover[String(side)] = false;
      const row: Row = {
        index: table.rows.length,
        sub: /^[①②③④⑤⑥⑦⑧⑨⑩]|^其中[:：]/.test(name) || undefined,
        side,
        code: /^\d{3,7}$/.test(code) ? code : undefined,
        name: stripEnumerator(name),
        role,
        altName: altCol ? (cells[altCol.idx] ?? '').trim() || undefined : undefined,
        cells: cellMap,
        source: src(line),
      };
      row.level = levelOf(row, block.kind, ctx);
      table.rows.push(row);
    }
  }
  markProjectRows(table, ctx.department, ctx.ref);
  return table;
}

function levelOf(row: Row, kind: TableKind, ctx: { ref: ReferenceSet }): Row['level'] {
  if (row.role !== 'data') return undefined;
  if (row.code) return levelOfCode(row.code);
  if (kind === 'gpb-basic-economic') {
    const hits = ctx.ref.economicDepartment.findByName(row.name);
    if (hits.some((e) => e.level === '类')) return '类';
    return '款';
  }
  return 'item';
}

/** Project tables list 部门 → 单位 → 项目; unit rows are recognised by name. */
function markProjectRows(table: Table, department: string | undefined, ref: ReferenceSet): void {
  if (table.kind !== 'project-expense' && table.kind !== 'project-carryover') return;
  const dept = department ? normalizeName(department) : undefined;
  const unitLike = (name: string) => (dept && normalizeName(name) === dept) || /(局|委员会|总工会|工会|院|中心|办公室|所|站|馆|队|处|厅|学校|幼儿园|街道办事处|镇人民政府|乡人民政府)$/.test(name);
  let hasTotal = table.rows.some((r) => r.role === 'total');
  for (const r of table.rows) {
    if (r.role !== 'data') continue;
    if (unitLike(r.name)) {
      r.level = 'unit';
      r.role = hasTotal ? 'subtotal' : 'total';
      hasTotal = true;
    } else if (!r.code || ref.functional.lookup(r.code, r.name).status !== 'ok') r.level = 'project'; // a coded 类/款/项 grouping row keeps its level
  }
}
