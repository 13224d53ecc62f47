import type { Money, MoneyUnit } from '../money/index.js';
import type { Claim } from './claims.js';
import type { PerformanceForm } from './performance.js';
import type { TableKind } from '../profiles/table-kinds.js';

/** Where a piece of a document came from. Lines are 1-based; pages too. */
export interface SourceRef {
  file?: string;
  line?: number;
  page?: number;
  /** [x, y, width, height] in PDF points, origin top-left. */
  box?: [number, number, number, number];
  /** Character offsets within the line or paragraph text. */
  span?: [number, number];
}

export type BudgetKind = '预算' | '决算';
export type BudgetScope = '部门' | '单位';

export interface DocumentMeta {
  title?: string;
  department?: string;
  year?: number;
  kind: BudgetKind;
  scope: BudgetScope;
  /** Administrative level inferred from the department name (县/区 → county). */
  adminLevel?: 'central' | 'province' | 'city' | 'county' | 'township';
  /** Unit the document mostly uses (tables may override). */
  unit: MoneyUnit;
  region?: string;
  profile: string;
  draft: boolean;
  /** Where the first draft watermark ("仅供内部审核") was seen. */
  draftSource?: SourceRef;
  source: SourceRef;
}

export interface Cell {
  raw: string;
  value: Money | null;
  source?: SourceRef;
}

/**
 * data: an item; total: 合计 / 本年收入合计; subtotal: a unit row inside a project table; carryover: 上年结转 /
 * 年终结转; carryover-item: a source listed under a carryover row; grand-total: 收入总计 / 支出总计.
 */
export type RowRole = 'data' | 'total' | 'subtotal' | 'carryover' | 'carryover-item' | 'grand-total';

export interface Row {
  index: number;
  /** 'income' / 'expense' for two-sided tables; undefined elsewhere. */
  side?: 'income' | 'expense';
  code?: string;
  name: string;
  /** 类/款/项 for functional codes, 类/款 for economic ones, 'unit' for unit rows, 'project' for projects. */
  level?: '类' | '款' | '项' | 'unit' | 'project' | 'item';
  role: RowRole;
  /** A breakdown line of the row above it ("①公务用车购置费", "其中：…"); not part of the table total. */
  sub?: boolean;
  /** Second name column (e.g. 政府预算支出经济科目 next to 部门经济科目). */
  altName?: string;
  cells: Record<string, Cell>;
  source: SourceRef;
}

export interface Column {
  key: string;
  label: string;
  /** Header labels from the top of the header tree down to this leaf. */
  path: string[];
  side?: 'income' | 'expense';
}

export interface HeaderNode {
  label: string;
  children: HeaderNode[];
}

export interface Table {
  id: string;
  kind: TableKind;
  title: string;
  /** Printed number, e.g. "表一" or "预算公开表1". */
  number?: string;
  unit: MoneyUnit;
  header: HeaderNode[];
  columns: Column[];
  rows: Row[];
  /** "本表无数据" or similar, when the table says it is empty. */
  emptyNote?: string;
  source: SourceRef;
}

export interface Paragraph {
  text: string;
  source: SourceRef;
  claims: Claim[];
}

export interface Section {
  id: string;
  /** "一", "（一）", "1" … as printed. */
  number?: string;
  heading: string;
  /** Canonical topic (see profiles/sections.ts), e.g. 'change-overview', 'income', 'basic-expenditure'. */
  topic?: string;
  part?: string;
  paragraphs: Paragraph[];
  source: SourceRef;
}

export interface GlossaryEntry {
  term: string;
  definition: string;
  source: SourceRef;
}

/** Something the importer saw but could not place. Reported, never silently dropped. */
export interface Unplaced {
  text: string;
  reason: string;
  source: SourceRef;
}

/** A disclosure as observed: what it says, each piece with its source. Rules read only this. */
export interface BudgetDocument {
  meta: DocumentMeta;
  tables: Table[];
  sections: Section[];
  forms: PerformanceForm[];
  glossary: GlossaryEntry[];
  /** Table-of-contents entries (title, page) as printed. */
  toc: { title: string; page?: number; source: SourceRef }[];
  unplaced: Unplaced[];
}
