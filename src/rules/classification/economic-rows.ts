import type { Row, Table } from '../../model/document.js';
import { normalizeName } from '../../model/names.js';
import type { CodeEntry, ReferenceSet } from '../../reference/index.js';

/** A data row of the 基本支出经济分类 table, resolved against the 部门预算支出经济分类. */
export interface EconomicRow {
  row: Row;
  level: '类' | '款';
  /** Entries the row may be: by code when printed, else by name (current names first, then former ones). */
  entries: CodeEntry[];
  /** The 类 row this row is listed under (the last 类 row above it); undefined for 类 rows. */
  klass?: EconomicRow;
}

function entriesOf(row: Row, ref: ReferenceSet): CodeEntry[] {
  const cls = ref.economicDepartment;
  if (row.code) {
    const e = cls.get(row.code);
    return e ? [e] : [];
  }
  const hits = cls.findByName(row.name);
  const current = hits.filter((e) => normalizeName(e.name) === normalizeName(row.name));
  return current.length ? current : hits;
}

/** Rows of gpb-basic-economic tables with their level, reference entries and enclosing 类. */
export function economicRows(t: Table, ref: ReferenceSet): EconomicRow[] {
  const out: EconomicRow[] = [];
  let klass: EconomicRow | undefined;
  for (const row of t.rows) {
    if (row.role !== 'data') continue;
    const entries = entriesOf(row, ref);
    const level: '类' | '款' = row.code ? (row.code.length === 3 ? '类' : '款') : row.level === '类' ? '类' : '款';
    const er: EconomicRow = { row, level, entries, klass: level === '类' ? undefined : klass };
    if (level === '类') klass = er;
    out.push(er);
  }
  return out;
}

/** The 类 code of an economic row (its own for 类 rows, its class row's otherwise). */
export function classCode(er: EconomicRow): string | undefined {
  const k = er.level === '类' ? er : er.klass;
  return k?.entries.find((e) => e.level === '类')?.code ?? (k?.row.code && k.row.code.length === 3 ? k.row.code : undefined);
}

export function economicTables(tables: Table[]): Table[] {
  return tables.filter((t) => t.kind === 'gpb-basic-economic');
}
