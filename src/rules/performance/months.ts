// Months named in indicator values and schedule text: "七月", "12月", "2026年1月", "2026年6月和12月",
// "六月份", "年底", "上半年", "12月底前". Used by perf-time-vs-plan.

export interface When {
  /** Month numbers 1–12, with the year when printed (year * 100 + month), else month only. */
  months: { year?: number; month: number }[];
  /** A named month rather than a span (上半年, 年底, 夏季, "…底前"). */
  specific: boolean;
}

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => ({ month: a + k }));

const SPANS: [RegExp, number, number][] = [
  [/上半年/, 1, 6],
  [/下半年/, 7, 12],
  [/年[底末]/, 11, 12],
  [/年初/, 1, 2],
  [/(第一|一)季度/, 1, 3],
  [/(第二|二)季度/, 4, 6],
  [/(第三|三)季度/, 7, 9],
  [/(第四|四)季度/, 10, 12],
  [/春季/, 3, 5],
  [/夏季/, 6, 8],
  [/秋季/, 9, 11],
];

/** A month mention: optional year, month in digits or Chinese, optional 份/底/初/中旬, optional 前. */
export const MONTH = /(?:(\d{4})年)?(1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])月(?:份)?(底|末|初|上旬|中旬|下旬)?(前|之前|以前)?/g;

export function parseWhen(s: string): When | undefined {
  const months: When['months'] = [];
  let deadline = false;
  let last: { year?: number; end: number } | undefined;
  for (const m of s.matchAll(MONTH)) {
    const before = s.slice(Math.max(0, m.index! - 1), m.index!);
    if (/[个每\d]/.test(before) && !m[1]) continue;
    const month = /^\d+$/.test(m[2]) ? Number(m[2]) : CN[m[2]];
    // "2026年6月和12月": a month joined to a dated one shares its year.
    const joined = last?.year !== undefined && /^(和|及|与|、|至|到|-|—)$/.test(s.slice(last.end, m.index));
    const year = m[1] ? Number(m[1]) : joined ? last!.year : undefined;
    last = { year, end: m.index! + m[0].length };
    if (m[4]) {
      deadline = true;
      months.push(...range(1, month).map((x) => ({ ...x, year })));
    } else months.push({ year, month });
  }
  if (months.length) return { months, specific: !deadline };
  for (const [re, a, b] of SPANS) if (re.test(s)) return { months: range(a, b), specific: false };
  return undefined;
}

/** Do two mentions share a month (comparing years only when both give one)? */
export function overlaps(a: When, b: When): boolean {
  return a.months.some((x) => b.months.some((y) => x.month === y.month && (x.year === undefined || y.year === undefined || x.year === y.year)));
}

export interface Statement {
  text: string;
  when: When;
}

/**
 * Schedule statements of a text: sentences (split at 。；; and at enumerators "2、", "三、") that name a month or
 * a span; a sentence naming several months is split at its commas so each part keeps its own month.
 */
export function statements(text: string): Statement[] {
  const out: Statement[] = [];
  const sentences = text.split(/[。；;!?！？]|\s+|(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})、)/).filter((s) => s && s.trim());
  for (const s of sentences) {
    const when = parseWhen(s);
    if (!when) continue;
    const parts = s.split(/[,，]/);
    const named = parts.filter((p) => parseWhen(p));
    if (named.length <= 1) {
      out.push({ text: s.trim(), when });
      continue;
    }
    let cur: string | undefined;
    for (const p of parts) {
      if (parseWhen(p)) {
        if (cur) out.push({ text: cur, when: parseWhen(cur)! });
        cur = p;
      } else if (cur) cur += `,${p}`;
    }
    if (cur) out.push({ text: cur, when: parseWhen(cur)! });
  }
  return out;
}

export function describeWhen(w: When): string {
  return w.months.map((m) => `${m.year ? `${m.year}年` : ''}${m.month}月`).join('、');
}
