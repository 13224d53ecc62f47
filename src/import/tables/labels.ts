import type { Column, RowRole } from '../../model/document.js';
import { squash } from '../../model/columns.js';
import type { InCell } from '../lines/line.js';

/** What the label cells of a row say: its code, name, enumerator level, role and indentation. */
export interface RowLabel {
  code?: string;
  name: string;
  altName?: string;
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①; undefined without an enumerator. */
  enumLevel?: number;
  role: RowRole;
  /** A breakdown of the row above (其中：…, ①…), never part of a sum with its siblings. */
  sub: boolean;
  /** Indentation of the name: points from the cell's left edge, or characters in text formats. */
  indent?: number;
  /** The name was centred in its cell (indentation then says nothing). */
  centred?: boolean;
  /** The row names a budget unit by its unit code (收入总表 by unit). */
  unitCode?: string;
  /** Printed after "其中：", which opens the list: its indentation is that of the prefix, not of its siblings. */
  opensList?: boolean;
}

const ENUMERATORS: [RegExp, number][] = [
  [/^[一二三四五六七八九十]+[、.．]/, 1],
  [/^[（(][一二三四五六七八九十]+[)）]、?/, 2],
  [/^\d{1,2}[、.．](?!\d)/, 3],
  [/^[（(]\d{1,2}[)）]、?/, 4],
  [/^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/, 5],
];

const SUB_PREFIX = /^其中[:：]?\s*|^含[:：]/;

/** The first characters of ENUMERATORS and SUB_PREFIX. */
const MAY_OPEN = /^[一二三四五六七八九十（(0-9①-⑳其含]/;

/** Strip an enumerator (一、（一）1. ①) and a 其中： prefix from a row name. */
export function stripEnumerator(name: string): string {
  // Most names start with none of the characters an enumerator or prefix starts with: nothing to strip.
  if (!MAY_OPEN.test(name.trim())) return name.trim();
  let t = name.trim().replace(SUB_PREFIX, '');
  for (const [re] of ENUMERATORS) t = t.replace(re, '');
  return t.replace(SUB_PREFIX, '').trim();
}

function enumLevelOf(name: string): number | undefined {
  for (const [re, level] of ENUMERATORS) if (re.test(name.trim())) return level;
  return undefined;
}

/** The role a row's name gives it. */
export function roleOfName(name: string): RowRole | undefined {
  const n = squash(stripEnumerator(name)).replace(/[、，,]/g, '').replace(/[:：]$/, '');
  if (/^(收入|支出|收支)?总计$|^合计总计$/.test(n)) return 'grand-total';
  if (/^(本年|本期|当年)?(收入|支出)?合计$|^(部门|单位|总|全部)合计$|^合计数?$|^总合计$/.test(n)) return 'total';
  // A group's own total (人员经费合计, 项目支出小计): closes its group, never a line of the tree.
  if (/.(合计|小计)$/.test(n)) return 'subtotal';
  if (/^(上年(财政拨款)?(结转|结余)(和|及)?(结转|结余)?|年终结转(和|及)?(结余)?|年[末初](财政拨款)?结转(和|及)?结余|上年结转结余|结转(结余)?下年(支出|资金)?|年末结转|用事业基金弥补收支差额|上年结余|结余分配|使用非财政拨款结余(和专用结余)?|使用专用结余)$/.test(n)) return 'carryover';
  return undefined;
}

/** Functional (3/5/7 digits) or economic (3/5 digits) codes, bare or bracketed: 201, [20101], 【2010101】. */
const CODE = /^[[【]?(\d{3}(?:\d{2}){0,2})[\]】]?$/;
/** A code printed in the name cell: "201 一般公共服务支出", "[201]一般公共服务支出", "2010101行政运行". */
const INLINE_CODE = /^[[【]?(\d{3}(?:\d{2}){0,2})[\]】]?\s*(?=[^\d\s.,，%])/;

/** The column indices that hold a side's labels. */
export interface LabelColumns {
  names: number[];
  /** Name columns that name a group of rows (预算单位, 单位名称) rather than the row's own subject. */
  groups: number[];
  codes: number[];
  /** Columns of unit (not classification) codes: 单位编码, 部门（单位）代码. */
  unitCodes: number[];
  alt?: number;
}

/** A code column that numbers budget units (单位编码, 部门（单位）代码), not classification subjects (部门经济科目编码). */
const UNIT_CODE_LABEL = /^(?!.*科目).*(单位|部门|机构)/;

export function labelColumns(columns: Column[], side: Column['side']): LabelColumns {
  const idx = (pred: (c: Column) => boolean) => columns.flatMap((c, i) => (c.side === side && pred(c) ? [i] : []));
  return {
    names: idx((c) => c.type === 'name' && !c.key.endsWith('alt-name')),
    groups: idx((c) => c.type === 'name' && /单位|部门/.test(c.label) && !/科目/.test(c.label)),
    codes: idx((c) => c.type === 'code' && !UNIT_CODE_LABEL.test(c.label)),
    unitCodes: idx((c) => c.type === 'code' && UNIT_CODE_LABEL.test(c.label)),
    alt: idx((c) => c.key.endsWith('alt-name'))[0],
  };
}

/** Read the label of one row (one side of a two-sided table). */
export function readLabel(cells: InCell[], cols: LabelColumns): RowLabel {
  // The row's own subject: the first filled name column that does not name a group (a unit over its lines); a row
  // that only names its group (a unit's heading) is named by it. Crossed classifications (功能 | 政府经济 | 部门经济
  // on one line) are read by their first one.
  const filled = cols.names.filter((k) => (cells[k]?.text.trim() ?? '') !== '');
  const own = filled.find((k) => !cols.groups.includes(k)) ?? filled[0];
  const nameCell = own !== undefined ? cells[own] : undefined;
  let name = nameCell?.text.trim() ?? '';
  // The first code column gives the row its place; a second one (政府经济科目编码 beside 部门经济科目编码) is a mapping.
  let code = squash(cells[cols.codes[0]]?.text ?? '');
  const codeMatch = CODE.exec(code);
  if (code !== '' && !codeMatch) {
    // A label printed across the code column (合计 in a merged cell).
    if (name === '') name = code;
    code = '';
  } else if (codeMatch) code = codeMatch[1];
  const inline = INLINE_CODE.exec(name);
  if (inline && (code === '' || code === inline[1])) {
    code = inline[1];
    // "2010601-行政运行": a dash joins code and name.
    name = name.slice(inline[0].length).replace(/^[-－—–]+/, '').trim();
  }
  // "其中：（一）因公出国（境）费" opens an enumerated list of the line's parts: the first of its items, not a 其中 line.
  const listOpens = SUB_PREFIX.test(name) && enumLevelOf(name.replace(SUB_PREFIX, '')) !== undefined;
  if (listOpens) name = name.replace(SUB_PREFIX, '');
  const enumLevel = enumLevelOf(name);
  const sub = (!listOpens && SUB_PREFIX.test(name)) || enumLevel === 5;
  const role = roleOfName(name) ?? 'data';
  const alt = cols.alt !== undefined ? cells[cols.alt]?.text.trim() || undefined : undefined;
  const unitCode = cols.unitCodes.map((k) => squash(cells[k]?.text ?? '')).find((x) => /^\d+$/.test(x));
  return {
    code: code || undefined,
    name: stripEnumerator(name),
    altName: alt,
    enumLevel,
    role,
    sub,
    ...(unitCode ? { unitCode } : {}),
    ...(listOpens ? { opensList: true } : {}),
    ...indentOf(nameCell),
  };
}

/** Indentation of a name cell: characters for text formats, points from the cell's edge for PDF cells. */
function indentOf(c: InCell | undefined): { indent?: number; centred?: boolean } {
  if (!c) return {};
  if (c.indent !== undefined) return { indent: c.indent };
  if (c.inset) {
    const [left, right] = c.inset;
    return { indent: left, centred: left > 2 && Math.abs(left - right) < 1.5 };
  }
  return {};
}
