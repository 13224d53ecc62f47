import type { SourceRef } from '../../model/document.js';
import type { MoneyUnit } from '../../money/index.js';

export type Box = [number, number, number, number];

/**
 * One cell of a table row as an importer saw it. Positioned importers (PDF) give its box, the horizontal
 * extent of its text (`ink`, for indentation) and, for merged cells, the column span; text formats give only
 * the text and an indentation from leading spaces.
 */
export interface InCell {
  text: string;
  box?: Box;
  /** Gaps between the cell's left and right edges and its text (points, reading orientation): indentation. */
  inset?: [number, number];
  /** Leading indentation in characters (text formats: leading spaces; full-width spaces count 2). */
  indent?: number;
  /** Columns [from, to) a merged cell covers. */
  span?: [number, number];
  /** Position of the cell in its line as imported (kept when the reader merges columns): for its source. */
  at?: number;
}

/** One line of input. Importers of positioned formats (PDF) fill page and boxes; text leaves them empty. */
export interface RawLine {
  text: string;
  /** Line number in the source (1-based), or a running number for positioned formats. */
  line: number;
  page?: number;
  /** The file the line comes from, when a disclosure is read from several files. */
  file?: string;
  box?: Box;
  /** Box of each tab-separated cell, by cell index. */
  cellBoxes?: (Box | undefined)[];
  /** The cells of a table row with their geometry (positioned importers); else derived from the tabs. */
  cells?: InCell[];
  /** Positioned importers that see the table layout mark header rows (true) and data rows (false). */
  header?: boolean;
  /** Positioned importers mark the line that titles a table (true) and lines that never do (false). */
  title?: boolean;
}

/** Builds the SourceRef of a line (and optionally of one cell of it). */
export type SourceOf = (line: number, cell?: number) => SourceRef;

/** The cells of a table line: the importer's own, or its tab-separated parts with indentation from leading spaces. */
export function cellsOf(l: RawLine): InCell[] {
  // Copied field by field (a literal, not a spread: there is one for every cell of every table).
  if (l.cells) return l.cells.map((c, i) => ({ text: c.text, box: c.box, inset: c.inset, indent: c.indent, span: c.span, at: c.at ?? i }));
  return l.text.split('\t').map((raw, i) => {
    const lead = /^[ \u3000\u00a0]*/.exec(raw)![0];
    const indent = [...lead].reduce((n, c) => n + (c === '\u3000' ? 2 : 1), 0);
    return { text: raw.trim(), at: i, ...(indent ? { indent } : {}), ...(l.cellBoxes?.[i] ? { box: l.cellBoxes[i] } : {}) };
  });
}

/** The text of a row whose only filled cell is its first: a title or a note printed inside a table's grid. */
export function soleCell(l: RawLine): string | undefined {
  if (!l.text.includes('\t')) return undefined;
  const cells = l.text.split('\t').map((c) => c.trim());
  return cells[0] !== '' && cells.slice(1).every((c) => c === '') ? cells[0] : undefined;
}

/** "单位：万元", "金额单位：元", "（单位：万元）", "计量单位:万元" anywhere in a line. */
export const UNIT_STATEMENT = /(?:金额|计量|货币)?单位\s*[:：]\s*(亿元|万元|千元|元)/;

/** The money unit a line states, if any ("千元" is reported by the caller: not a unit gongkai reads). */
export function unitIn(text: string): MoneyUnit | '千元' | undefined {
  const m = UNIT_STATEMENT.exec(text.replace(/\s+/g, ''));
  return m ? (m[1] as MoneyUnit | '千元') : undefined;
}

/** Labels that name who a table belongs to: 部门：X, 部门名称：X, 部门（单位）：X, 编制单位：X, 预算单位：X … */
const OWNER = /^(?:部门|单位|部门名称|单位名称|部门[（(]单位[）)]|单位[（(]部门[）)]|编制单位|编制部门|预算单位|预算主管部门|填报单位|主管部门)\s*[:：]\s*(.*)$/;

/**
 * A table's meta line: "部门名称：X", "编制单位：X", "单位：万元", "金额单位：元", or both on one line
 * ("部门名称：X    单位：万元", as HTML pages and PDFs print them). Undefined for any other line.
 */
export function metaLine(text: string): { department?: string; unit?: MoneyUnit } | undefined {
  // Both a unit statement and an owner label need a colon: most lines have none.
  if (!text.includes(':') && !text.includes('：')) return undefined;
  const t = text.replace(/\t/g, ' ').trim();
  const squashed = t.replace(/\s+/g, '');
  const unit = unitIn(squashed);
  const withoutUnit = t.replace(/[（(]?\s*(?:金额|计量|货币)?单位\s*[:：]\s*(亿元|万元|千元|元)\s*[)）]?\s*$/, '').trim();
  if (withoutUnit === '') return unit ? { unit: unit === '千元' ? undefined : unit } : undefined;
  const m = OWNER.exec(withoutUnit);
  if (!m) return undefined;
  const owner = m[1].trim();
  // "单位：万元" alone was handled above; "单位：某某局" names the owner.
  return { department: owner || undefined, unit: unit && unit !== '千元' ? unit : undefined };
}

/** A table label printed on its own line: 公开01表, 表一, 表1-1, 附表2, 预算公开表3, 部门公开表05, 预算03表, 预算表1. */
const LABEL = '(?:(?:部门|单位)?(?:预算|决算)?公开表\\s*[\\d一二三四五六七八九十]+(?:-\\d+)?|公开\\s*\\d+\\s*表|(?:预算|决算)\\s*\\d+\\s*表|(?:预算|决算)?附?表\\s*[一二三四五六七八九十\\d]+(?:-\\d+)?)';
export const TABLE_LABEL = new RegExp(`^${LABEL}$`);

/** A title led by its label on the same line: "预算03表 支出总表", "预算03表支出总表", "表1    部门综合预算收支总表". */
export const LABELLED_TITLE = new RegExp(`^(${LABEL})(?:\\s+|(?<=\\d表?))([^\\s\\d年].*)$`);

/** A title ending in its label in brackets: "收支总表（预算表1）". */
export const TITLE_WITH_LABEL = new RegExp(`[（(](${LABEL})[)）]$`);

/** A line that is only a table label (TABLE_LABEL, spaces ignored); every label has 表, most lines do not. */
export const isTableLabel = (t: string) => t.includes('表') && TABLE_LABEL.test(t.replace(/\s+/g, ''));

/** A line saying the table has no data: 本表无数据, 此表为空表, 我部门无政府性基金预算收支, 本年度无此项支出, 本表本年无发生额 … */
export const EMPTY_NOTE = /无数据|为空表?|空表|无.{0,16}(预算|决算|收支|支出|收入|经费|安排|资金|项目|情况)|不涉及|没有.{0,12}(预算|收支|支出|收入|资金)|无此项|未安排|无相关(内容|数据|事项|业务|收支)|无发生(额|数)/;

/** A note under a table: 注：…, 说明：…, 备注：… */
export const NOTE_LINE = /^(注|说明|备注)\s*\d*\s*[:：]/;
