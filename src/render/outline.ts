import type { Section } from '../model/document.js';

// Document outline helpers shared by every renderer: Chinese numerals, section nesting, numbered headings.

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
