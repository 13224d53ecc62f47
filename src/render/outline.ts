import type { Row, Section, Table } from '../model/document.js';
import type { Indicator } from '../model/performance.js';
import { rowLabelOf } from '../derive/types.js';

// Layout helpers shared by every renderer: Chinese numerals, section nesting, numbered headings, row names,
// indicator rows grouped by level.

const CN = '一二三四五六七八九十';

/** 1 → 一, 12 → 十二 (parts, glossary entries). */
export const cnNum = (n: number) => (n <= 10 ? CN[n - 1] : n < 20 ? '十' + CN[n - 11] : String(n));

/** Nesting of each section (1 or 2): "一" directly after the previous top-level number continues the top level. */
export function sectionLevels(sections: Section[]): number[] {
  let lastTop = 0;
  let part: string | undefined;
  return sections.map((s) => {
    if (s.part !== part) {
      part = s.part;
      lastTop = 0;
    }
    const n = s.number ?? '';
    const v = CN.indexOf(n) + 1 || (/^十[一二三四五六七八九]?$/.test(n) ? 10 + CN.indexOf(n.slice(1)) + 1 : 0);
    if (v && (v === lastTop + 1 || lastTop === 0) && !/^[（(]/.test(n)) {
      lastTop = v;
      return 1;
    }
    return n ? 2 : 1;
  });
}

/** A section heading with its number: "一、本部门职责", "（一）政府购买服务指导性目录". */
export function headingText(s: Section): string {
  const n = s.number;
  if (!n) return s.heading;
  return /^[（(]/.test(n) ? n + s.heading : `${n}、${s.heading}`;
}

export interface IndicatorLine {
  l1: string;
  l2: string;
  name: string;
  period: string;
  annual: string;
  /** Rows the 一级 / 二级 cell spans, on the first line of its group; 0 on the lines it covers. */
  span1: number;
  span2: number;
}

/** One line per indicator (level1, level2, name) with both periods' values, grouped, with merge spans. */
export function indicatorLines(list: Indicator[]): IndicatorLine[] {
  const rows: IndicatorLine[] = [];
  for (const i of list) {
    const l1 = i.level1 ?? '';
    const l2 = i.level2 ?? '';
    let r = rows.find((x) => x.l1 === l1 && x.l2 === l2 && x.name === i.name);
    if (!r) rows.push((r = { l1, l2, name: i.name, period: '', annual: '', span1: 0, span2: 0 }));
    if (i.period === '实施期') r.period = i.value.raw;
    else r.annual = i.value.raw;
  }
  const l1s = [...new Set(rows.map((r) => r.l1))];
  const order = l1s.flatMap((l1) => [...new Set(rows.filter((r) => r.l1 === l1).map((r) => r.l2))].flatMap((l2) => rows.filter((r) => r.l1 === l1 && r.l2 === l2)));
  order.forEach((r, i) => {
    const first1 = i === 0 || order[i - 1].l1 !== r.l1;
    const first2 = first1 || order[i - 1].l2 !== r.l2;
    r.span1 = first1 ? order.filter((x) => x.l1 === r.l1).length : 0;
    r.span2 = first2 ? order.filter((x) => x.l1 === r.l1 && x.l2 === r.l2).length : 0;
  });
  return order;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** A row's name as printed; breakdown lines ("其中") get their circled number when the label lacks one. */
export function nameText(r: Row, t: Table): string {
  const label = rowLabelOf(r);
  if (!r.sub || label !== r.name || /^[①-⑩]/.test(label)) return label;
  const i = t.rows.indexOf(r);
  let k = 0;
  while (i - k - 1 >= 0 && t.rows[i - k - 1].sub && t.rows[i - k - 1].side === r.side) k++;
  return (CIRCLED[k] ?? '') + label;
}
