import type { Cell, SourceRef, Table } from '../model/document.js';
import { formatIn, money, roundTo, type MoneyUnit } from '../money/index.js';
import { formatPercent, ratioPercent } from '../money/percent.js';
import type { ReferenceSet } from '../reference/index.js';
import type { TableKind } from '../profiles/table-kinds.js';
import type { Facts } from '../facts/schema.js';
import { functionalNames } from '../facts/classify.js';
import { header, valueColumns, type H } from './header.js';
import { Ledger } from './ledger.js';
import type { DerivedRow } from './types.js';

export interface Ctx {
  facts: Facts;
  ref: ReferenceSet;
  year: number;
  dept: string;
  /** Unit the tables and the narrative print amounts in. */
  unit: MoneyUnit;
  source: SourceRef;
  ledger: Ledger;
  /** Functional code → name (类, 款 and 项). */
  names: Map<string, string>;
}

export function makeCtx(facts: Facts, ref: ReferenceSet, file?: string): Ctx {
  return {
    facts,
    ref,
    year: facts.department.year,
    dept: facts.department.name,
    unit: facts.unit,
    source: file ? { file } : {},
    ledger: new Ledger(facts),
    names: functionalNames(facts.expenditure, facts.functionalNames, ref).names,
  };
}

/** A figure as printed in the document's unit with two decimals: "650.24". */
export function num(ctx: Ctx, fen: bigint): string {
  return formatIn(money(fen, '元', 2), ctx.unit, 2);
}

/** A figure with its unit: "650.24万元". */
export function amt(ctx: Ctx, fen: bigint): string {
  return num(ctx, fen) + ctx.unit;
}

/** A share with two decimals: "50.79%"; undefined when the whole is zero. */
export function pct(part: bigint, whole: bigint): string | undefined {
  const p = ratioPercent(part, whole, 2);
  return p ? formatPercent(p) : undefined;
}

/** A table cell: blank for zero (as printed tables do), otherwise the rounded figure. */
export function cell(ctx: Ctx, fen: bigint | undefined): Cell {
  if (fen === undefined || fen === 0n) return { raw: '', value: null, source: ctx.source };
  const value = roundTo(money(fen, '元', 2), ctx.unit, 2);
  return { raw: formatIn(value, ctx.unit, 2), value, source: ctx.source };
}

export interface RowSpec {
  name: string;
  label?: string;
  code?: string;
  level?: DerivedRow['level'];
  role?: DerivedRow['role'];
  side?: 'income' | 'expense';
  sub?: boolean;
  altName?: string;
  /** Column key (without side prefix) → amount in 分. */
  values?: Record<string, bigint>;
}

/**
 * A table under construction: header from a spec, rows added in print order. Each row is linked to the row it
 * adds up into (derivation knows the hierarchy: codes, 类/款 levels, units and their projects, carryover sources).
 */
export class TableBuilder {
  readonly table: Table;
  private readonly links = new Map<string | undefined, { byLength: Map<number, DerivedRow>; lastMain?: DerivedRow; class?: DerivedRow; unit?: DerivedRow; carry?: DerivedRow }>();

  constructor(
    private readonly ctx: Ctx,
    kind: TableKind,
    title: string,
    spec: H[],
  ) {
    const { header: tree, columns } = header(spec);
    this.table = { id: '', kind, title, unit: ctx.unit, header: tree, columns, rows: [], source: ctx.source };
  }

  add(spec: RowSpec): DerivedRow {
    const cells: Record<string, Cell> = {};
    for (const c of valueColumns(this.table.columns, spec.side)) {
      const key = spec.side ? c.key.slice(spec.side.length + 1) : c.key;
      cells[c.key] = cell(this.ctx, spec.values?.[key]);
    }
    const row: DerivedRow = {
      index: this.table.rows.length,
      side: spec.side,
      code: spec.code,
      name: spec.name,
      level: spec.level,
      role: spec.role ?? 'data',
      sub: spec.sub || undefined,
      altName: spec.altName,
      cells,
      source: this.ctx.source,
    };
    if (spec.label && spec.label !== spec.name) row.label = spec.label;
    this.link(row);
    this.table.rows.push(row);
    return row;
  }

  private link(row: DerivedRow): void {
    let l = this.links.get(row.side);
    if (!l) this.links.set(row.side, (l = { byLength: new Map() }));
    const parent = row.sub
      ? l.lastMain
      : row.role === 'carryover-item'
        ? l.carry
        : row.role !== 'data'
          ? undefined
          : row.code
            ? ([...l.byLength.values()].filter((p) => row.code!.length > p.code!.length && row.code!.startsWith(p.code!)).sort((a, b) => b.code!.length - a.code!.length)[0] ?? l.unit)
            : row.level === '款'
              ? l.class
              : row.level === 'project'
                ? l.unit
                : undefined;
    if (parent) row.parent = parent.index;
    if (row.sub) return;
    l.lastMain = row;
    if (row.role === 'carryover') l.carry = row;
    if (row.role !== 'data' && row.role !== 'carryover-item') l.byLength.clear();
    if (row.level === '类' && !row.code) l.class = row;
    if (row.level === 'unit' || (row.role === 'data' && !row.code && row.level !== '款' && row.level !== 'project' && row.level !== '类')) {
      l.unit = row;
      l.byLength.clear();
    }
    if (row.code) {
      for (const len of [...l.byLength.keys()]) if (len >= row.code.length) l.byLength.delete(len);
      l.byLength.set(row.code.length, row);
    }
    this.table.structure = this.table.rows.some((r) => r.code) || row.code ? 'codes' : row.level === '款' || this.table.structure === 'named' ? 'named' : 'flat';
  }

  empty(): this {
    this.table.emptyNote = '注：本表无数据';
    return this;
  }
}

const DIGITS = '零一二三四五六七八九';

/** Chinese numeral for 1–99: 一, 十, 十一, 二十一. */
export function cn(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}
