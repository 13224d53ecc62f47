import type { Table } from '../../model/document.js';
import type { RowLabel } from './labels.js';

/** The hierarchy read from a table's labels: each row's parent (index into the same list) and depth. */
export interface Hierarchy {
  structure: NonNullable<Table['structure']>;
  parent: (number | undefined)[];
  depth: (number | undefined)[];
}

/** Rows that take part in the hierarchy: data and carryover lines (a 上年结转 line may have sources under it). */
const inTree = (l: RowLabel) => l.role === 'data' || l.role === 'carryover';

/**
 * Read the rows' hierarchy from the strongest cue the table prints: classification codes (201 ⊃ 20101 ⊃
 * 2010101, levels may be skipped), else indentation of the names, else enumerators (一、 ⊃ （一） ⊃ 1.), else
 * the levels the classification gives every name; otherwise the table is flat. 其中 and ① lines always belong to the line above them. A name line inside a
 * coded table (a unit's heading) heads the coded lines after it. Total lines end every open branch.
 */
/** The level the classification gives a name: 0 for a 类, 1 for a 款, 2 for a 项; undefined when unknown. */
export type NameLevel = (name: string) => number | undefined;

export function readHierarchy(labels: RowLabel[], levelOfName: NameLevel = () => undefined): Hierarchy {
  const h = readLevels(labels, levelOfName);
  adoptCarryoverItems(labels, h);
  return h;
}

/**
 * Lines listed after a 上年结转 line and before the next total are its sources ("上年结转 / 一、一般公共预算 /
 * 二、政府性基金预算 / 收入总计"), whatever their enumerator says, unless the layout already placed them.
 */
function adoptCarryoverItems(labels: RowLabel[], h: Hierarchy): void {
  let carry: number | undefined;
  labels.forEach((l, i) => {
    if (l.role === 'carryover') carry = i;
    else if (!inTree(l)) carry = undefined;
    else if (carry !== undefined && !l.sub && h.parent[i] === undefined) h.parent[i] = carry;
  });
}

function readLevels(labels: RowLabel[], levelOfName: NameLevel): Hierarchy {
  const rows = labels.map((l, i) => ({ l, i })).filter(({ l }) => inTree(l) && !l.sub);
  const coded = rows.filter(({ l }) => keyOf(l));
  if (coded.length >= 2 && coded.length >= 0.5 * rows.length) return byCodes(labels);
  const items = rows.filter(({ l }) => l.role === 'data');
  const enumerated = items.filter(({ l }) => l.enumLevel !== undefined);
  const enumLevels = new Set(enumerated.map(({ l }) => l.enumLevel)).size;
  // Enumerators of two levels or more on (almost) every line (一、本年收入 over （一）…（三）) say the levels
  // outright; indentation only shows them.
  if (enumerated.length >= 2 && enumerated.length >= 0.8 * items.length && enumLevels >= 2) {
    let last = 1;
    const levels = labels.map((l) => (l.enumLevel !== undefined ? (last = l.enumLevel) : last));
    return byLevels(labels, levels, 'enumerated');
  }
  const depths = indentDepths(labels);
  if (depths) return byLevels(labels, depths, 'indented');
  // Un-numbered lines, then a numbered list (“三公”经费 / （一）… （二）… 1. … （三）…): the list is under the line above it.
  const firstEnum = items.findIndex(({ l }) => l.enumLevel !== undefined);
  if (enumerated.length >= 2 && firstEnum > 0 && items.slice(firstEnum).every(({ l }) => l.enumLevel !== undefined)) {
    const ranks = [...new Set(enumerated.map(({ l }) => l.enumLevel!))].sort((a, b) => a - b);
    return byLevels(labels, labels.map((l) => (l.enumLevel !== undefined ? ranks.indexOf(l.enumLevel) + 1 : 0)), 'enumerated');
  }
  // Enumerators on a few lines only (一、教育支出 over un-numbered 款 and 项): the levels between cannot be told.
  if (enumerated.length >= 2 && enumerated.length < 0.8 * items.length) return byLevels(labels, labels.map(() => 0), 'unknown');
  // Every name known to the classification, at two levels or more (工资福利支出 ⊃ 基本工资): levels by name.
  const named = rows.map(({ l }) => levelOfName(l.name));
  if (rows.length >= 3 && named.every((x) => x !== undefined) && new Set(named).size >= 2) {
    return byLevels(labels, labels.map((l) => levelOfName(l.name) ?? 0), 'named');
  }
  return byLevels(labels, labels.map(() => 0), 'flat');
}

/** The code a line's place in the tree follows: its classification code, or its unit code (024 ⊃ 024001). */
const keyOf = (l: RowLabel) => l.code ?? l.unitCode;

/**
 * Parents by code prefix: the latest line above of each code length, the longest one that is a prefix (a 项
 * printed after another 款's lines still belongs to its own 款 when that was printed before). A non-coded data
 * line between coded ones heads the coded lines that follow it (a unit's block).
 */
function byCodes(labels: RowLabel[]): Hierarchy {
  const parent: (number | undefined)[] = labels.map(() => undefined);
  const depth: (number | undefined)[] = labels.map(() => undefined);
  let last = new Map<number, { code: string; i: number }>();
  let head: number | undefined;
  let top: number | undefined;
  let lastMain: number | undefined;
  labels.forEach((l, i) => {
    if (l.sub) {
      parent[i] = lastMain;
      return;
    }
    lastMain = i;
    if (!inTree(l)) {
      last = new Map();
      head = top = undefined;
      return;
    }
    const code = keyOf(l);
    if (!code) {
      // A unit's (or group's) heading: the coded lines below it are its parts. A heading right above another
      // heading (the department above its units) heads the headings that follow.
      last = new Map();
      const next = labels.slice(i + 1).find((x) => !x.sub);
      if (next && !keyOf(next) && inTree(next)) {
        top = i;
        head = undefined;
        return;
      }
      head = next && keyOf(next) ? i : undefined;
      if (head !== undefined && top !== undefined) parent[i] = top;
      return;
    }
    const above = [...last.values()].filter((o) => o.code.length < code.length && code.startsWith(o.code)).sort((a, b) => b.code.length - a.code.length);
    parent[i] = above[0]?.i ?? head;
    depth[i] = above.length;
    for (const len of [...last.keys()]) if (len >= code.length) last.delete(len);
    last.set(code.length, { code, i });
  });
  return { structure: 'codes', parent, depth };
}

/** Parents from levels (indentation depths or enumerator levels): the nearest line above with a lower level. */
function byLevels(labels: RowLabel[], levels: (number | undefined)[], structure: Hierarchy['structure']): Hierarchy {
  const parent: (number | undefined)[] = labels.map(() => undefined);
  const depth: (number | undefined)[] = labels.map(() => undefined);
  let stack: { level: number; i: number }[] = [];
  let lastMain: number | undefined;
  labels.forEach((l, i) => {
    if (l.sub) {
      parent[i] = lastMain;
      return;
    }
    lastMain = i;
    if (!inTree(l)) {
      stack = [];
      return;
    }
    const level = levels[i] ?? 0;
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    parent[i] = stack[stack.length - 1]?.i;
    depth[i] = level;
    stack.push({ level, i });
  });
  return { structure, parent, depth };
}

/**
 * Depths from the indentation of names: clusters of indents (within 40% of the smallest step), numbered from
 * the least indented. Undefined when the names are not indented in at least two steps, or are centred.
 */
function indentDepths(labels: RowLabel[]): number[] | undefined {
  labels = labels.map((l, i) => (l.opensList ? { ...l, indent: labels.slice(i + 1).find((n) => n.enumLevel === l.enumLevel)?.indent ?? l.indent } : l));
  const items = labels.filter((l) => inTree(l) && !l.sub && l.name !== '');
  if (items.length < 3) return undefined;
  if (items.filter((l) => l.centred).length > items.length / 3) return undefined;
  const indents = items.map((l) => l.indent).filter((x): x is number => x !== undefined);
  if (indents.length < 0.8 * items.length) return undefined;
  const sorted = [...new Set(indents.map((x) => Math.round(x * 10) / 10))].sort((a, b) => a - b);
  const levels: number[] = [];
  for (const x of sorted) if (!levels.length || x - levels[levels.length - 1] > stepTolerance(sorted)) levels.push(x);
  if (levels.length < 2 || levels.length > 6) return undefined;
  const depthOf = (x: number) => levels.reduce((best, lv, k) => (Math.abs(lv - x) < Math.abs(levels[best] - x) ? k : best), 0);
  return labels.map((l) => (l.indent === undefined ? 0 : depthOf(l.indent)));
}

/** Indents closer than this are one step: a third of a character in text formats, 2.5 points in PDFs. */
function stepTolerance(sorted: number[]): number {
  return sorted.every((x) => Number.isInteger(x)) ? 0.5 : 2.5;
}
