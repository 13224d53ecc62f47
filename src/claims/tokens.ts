import { parseAmount, parsePercent, type Money, type Percent } from '../money/index.js';

/**
 * The figures of a sentence: amounts with a money unit, percentages, and counts with a classifier. Everything
 * else (years, dates, codes, numbers without a unit) is text.
 */
export type Figure =
  | { kind: 'money'; start: number; end: number; raw: string; value: Money }
  | { kind: 'percent'; start: number; end: number; raw: string; value: Percent }
  | { kind: 'count'; start: number; end: number; raw: string; value: number; unit: string };

/** Classifiers of the counts a narrative states (vehicles, units, projects, people, groups, visits). */
const COUNT_UNIT = /^(台\(件、套\)|台\(套\)|台\(件\)|台|辆|个(?![月工])|家|人次|人(?![民])|批次|次)/;

const NUMBER = /(?<![\d.])\d+(?:,\d{3})*(?:\.\d+)?/g;

export function figures(s: string): Figure[] {
  const out: Figure[] = [];
  for (const m of s.matchAll(NUMBER)) {
    const start = m.index;
    const num = m[0];
    const rest = s.slice(start + num.length);
    // Codes glued to a name ("2080505-机关…", "（2010605）") and enumerators ("1.", "（3）") are not figures.
    const money = /^(亿元|万元|元|万(?![\u4e00-\u9fff\d]))/.exec(rest);
    if (money) {
      const unit = money[1] === '万' ? '万元' : money[1];
      const p = parseAmount(num + unit);
      if (p.kind === 'amount') out.push({ kind: 'money', start, end: start + num.length + money[1].length, raw: num, value: p.money });
      continue;
    }
    if (rest.startsWith('%')) {
      const p = parsePercent(num.replace(/,/g, '') + '%');
      if (p) out.push({ kind: 'percent', start, end: start + num.length + 1, raw: num, value: p });
      continue;
    }
    const count = COUNT_UNIT.exec(rest);
    if (count && /^\d+$/.test(num)) out.push({ kind: 'count', start, end: start + num.length + count[1].length, raw: num, value: Number(num), unit: count[1] });
  }
  return out;
}
