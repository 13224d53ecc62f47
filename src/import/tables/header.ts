import { squash } from '../../model/columns.js';
import { parseAmount } from '../../money/index.js';
import type { InCell } from '../lines/line.js';

/** A table row as the reader receives it: cells, the importer's header flag, and its source line. */
export interface InRow {
  cells: InCell[];
  header?: boolean;
  line: number;
}

/** Markers that stand in the label column of a column-number row: 栏次, 行次, **, 甲, 乙. */
const NUMBER_ROW_LABEL = /^(栏次|行次|\*+|[甲乙丙丁]|—+|-+)$/;

/**
 * "1 2 3 …", "栏次 1 2 3", "** 1 2 3 4", "甲 乙 1 2 3": rows that number the columns. Never data, never header.
 */
export function isColumnNumberRow(texts: string[]): boolean {
  const numbers: number[] = [];
  let labels = 0;
  for (const t of texts) {
    const v = squash(t);
    if (v === '') continue;
    if (/^\d{1,2}$/.test(v)) numbers.push(Number(v));
    else if (NUMBER_ROW_LABEL.test(v)) labels++;
    else return false;
  }
  if (numbers.length < (labels ? 1 : 3)) return false;
  return numbers.every((v, i) => i === 0 || v === numbers[i - 1] + 1);
}

/** Header vocabulary: labels that open a header row or make up one. */
const HEADER_FIRST = /^(项目|收入|支出|科目编码|收入科目编码|单位名称|项目名称|部门预算支出经济科目名称|科目名称|功能分类科目编码|功能分类科目名称|支出功能分类科目|经济分类科目名称|国有资本经营预算收入|政府性基金预算收入|编码|科目|序号|单位编码|单位代码|部门（单位）代码|部门\(单位\)代码|部门（单位）名称|部门\(单位\)名称|单位名称|部门名称|预算单位|部门|项目\(科目\)|项目（科目）|功能科目|经济科目|收入项目|支出项目|类)$/;
const HEADER_WORD =
  /^(\d{4}年?(度)?(预算数|预算|合计|决算数|执行数)?|合计|小计|总计|金额|项目|科目编码|科目名称|基本支出|项目支出|人员经费|公用经费|人员支出|日常公用支出|本年收入|上年结转|当年预算安排|上年结转安排|一般公共预算|政府性基金(预算)?|国有资本经营(预算)?|财政专户管理资金|单位资金|收入|支出|\d{4}年财政拨款|.*经济科目名称|.*收入预算|.{0,12}预算支出|.{0,12}预算收入|政府预算支出经济科目名称|本年预算|年初结转和结余|年末结转和结余|决算数|预算数|其中[:：]?.*|类|款|项|序号|备注|增减.*|.{0,10}%)$/;

const isAmount = (v: string) => parseAmount(v).kind === 'amount' && !/^\d{4}年/.test(v);

/**
 * A header row (for formats that do not flag them) has no amounts and either consists of header vocabulary,
 * or opens the table with a 项目/科目… label in its first cell (the other labels are then column names of any
 * wording), or continues the header above it with an empty first cell (a sub-header such as 小计 / 购置费).
 */
function looksLikeHeader(texts: string[], position: number, prevHeader: boolean): boolean {
  const vals = texts.map(squash);
  if (vals.every((v) => v === '')) return false;
  if (vals.some((v) => v !== '' && isAmount(v))) return false;
  const first = vals[0];
  if (first !== '' && !HEADER_FIRST.test(first)) return false;
  if (vals.filter((v) => v !== '').every((v) => HEADER_WORD.test(v) || HEADER_FIRST.test(v))) return true;
  if (position === 0 && first !== '') return true;
  return prevHeader && first === '';
}

/**
 * Split a table's rows into header rows and data rows, dropping column-number rows. Rows the importer flagged
 * keep their flag; for the others the header is the run of header-looking rows at the top.
 */
export function splitHeader(rows: InRow[]): { header: InRow[]; data: InRow[] } {
  return split(rows, false);
}

/** The header rows of splitHeader, without reading the data rows after them. */
export const headerRows = (rows: InRow[]): InRow[] => split(rows, true).header;

function split(rows: InRow[], headerOnly: boolean): { header: InRow[]; data: InRow[] } {
  const header: InRow[] = [];
  const data: InRow[] = [];
  let inHeader = true;
  for (const r of rows) {
    if (headerOnly && !inHeader) break;
    const texts = r.cells.map((c) => c.text);
    if (isColumnNumberRow(texts)) continue;
    if (texts.every((t) => squash(t) === '')) continue;
    const isHeader = inHeader && (r.header ?? looksLikeHeader(texts, header.length, header.length > 0));
    if (isHeader) header.push(r);
    else {
      inHeader = false;
      data.push(r);
    }
  }
  return { header, data };
}

/** Header cells as the header builder wants them: text and, where known, the merged cell's column span. */
export const headerCells = (r: InRow) => r.cells.map((c) => ({ text: c.text, span: c.span }));
