import { importText } from '../src/import/text/index.js';
import { checkDocument } from '../src/rules/engine/run.js';
import type { Finding } from '../src/rules/engine/types.js';
import { rng } from '../scripts/fuzz/mutate.js';


export interface Site {
  kind: 'cell' | 'narrative';
  line: number; // 0-based index into lines
  /** Cell index for table cells; character offset of the number for narrative. */
  at: number;
  text: string;
}

/** Topics whose figures the narrative rules can check (assets and organisation counts are not tied to tables). */
const CHECKABLE_TOPICS = new Set(['change-overview', 'income', 'expenditure', 'fiscal-overview', 'gpb-expenditure', 'gpb-basic', 'operating-cost', 'procurement', 'performance']);

/** Every number a mutation may change: value cells of table data rows and money/percent figures in checkable narrative. */
export function sites(text: string): Site[] {
  const doc = importText(text);
  const lines = text.split('\n');
  const out: Site[] = [];
  for (const t of doc.tables) {
    const valueIdx = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => !/(^|\.)(name|code|alt-name)(#\d+)?$/.test(c.key)).map(({ i }) => i);
    const seen = new Set<number>();
    for (const r of t.rows) {
      const li = r.source.line! - 1;
      if (seen.has(li)) continue;
      seen.add(li);
      const cells = lines[li].split('\t');
      for (const i of valueIdx) out.push({ kind: 'cell', line: li, at: i, text: cells[i] ?? '' });
    }
  }
  for (const s of doc.sections) {
    if (!s.topic || !CHECKABLE_TOPICS.has(s.topic)) continue;
    for (const p of s.paragraphs) {
      const li = p.source.line! - 1;
      for (const m of lines[li].matchAll(/\d[\d,]*(?:\.\d+)?(?=\s*(?:万元|元|%))/g)) out.push({ kind: 'narrative', line: li, at: m.index!, text: m[0] });
    }
  }
  return out;
}

/**
 * A new value for a printed number. Changes are at least 1% and at least ten units of the last digit:
 * smaller ones can hide inside the rounding tolerance the rules grant by design.
 */
export function mutateNumber(old: string, rand: () => number): string {
  const decimals = /\.(\d+)$/.exec(old)?.[1].length ?? 0;
  const scale = 10 ** decimals;
  const v = Math.round(Number(old.replace(/,/g, '') || '0') * scale);
  let delta: number;
  if (v === 0) delta = Math.max(10, Math.round(rand() * 999 * scale));
  else delta = Math.max(10, Math.round(Math.abs(v) * (0.01 + rand() * 0.49)));
  const next = rand() < 0.5 && v - delta >= 0 ? v - delta : v + delta;
  const s = (next / scale).toFixed(decimals);
  return s;
}

function key(f: Finding): string {
  return `${f.ruleId}|${f.locations.map((l) => l.label).join(';')}|${f.expected}|${f.actual}`;
}

export interface MutationResult {
  trials: number;
  detected: number;
  missed: { site: Site; from: string; to: string }[];
}

export function runMutations(text: string, trials: number, seed = 20261126): MutationResult {
  const rand = rng(seed);
  const base = new Set(checkDocument(importText(text)).filter((f) => f.severity !== 'info').map(key));
  const all = sites(text);
  const cells = all.filter((s) => s.kind === 'cell');
  const narrative = all.filter((s) => s.kind === 'narrative');
  const lines = text.split('\n');
  const result: MutationResult = { trials, detected: 0, missed: [] };
  for (let i = 0; i < trials; i++) {
    const pool = rand() < 0.6 ? cells : narrative;
    const site = pool[Math.floor(rand() * pool.length)];
    const copy = [...lines];
    let from: string;
    let to: string;
    if (site.kind === 'cell') {
      const cells = copy[site.line].split('\t');
      from = cells[site.at] ?? '';
      to = mutateNumber(from || '0.00', rand);
      while (cells.length <= site.at) cells.push('');
      cells[site.at] = to;
      copy[site.line] = cells.join('\t');
    } else {
      from = site.text;
      to = mutateNumber(from, rand);
      copy[site.line] = copy[site.line].slice(0, site.at) + to + copy[site.line].slice(site.at + from.length);
    }
    const findings = checkDocument(importText(copy.join('\n'))).filter((f) => f.severity !== 'info');
    if (findings.some((f) => !base.has(key(f)))) result.detected++;
    else result.missed.push({ site, from, to });
  }
  return result;
}

/** A printed number changed by one unit of its last digit (0.01 万元, 1 元): the smallest change a table can hide. */
export function nudgeNumber(old: string, rand: () => number): string {
  const decimals = /\.(\d+)$/.exec(old)?.[1].length ?? 0;
  const scale = 10 ** decimals;
  const v = Math.round(Number(old.replace(/,/g, '') || '0') * scale);
  const next = rand() < 0.5 && v > 0 ? v - 1 : v + 1;
  return (next / scale).toFixed(decimals);
}

/**
 * Change table cells holding an amount by one unit of the last digit. Every such change breaks an identity by
 * less than its rounding slack, so it must be reported at least as a 尾差 warning.
 */
export function runRoundingMutations(text: string, trials: number, seed = 20261127): MutationResult {
  const rand = rng(seed);
  const base = new Set(checkDocument(importText(text)).filter((f) => f.severity !== 'info').map(key));
  const cells = sites(text).filter((s) => s.kind === 'cell' && /\d/.test(s.text));
  const lines = text.split('\n');
  const result: MutationResult = { trials, detected: 0, missed: [] };
  for (let i = 0; i < trials; i++) {
    const site = cells[Math.floor(rand() * cells.length)];
    const copy = [...lines];
    const row = copy[site.line].split('\t');
    const from = row[site.at];
    const to = nudgeNumber(from, rand);
    row[site.at] = to;
    copy[site.line] = row.join('\t');
    const findings = checkDocument(importText(copy.join('\n'))).filter((f) => f.severity !== 'info');
    if (findings.some((f) => !base.has(key(f)))) result.detected++;
    else result.missed.push({ site, from, to });
  }
  return result;
}
