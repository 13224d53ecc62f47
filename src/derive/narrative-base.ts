import type { Paragraph, Section } from '../model/document.js';
import { trimEndOf } from '../model/names.js';
import { abs, type Money } from '../money/index.js';
import { topicOfHeading } from '../profiles/sections.js';
import { extractClaims } from '../claims/extract.js';
import { amt, pct, type Ctx } from './context.js';
import type { ChartParagraph, ChartSpec } from './types.js';

/** Sections in print order; claims are extracted from every generated paragraph, as for imported text. */
export class Sections {
  readonly list: Section[] = [];
  private parent: Section | undefined;

  constructor(private readonly ctx: Ctx) {}

  paragraph(text: string): Paragraph {
    const source = { ...this.ctx.source };
    return { text, source, claims: extractClaims(text, source, { department: this.ctx.dept }) };
  }

  chart(caption: string, chart: ChartSpec): ChartParagraph {
    return { text: caption, source: { ...this.ctx.source }, claims: [], chart };
  }

  /** A numbered section; sub-sections ("（一）", "1") inherit the topic of their parent when theirs is unknown. */
  add(part: string, number: string | undefined, heading: string, body: (string | Paragraph)[], opts: { sub?: boolean; topic?: string } = {}): Section {
    const topic = opts.topic ?? topicOfHeading(heading) ?? (opts.sub ? this.parent?.topic : undefined);
    const s: Section = {
      id: `s${this.list.length + 1}`,
      number,
      heading,
      topic,
      part,
      paragraphs: body.map((b) => (typeof b === 'string' ? this.paragraph(b) : b)),
      source: { ...this.ctx.source },
    };
    if (!opts.sub) this.parent = s;
    this.list.push(s);
    return s;
  }
}

/** "，比上年增加127.27万元，增长24.34%" — exact, with last year's figure as the base; '' without one. */
export function change(ctx: Ctx, current: bigint, last: Money | undefined, base = '上年'): string {
  if (!last) return '';
  const d = current - last.fen;
  if (d === 0n) return `，与${base}持平`;
  const p = last.fen > 0n ? pct(abs(d), last.fen) : undefined;
  return `，比${base}${d > 0n ? '增加' : '减少'}${amt(ctx, abs(d))}${p ? `，${d > 0n ? '增长' : '下降'}${p}` : ''}`;
}

/** "，主要原因是…" from the preparer's words, without a trailing full stop. */
export function reason(text: string | undefined): string {
  const t = text === undefined ? undefined : trimEndOf(text.trim(), /[。.；;，,]/);
  return t ? `，主要原因是${t.replace(/^(主要)?原因是/, '')}` : '';
}

/** "，占50.79%" (nothing when the whole is zero). */
export function share(part: bigint, whole: bigint): string {
  const p = pct(part, whole);
  return p ? `，占${p}` : '';
}

/** A list of names for "主要包括：…": all of them, or the largest `max` followed by 等. */
export function nameList(items: { name: string; fen: bigint }[], max = 12): string {
  const nonzero = items.filter((i) => i.fen !== 0n);
  if (nonzero.length <= max) return nonzero.map((i) => i.name).join('、');
  const top = [...nonzero].sort((a, b) => (b.fen > a.fen ? 1 : b.fen < a.fen ? -1 : 0)).slice(0, max);
  return nonzero.filter((i) => top.includes(i)).map((i) => i.name).join('、') + '等';
}

/** "2025年12月31日" from "2025-12-31". */
export function dateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
