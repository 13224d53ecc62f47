import { figures, type Figure } from './tokens.js';
import { TARGET_BEFORE_FIGURE, THRESHOLD_AFTER_FIGURE } from './words.js';

/** A figure with the text around it, as the grammar reads it. */
export interface Slot {
  fig: Figure;
  /** Text from the previous stop (clause punctuation, aside parenthesis, previous figure) to the figure. */
  lead: string;
  /** Text from the previous clause stop to the figure (may hold earlier figures of the clause). */
  clause: string;
  /** Text after the figure up to the next stop or figure. */
  tail: string;
  /** Parenthesis depth: a figure in "（上年执行数为0.00万元，…）" is an aside of the sentence around it. */
  depth: number;
  /** Start of the "；"-separated part (at the figure's depth) the figure is in. */
  part: number;
  /** Index of the clause in the sentence. */
  clauseIndex: number;
}

export interface ReadSentence {
  text: string;
  slots: Slot[];
  /** Clause stops: offsets of ，；：。 and of aside parentheses. */
  stops: number[];
  depthAt: number[];
}

const CLAUSE_STOP = /[，；：。]/;

/**
 * A parenthesis is an aside (a clause boundary) when it holds figures, clauses or more than a few characters;
 * short ones are part of a name: 因公出国（境）费, 维修（护）费, （类）, （本级）, 台（套）.
 */
function asideParens(s: string): Set<number> {
  const out = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') open.push(i);
    else if (s[i] === ')' && open.length) {
      const o = open.pop()!;
      const inner = s.slice(o + 1, i);
      // "（2010605）" and "（2026年度）" belong to the name before them; "（111.8%）" and clauses are asides.
      const nameLike = /^\d{3,}$|^\d{4}年度?$/.test(inner);
      if (!nameLike && (/\d|[，；：。]/.test(inner) || inner.length > 8)) {
        out.add(o);
        out.add(i);
      }
    }
  }
  return out;
}

export function readSentence(text: string): ReadSentence {
  const aside = asideParens(text);
  const stops: number[] = [];
  const depthAt: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (aside.has(i) && text[i] === '(') depth++;
    depthAt.push(depth);
    if (aside.has(i) && text[i] === ')') depth = Math.max(0, depth - 1);
    if (CLAUSE_STOP.test(text[i]) || aside.has(i)) stops.push(i);
  }
  depthAt.push(depth);
  // Thresholds ("单价100万元以上") and targets ("不低于98%") are text, not figures.
  const figs = figures(text).filter((f) => !(f.kind === 'money' && THRESHOLD_AFTER_FIGURE.test(text.slice(f.end))) && !TARGET_BEFORE_FIGURE.test(text.slice(0, f.start)));
  const slots: Slot[] = figs.map((fig, k) => {
    let lastStop = stops.filter((s) => s < fig.start).pop() ?? -1;
    const prevEnd = k > 0 ? figs[k - 1].end : 0;
    let leadEnd = fig.start;
    // "行政运行（行政及参公单位基本支出）2678.58万元": a gloss between a name and its figure; the name leads.
    if (lastStop + 1 === fig.start && text[lastStop] === ')' && aside.has(lastStop)) {
      const open = text.lastIndexOf('(', lastStop);
      if (!/\d/.test(text.slice(open, lastStop))) {
        leadEnd = open;
        lastStop = stops.filter((s) => s < open).pop() ?? -1;
      }
    }
    const nextStop = stops.find((s) => s >= fig.end) ?? text.length;
    const nextFig = figs[k + 1]?.start ?? text.length;
    return {
      fig,
      // The gloss stays with the name, so that "行政运行（行政及参公单位基本支出）" is not read as the 行政运行 line.
      lead: text.slice(Math.max(lastStop + 1, prevEnd), Math.max(leadEnd, prevEnd)) + (leadEnd < fig.start ? text.slice(leadEnd, fig.start) : ''),
      clause: text.slice(lastStop + 1, fig.start),
      tail: text.slice(fig.end, Math.min(nextStop, nextFig)),
      depth: depthAt[fig.start],
      part: partStart(text, fig.start, depthAt),
      clauseIndex: stops.filter((s) => s < fig.start).length,
    };
  });
  return { text, slots, stops, depthAt };
}

/** Start of the "；"-part around `at`: after the last "；" at the same depth, or after the opening aside. */
function partStart(text: string, at: number, depthAt: number[]): number {
  const d = depthAt[at];
  for (let i = at - 1; i >= 0; i--) {
    if (depthAt[i] < d) return i + 1;
    if (depthAt[i] === d && text[i] === '；') return i + 1;
  }
  return 0;
}

/** The clauses of a sentence with no figure in them, with their offsets. */
export function figurelessClauses(r: ReadSentence): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (const stop of [...r.stops, r.text.length]) {
    if (stop > start && !r.slots.some((s) => s.fig.start >= start && s.fig.start < stop)) out.push({ text: r.text.slice(start, stop), start, end: stop });
    start = stop + 1;
  }
  return out;
}
