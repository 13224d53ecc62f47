import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An item of the gold sentence set (format: sentences/README.md). */
export interface GoldItem {
  id: string;
  file: string;
  page?: number;
  line?: number;
  heading: string;
  before?: string;
  text: string;
  claims: GoldClaim[];
  note?: string;
}

export type GoldClaim =
  | { type: 'amount'; subject: string; value: string; unit: string; period?: 'prior' | 'budget' | 'adjusted'; note?: string }
  | { type: 'change'; subject: string; direction: '增加' | '减少' | '持平'; amount?: string; unit?: string; percent?: string; base: string; note?: string }
  | { type: 'share'; subject: string; percent: string; of?: string; note?: string }
  | { type: 'completion'; subject: string; percent: string; base: string; note?: string }
  | { type: 'count'; subject: string; count: string; unit: string; note?: string };

export interface GoldDocument {
  file: string;
  items: GoldItem[];
  /** 'test' documents are held out: looked at only to report. */
  split: 'train' | 'test';
}

const DIR = join(import.meta.dirname, 'sentences');

/**
 * The split is fixed once: documents sorted by file name (code-point order), every fifth (index 4, 9, 14, …)
 * is held out as the test split.
 */
export function goldDocuments(): GoldDocument[] {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return files.map((file, i) => ({ file, items: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as GoldItem[], split: i % 5 === 4 ? 'test' : 'train' }));
}

/** The kind of document an item comes from, as its title says (决算 or 预算). */
export function kindOf(item: GoldItem): '预算' | '决算' {
  return /决算|juesuan/.test(item.file) ? '决算' : '预算';
}

/** The year of the document an item comes from, as its title says (the file name carries it). */
export function yearOf(item: GoldItem): number | undefined {
  const m = /(20\d\d)/.exec(item.file);
  return m ? Number(m[1]) : undefined;
}
