import { normalizeName } from '../../model/names.js';

/** A 发文字号 as printed: 机关代字 + year in brackets + 序号 + 号, e.g. 晋工发〔2006〕54号. */
export interface DocNumber {
  raw: string;
  issuer: string;
  year: string;
  num: string;
  open: string;
  close: string;
  start: number;
  end: number;
}

/** A cited document: the outermost 《title》 and the 文号 printed right after it, when there is one. */
export interface Citation {
  title: string;
  /** Normalised title for comparison. */
  key: string;
  start: number;
  end: number;
  docNo?: DocNumber;
}

const OPEN = '〔【\\[［(（﹝';
const CLOSE = '〕】\\]］)）﹞';
const DOC_NO_BODY = `([\\u4e00-\\u9fff]{1,12})\\s*([${OPEN}])\\s*((?:19|20)\\d{2})\\s*([${CLOSE}])\\s*第?\\s*(\\d{1,4})\\s*号`;
const DOC_NO = new RegExp(DOC_NO_BODY, 'g');
const DOC_NO_AFTER_TITLE = new RegExp(`^\\s*[(（]?\\s*${DOC_NO_BODY}`);
/** Words that can precede a 机关代字 without a delimiter: cut the issuer after them. */
const ISSUER_LEAD =
  /^.*(?:通知|意见|决定|批复|办法|规定|文件|依据|根据|按照|依照|遵照|参照|重申|执行|落实|贯彻|转发|印发|下发|关于|详见|参见|的|和|及|与|即|见|号)/;

function docNumberOf(m: RegExpExecArray, offset: number): DocNumber | undefined {
  const [, rawIssuer, open, year, close, num] = m;
  const issuer = rawIssuer.replace(ISSUER_LEAD, '');
  if (!issuer) return undefined;
  const lead = m[0].indexOf(rawIssuer) + rawIssuer.length - issuer.length;
  const start = offset + m.index + lead;
  const end = offset + m.index + m[0].length;
  return { raw: m[0].slice(lead), issuer, year, num, open, close, start, end };
}

/** Every 文号 in a text. */
export function docNumbers(text: string): DocNumber[] {
  const out: DocNumber[] = [];
  for (const m of text.matchAll(DOC_NO)) {
    const d = docNumberOf(m as RegExpExecArray, 0);
    if (d) out.push(d);
  }
  return out;
}

/** The same 文号 with the year in 六角括号 (GB/T 9704-2012). */
export function correctedDocNumber(d: DocNumber): string {
  return `${d.issuer}〔${d.year}〕${d.num}号`;
}

export function hasStandardBrackets(d: DocNumber): boolean {
  return d.open === '〔' && d.close === '〕';
}

/** Comparable identity of a 文号: brackets, spacing and a leading noise word do not matter. */
export function sameDocNumber(a: DocNumber, b: DocNumber): boolean {
  return a.year === b.year && Number(a.num) === Number(b.num) && (a.issuer.endsWith(b.issuer) || b.issuer.endsWith(a.issuer));
}

export function titleKey(title: string): string {
  return normalizeName(title)
    .replace(/[《》〈〉]/g, '')
    .replace(/^[\u4e00-\u9fff]{2,8}[:：]/, '');
}

/** Outermost 《…》 titles of a text, each with the 文号 that immediately follows it. */
export function citations(text: string): Citation[] {
  const out: Citation[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') {
      if (depth++ === 0) open = i;
    } else if (text[i] === '》' && depth > 0 && --depth === 0) {
      const title = text.slice(open + 1, i);
      const after = text.slice(i + 1, i + 41);
      const m = DOC_NO_AFTER_TITLE.exec(after);
      const docNo = m ? docNumberOf(Object.assign(m, { index: 0 }), i + 1) : undefined;
      out.push({ title, key: titleKey(title), start: open, end: i + 1, docNo });
    }
  }
  return out;
}

/** Levenshtein distance (titles are short). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

const numerals = (s: string) => (s.match(/\d+|[一二三四五六七八九十百]+(?=[批次期号届年])/g) ?? []).join(',');

/**
 * Two titles name the same document: equal after normalisation, or a near copy (a word or two
 * added/changed) with the same numbers in them ("第一批" and "第二批", 2024 and 2025 stay different).
 */
export function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 10 || numerals(a) !== numerals(b)) return false;
  return editDistance(a, b) <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 10));
}
