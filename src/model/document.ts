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
  /** Index of the table cell within its line as imported (tab-separated or sheet column order). */
  cell?: number;
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
  /** Why this profile was chosen ("部门名称…属上海市…", "用户指定"). */
  profileReason?: string;
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
  /**
   * Index (in `rows`) of the row this one adds up into: its 类 for a 款, the 款 (or 类) for a 项, the enumerated
   * or less indented line above it, the unit heading of its block. Undefined for top-level rows.
   */
  parent?: number;
  /** Indentation of the name, in steps from the table's least indented name (layouts without codes). */
  depth?: number;
  /** The year or change a row gives in tables that list each line for several periods (2025年, 2026年, 增减变化金额). */
  period?: string;
  cells: Record<string, Cell>;
  source: SourceRef;
}

/**
 * What a column holds: amounts (the only columns that take part in arithmetic), classification codes, row
 * names, other text (备注, 采购方式…), counts (人数, 车辆数), percentages, or a running number (序号).
 */
export type ColumnType = 'amount' | 'code' | 'name' | 'text' | 'count' | 'percent' | 'index';

/**
 * What an amount column is within its header tree: the total of its group (合计/小计/总计), a part of it, a
 * breakdown of the column before it (其中 — never added to it), an earlier year's figure, or a change.
 */
export type ColumnRole = 'total' | 'part' | 'of' | 'prior' | 'change';

export interface Column {
  key: string;
  label: string;
  /** Header labels from the top of the header tree down to this leaf. */
  path: string[];
  side?: 'income' | 'expense';
  type: ColumnType;
  /** Amount columns only. */
  role?: ColumnRole;
  /** For a 其中 column: the key of the column it breaks down. */
  of?: string;
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
  /** Where the unit was stated ("单位：万元" under the title, in the header, …); absent: assumed. */
  unitSource?: 'title' | 'table' | 'header' | 'page' | 'document' | 'assumed';
  /**
   * How the rows' hierarchy was read: from classification codes, from indentation, from enumerators (一、（一）1.),
   * from names the classification lists as 类 (工资福利支出), one level (flat), or not at all (unknown: cues that
   * contradict or cover only some lines; row sums are then not checked).
   */
  structure?: 'codes' | 'indented' | 'enumerated' | 'named' | 'flat' | 'unknown';
  /** Pages the table spans (first to last). */
  pages?: [number, number];
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
  /** The part's ordinal as printed ("一" of "第一部分 部门概况"). */
  partNumber?: string;
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
  /**
   * The content itself looks broken (a form whose text was lost on conversion), not merely beyond what the
   * reader understands: reported as a warning, the rest as notices of what was not read.
   */
  broken?: boolean;
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
