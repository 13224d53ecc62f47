import type { Paragraph } from '../../src/model/document.js';
import { extractSectionClaims } from '../../src/claims/extract.js';
import { goldDocuments, kindOf, yearOf, type GoldClaim, type GoldItem } from './gold.js';
import { asGold, familyOf, matchClaims } from './match.js';

export interface ItemResult {
  item: GoldItem;
  split: 'train' | 'test';
  extracted: GoldClaim[];
  /** Pairs [extracted index, expected index]. */
  pairs: [number, number][];
}

/**
 * Run the extractor on each gold sentence the way a paragraph arrives in the document model: a section with
 * the item's heading, the sentence before (when the item gives one) as the paragraph before, then the text.
 */
export function evaluate(): ItemResult[] {
  const out: ItemResult[] = [];
  for (const doc of goldDocuments())
    for (const item of doc.items) {
      const paragraphs: Paragraph[] = [...(item.before ? [item.before] : []), item.text].map((text) => ({ text, source: { file: item.file, page: item.page, line: item.line }, claims: [] }));
      extractSectionClaims({ heading: item.heading, paragraphs }, { kind: kindOf(item), year: yearOf(item) });
      const extracted = paragraphs[paragraphs.length - 1].claims.map(asGold).filter((c): c is GoldClaim => c !== undefined);
      out.push({ item, split: doc.split, extracted, pairs: matchClaims(extracted, item.claims) });
    }
  return out;
}

export interface Score {
  extracted: number;
  expected: number;
  matched: number;
}

export const precision = (s: Score) => (s.extracted ? s.matched / s.extracted : 1);
export const recall = (s: Score) => (s.expected ? s.matched / s.expected : 1);

/** Scores by a grouping of claims (type, family); an extracted claim is grouped like the claim it would be. */
export function scoreBy(results: ItemResult[], key: (c: GoldClaim, r: ItemResult) => string): Map<string, Score> {
  const m = new Map<string, Score>();
  const get = (k: string) => m.get(k) ?? (m.set(k, { extracted: 0, expected: 0, matched: 0 }), m.get(k)!);
  for (const r of results) {
    r.extracted.forEach((c) => get(key(c, r)).extracted++);
    r.item.claims.forEach((c) => get(key(c, r)).expected++);
    // A match counts in the expected claim's group (and its extracted claim is counted there instead).
    for (const [i, j] of r.pairs) {
      const kx = key(r.extracted[i], r);
      const ke = key(r.item.claims[j], r);
      get(ke).matched++;
      if (kx !== ke) {
        get(kx).extracted--;
        get(ke).extracted++;
      }
    }
  }
  return m;
}

export const total = (rs: ItemResult[]) => scoreBy(rs, () => 'all').get('all') ?? { extracted: 0, expected: 0, matched: 0 };
export const byType = (rs: ItemResult[]) => scoreBy(rs, (c) => c.type);
export const byFamily = (rs: ItemResult[]) => scoreBy(rs, (c, r) => familyOf(c, r.item, [...r.item.claims, ...r.extracted]));

export function table(title: string, groups: Map<string, Score>): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  const rows = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return [title, ...rows.map(([k, s]) => `  ${k.padEnd(10)} P ${pct(precision(s))}  R ${pct(recall(s))}  (${s.matched}/${s.extracted} extracted, ${s.matched}/${s.expected} expected)`)].join('\n');
}
