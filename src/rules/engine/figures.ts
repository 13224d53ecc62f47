import type { Claim } from '../../model/claims.js';
import type { BudgetDocument, Cell, Row, Section, Table } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import { halfQuantum, money, type Money } from '../../money/index.js';
import type { TableKind } from '../../profiles/table-kinds.js';
import { cellLoc } from './locate.js';
import { bindDocumentClaims } from '../../claims/extract.js';
import type { Location } from './types.js';

export interface Figure {
  value: Money;
  location: Location;
  /** Human name of the figure, e.g. "支出总表 合计 基本支出". */
  label: string;
  /** Rounding slack of a derived figure (a sum of printed figures); a printed figure has half its quantum. */
  tolerance?: bigint;
  /** The printed cells the figure comes from (one, or the addends of a sum): for coverage. */
  cells?: Cell[];
  /** Read from a classification or project line (by code, path or name), not a named total. */
  line?: boolean;
}

/** Read-only accessors over a document's tables, shared by all rules. */
export class Figures {
  constructor(readonly doc: BudgetDocument) {
    // Narrative claims are bound in the context of their section before any rule reads them.
    bindDocumentClaims(doc);
  }

  tables(kind: TableKind): Table[] {
    return this.doc.tables.filter((t) => t.kind === kind);
  }

  table(kind: TableKind): Table | undefined {
    return this.doc.tables.find((t) => t.kind === kind);
  }

  rows(t: Table, side?: 'income' | 'expense'): Row[] {
    return t.rows.filter((r) => r.side === side);
  }

  row(t: Table, role: Row['role'], side?: 'income' | 'expense'): Row | undefined {
    return t.rows.find((r) => r.role === role && r.side === side);
  }

  /** Row by (normalised) name on a side. */
  rowByName(t: Table, name: string, side?: 'income' | 'expense'): Row | undefined {
    const n = normalizeName(name);
    return t.rows.find((r) => r.side === side && normalizeName(r.name) === n);
  }

  /** A cell's amount; blank cells count as zero (tables leave zero cells blank). */
  value(t: Table, row: Row, key: string): Money {
    return row.cells[key]?.value ?? money(0n, t.unit, 2);
  }

  hasCell(row: Row, key: string): boolean {
    return key in row.cells;
  }

  figure(t: Table | undefined, row: Row | undefined, key: string, label: string): Figure | undefined {
    if (t && /^(income|expense)\.total$/.test(key)) key = this.sideTotalKey(t, key.split('.')[0] as 'income' | 'expense');
    if (!t || !row || !(key in row.cells)) return undefined;
    return { value: this.value(t, row, key), location: cellLoc(t, row, key), label, cells: [row.cells[key]] };
  }

  /**
   * The total column of a two-sided table's side: "income.total", else the one column of the side the header
   * marks as its total ("本年预算" over 编制预算 and 上年结转, keyed by its own label).
   */
  sideTotalKey(t: Table, side: 'income' | 'expense'): string {
    const key = `${side}.total`;
    if (t.columns.some((c) => c.key === key)) return key;
    const totals = t.columns.filter((c) => c.side === side && c.type === 'amount' && c.role === 'total');
    return totals.length === 1 ? totals[0].key : key;
  }

  /**
   * A table of one unit printed without a total row: the unit's own row above its coded lines ("深圳市发展和改革委员会
   * （本级）" then "201 一般公共服务支出"…) is the table's total. Not when several units are listed.
   */
  unitRow(t: Table): Row | undefined {
    const data = t.rows.filter((r) => r.role === 'data' && !r.side);
    const heads = data.filter((r) => !r.code && r.parent === undefined);
    if (heads.length !== 1 || data.length < 2 || data[0] !== heads[0]) return undefined;
    return data.slice(1).every((r) => r.code) ? heads[0] : undefined;
  }

  /** Named figures of a disclosure that narratives talk about. */
  concept(id: string): Figure | undefined {
    const ies = this.table('income-expense-summary');
    const inc = this.table('income-summary');
    const exp = this.table('expense-summary');
    const fis = this.table('fiscal-summary');
    const gpb = this.table('gpb-expense');
    const eco = this.table('gpb-basic-economic');
    const total = (t?: Table, side?: 'income' | 'expense') => (t ? (this.row(t, 'total', side) ?? (side ? undefined : this.unitRow(t))) : undefined);
    const grand = (t?: Table, side?: 'income' | 'expense') => (t ? (this.row(t, 'grand-total', side) ?? this.row(t, 'total', side)) : undefined);
    // The line carried over (年末结转和结余), not another balance line beside it (结余分配).
    const carry = (t?: Table, side?: 'income' | 'expense') => (t ? (t.rows.find((r) => r.side === side && r.role === 'carryover' && /结转/.test(r.name)) ?? this.row(t, 'carryover', side)) : undefined);
    const item = (t: Table | undefined, side: 'income' | 'expense', re: RegExp) => t?.rows.find((r) => r.side === side && r.role === 'data' && re.test(r.name));
    const first = (...fs: (Figure | undefined)[]) => fs.find((f) => f !== undefined);
    const subtotal = (t: Table | undefined, name: RegExp) => t?.rows.find((r) => r.role === 'subtotal' && name.test(normalizeName(r.name)));
    const SOURCES: Record<string, RegExp> = {
      gpb: /^一般公共预算/,
      gov_fund: /^政府性基金/,
      soe: /^国有资本经营/,
      special_account: /^财政专户/,
      unit_funds: /^单位资金/,
    };
    switch (id) {
      case 'income.grand':
        return first(this.figure(ies, grand(ies, 'income'), 'income.total', '收支总表 收入总计'));
      case 'income.current':
        return first(this.figure(ies, total(ies, 'income'), 'income.total', '收支总表 本年收入合计'), this.figure(inc, total(inc), 'total', '收入总表 合计'));
      case 'income.carryover':
        return first(this.figure(ies, carry(ies, 'income'), 'income.total', '收支总表 上年结转'), this.figure(inc, total(inc), 'carryover', '收入总表 上年结转'));
      case 'expense.grand':
        return first(this.figure(ies, grand(ies, 'expense'), 'expense.total', '收支总表 支出总计'));
      case 'expense.current':
        return first(
          this.figure(ies, total(ies, 'expense'), 'expense.current', '收支总表 本年支出合计（当年预算安排）'),
          this.figure(ies, total(ies, 'expense'), 'expense.total', '收支总表 本年支出合计'),
        );
      case 'expense.carryover':
        return first(this.figure(ies, total(ies, 'expense'), 'expense.carryover', '收支总表 上年结转安排'), this.figure(ies, carry(ies, 'expense'), 'expense.total', '收支总表 年终结转'));
      case 'expense.total':
        return first(this.figure(exp, total(exp), 'total', '支出总表 合计'), this.figure(ies, total(ies, 'expense'), 'expense.total', '收支总表 本年支出合计'));
      case 'expense.basic':
        return this.figure(exp, total(exp), 'basic', '支出总表 基本支出');
      case 'expense.project':
        return this.figure(exp, total(exp), 'project', '支出总表 项目支出');
      case 'fiscal.grand':
        return this.figure(fis, grand(fis, 'income'), 'income.total', '财政拨款收支总表 收入总计');
      case 'fiscal.current':
        // A table that prints its 本年收入 line above its sources, as a line like them.
        return this.figure(fis, total(fis, 'income') ?? item(fis, 'income', /^本年收入(合计)?$/), 'income.total', '财政拨款收支总表 本年收入合计');
      case 'fiscal.expense':
        return first(this.figure(fis, total(fis, 'expense'), 'expense.total', '财政拨款收支总表 本年支出合计'), this.figure(fis, grand(fis, 'expense'), 'expense.total', '财政拨款收支总表 支出总计'));
      case 'fiscal.basic': {
        const t = this.table('fiscal-basic-economic');
        return this.figure(t, t ? total(t) : undefined, 'total', '财政拨款基本支出表 合计');
      }
      case 'expense.yearend':
        return this.figure(ies, carry(ies, 'expense'), 'expense.total', '收支总表 年终结转结余');
      case 'fiscal.carryover':
        return this.figure(fis, carry(fis, 'income'), 'income.total', '财政拨款收支总表 上年财政拨款结转');
      case 'gpb.total':
        return first(this.figure(gpb, total(gpb), 'total', '一般公共预算支出表 合计'));
      case 'gpb.basic':
        return first(this.figure(gpb, total(gpb), 'basic', '一般公共预算支出表 基本支出'), this.figure(eco, total(eco), 'total', '基本支出经济分类表 合计'));
      case 'gpb.project':
        return this.figure(gpb, total(gpb), 'project', '一般公共预算支出表 项目支出');
      // A 决算's 基本支出表 prints 人员经费 and 公用经费 as subtotal rows ("人员经费合计"), not as columns.
      case 'gpb.personnel':
        return first(this.figure(eco, total(eco), 'personnel', '基本支出经济分类表 人员经费'), this.figure(eco, subtotal(eco, /^人员经费合计$/), 'total', '基本支出决算表 人员经费合计'));
      case 'gpb.public':
        return first(this.figure(eco, total(eco), 'public', '基本支出经济分类表 公用经费'), this.figure(eco, subtotal(eco, /^公用经费合计$/), 'total', '基本支出决算表 公用经费合计'));
      case 'operating.total': {
        const t = this.table('operating-cost');
        return this.figure(t, t ? total(t) : undefined, 'total', '机关运行经费表 合计');
      }
      case 'threepublic.total': {
        const t = this.table('three-public');
        return this.figure(t, t ? total(t) : undefined, 'total', '“三公”经费表 合计');
      }
      case 'project.total': {
        const t = this.table('project-expense');
        return this.figure(t, t ? total(t) : undefined, 'total', '项目支出表 合计');
      }
    }
    const withCarry = /^fiscal\+carryover\.(gpb|gov_fund|soe)$/.exec(id);
    if (withCarry && fis) {
      // A source's appropriation of the year plus what was carried over of it (一般公共预算资金 + 一般公共预算拨款 结转).
      const lines = fis.rows.filter((r) => r.side === 'income' && (r.role === 'data' || r.role === 'carryover-item') && SOURCES[withCarry[1]].test(r.name));
      return lines.length === 2 && lines.some((r) => r.role === 'carryover-item') ? this.sumOf(fis, lines, 'income.total', `财政拨款收支总表 ${withCarry[1]}（含上年结转）`) : undefined;
    }
    const src = /^(income|fiscal)\.(gpb|gov_fund|soe|special_account|unit_funds)$/.exec(id);
    if (src) {
      const [, scope, key] = src;
      if (scope === 'income')
        return first(this.figure(inc, total(inc), key, `收入总表 合计 ${key}`), this.figure(ies, item(ies, 'income', SOURCES[key]), 'income.total', `收支总表 ${key}`));
      return this.figure(fis, item(fis, 'income', SOURCES[key]), 'income.total', `财政拨款收支总表 ${key}`);
    }
    return undefined;
  }

  /**
   * The 类-level lines of a functional table: 3-digit coded lines, or the top lines of the hierarchy when the
   * table prints names only. Tables of unit blocks list a 类 once per unit.
   */
  classLines(t: Table, side?: 'income' | 'expense'): Row[] {
    const data = t.rows.filter((r) => r.side === side && r.role === 'data' && !r.sub);
    if (data.some((r) => r.code)) return data.filter((r) => r.code?.length === 3);
    if (t.structure === 'unknown') return [];
    return data.filter((r) => r.parent === undefined);
  }

  /** A figure summed over lines (a 类 or a code over a table's unit blocks); undefined when there are none. */
  sumOf(t: Table, rows: Row[], key: string, label: string): Figure | undefined {
    const present = rows.filter((r) => key in r.cells);
    if (!present.length) return undefined;
    if (present.length === 1) return this.figure(t, present[0], key, label);
    const fen = present.reduce((s, r) => s + this.value(t, r, key).fen, 0n);
    const value = { ...(present[0].cells[key].value ?? money(0n, t.unit, 2)), fen };
    const tolerance = present.reduce((s, r) => s + halfQuantum(r.cells[key].value ?? { unit: t.unit, decimals: 2 }), 0n);
    return { value, location: cellLoc(t, present[0], key), label: `${label}（${present.length}个单位合计）`, tolerance, cells: present.map((r) => r.cells[key]) };
  }

  /** A 类's figure in a functional table, by name, summed over its unit blocks. */
  classFigure(t: Table, name: string, key: string, side?: 'income' | 'expense'): Figure | undefined {
    const n = normalizeName(name);
    const lines = this.classLines(t, side).filter((r) => normalizeName(r.name) === n);
    const code = lines.find((r) => r.code)?.code;
    return this.sumOf(t, lines, key, `${t.title} ${code ? code + ' ' : ''}${name}`);
  }

  /** A code's figure in a table, summed over its unit blocks. */
  codeFigure(t: Table, code: string, key: string, side?: 'income' | 'expense'): Figure | undefined {
    const lines = t.rows.filter((r) => r.side === side && r.role === 'data' && !r.sub && r.code === code);
    return this.sumOf(t, lines, key, `${t.title} ${code} ${lines[0]?.name ?? ''}`);
  }

  /** Functional classification row by name, preferring the table the topic talks about. */
  functionalByName(name: string, topic?: string): Figure | undefined {
    // The section decides which table a class figure comes from: 财政拨款 overview → 财政拨款收支总表, etc.
    const order: TableKind[] =
      topic === 'gpb-expenditure'
        ? ['gpb-expense', 'expense-summary', 'fiscal-summary']
        : topic === 'fiscal-overview'
          ? ['fiscal-summary', 'gpb-expense', 'expense-summary']
          : ['expense-summary', 'gpb-expense', 'fiscal-summary', 'income-expense-summary'];
    for (const kind of order) {
      const t = this.table(kind);
      if (!t) continue;
      const side = t.rows.some((r) => r.side) ? 'expense' : undefined;
      const r = this.rowByName(t, name, side);
      if (r) return this.figure(t, r, side ? 'expense.total' : 'total', `${t.title} ${r.name}`);
    }
    return undefined;
  }

  /** All names printed in functional tables (for "does this name exist" checks). */
  functionalNames(): Set<string> {
    const out = new Set<string>();
    for (const t of this.doc.tables)
      if (['expense-summary', 'gpb-expense', 'income-summary', 'fiscal-summary', 'income-expense-summary', 'gov-fund-expense'].includes(t.kind))
        for (const r of t.rows) if (r.role === 'data' && r.side !== 'income') out.add(normalizeName(r.name));
    return out;
  }

  *claims<T extends Claim['type']>(type: T): Generator<{ claim: Extract<Claim, { type: T }>; section: Section }> {
    for (const section of this.doc.sections)
      for (const p of section.paragraphs) for (const c of p.claims) if (c.type === type) yield { claim: c as Extract<Claim, { type: T }>, section };
  }
}
