import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/** Schema of the gold sentence set in test/claims/sentences (see its README.md). */
const DIR = join(import.meta.dirname, 'sentences');
const figure = z.string().regex(/^\d+(\.\d+)?$/, 'figure: digits without separators');
const unit = z.enum(['元', '万元', '亿元']);
const subject = z.string().min(1);
const note = z.string().min(1).optional();

const amount = z.strictObject({
  type: z.literal('amount'),
  subject,
  value: figure,
  unit,
  period: z.enum(['prior', 'budget', 'adjusted']).optional(),
  note,
});
const change = z
  .strictObject({
    type: z.literal('change'),
    subject,
    direction: z.enum(['增加', '减少', '持平']),
    amount: figure.optional(),
    unit: unit.optional(),
    percent: figure.optional(),
    base: z.string().min(1),
    note,
  })
  .refine((c) => (c.amount === undefined) === (c.unit === undefined), 'change: amount and unit go together')
  // "决算数大于年初预算数": a 决算 compared in words with its budget, the figures stated beside it.
  .refine((c) => c.direction === '持平' || c.amount !== undefined || c.percent !== undefined || /预算/.test(c.base), 'change: amount or percent');
const share = z.strictObject({ type: z.literal('share'), subject, percent: figure, of: z.string().min(1).optional(), note });
const completion = z.strictObject({ type: z.literal('completion'), subject, percent: figure, base: z.string().min(1), note });
const count = z.strictObject({ type: z.literal('count'), subject, count: z.string().regex(/^\d+$/), unit: z.string().min(1), note });
const claim = z.union([amount, change, share, completion, count]);

const item = z
  .strictObject({
    id: z.string(),
    file: z.string().regex(/\.(pdf|txt|html)$/),
    page: z.number().int().positive().optional(),
    line: z.number().int().positive().optional(),
    heading: z.string(),
    before: z.string().min(1).optional(),
    text: z.string().min(2),
    claims: z.array(claim),
    note,
  })
  .refine((i) => (i.page === undefined) !== (i.line === undefined), 'exactly one of page and line')
  .refine((i) => i.claims.every((c) => c.type !== 'share' || c.of !== undefined || c.note !== undefined), 'share without of needs a note');

type Item = z.infer<typeof item>;
type Claim = z.infer<typeof claim>;

/** Text as figures are compared: half-width digits, no thousands separators or spaces inside numbers. */
function normalise(text: string): string {
  return text
    .replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)[ ,，](?=\d)/g, '')
    .replace(/(?<=\d) +(?=\.)|(?<=\.) +(?=\d)/g, '')
    .replace(/(?<=\d) +(?=[\u4e00-\u9fff%])/g, '')
    .replace(/万 +元/g, '万元');
}

function figuresOf(c: Claim): string[] {
  switch (c.type) {
    case 'amount':
      return [c.value + c.unit];
    case 'change':
      return [...(c.amount ? [c.amount + c.unit] : []), ...(c.percent ? [c.percent + '%'] : [])];
    case 'share':
    case 'completion':
      return [c.percent + '%'];
    case 'count':
      return [c.count + c.unit[0]];
  }
}

function hitsOf(text: string, figure: string, id: string): number[] {
  const end = /\d$/.test(figure) ? '(?![\\d.])' : '';
  const re = new RegExp(`(?<![\\d.])${figure.replace('.', '\\.')}${end}`, 'g');
  const hits = [...text.matchAll(re)].map((m) => m.index);
  expect(hits.length, `${id}: ${figure} not in text`).toBeGreaterThan(0);
  return hits;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const all: { file: string; items: Item[] }[] = files.map((f) => ({
  file: f,
  items: z.array(item).parse(JSON.parse(readFileSync(join(DIR, f), 'utf8'))),
}));

describe('gold sentence set for narrative claims', () => {
  it('has enough real sentences from enough documents, including sentences without claims', () => {
    const items = all.flatMap((d) => d.items);
    expect(items.length).toBeGreaterThanOrEqual(320);
    expect(all.filter((d) => d.items.length > 0).length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => i.claims.length === 0 && /\d/.test(i.text)).length).toBeGreaterThanOrEqual(40);
  });

  it('names each file after its source document and gives unique ids that carry the page or line', () => {
    const seen = new Set<string>();
    for (const { file, items } of all) {
      const stem = basename(file, '.json');
      for (const i of items) {
        expect(basename(i.file).replace(/\.(pdf|txt|html)$/, ''), i.id).toBe(stem);
        const where = i.page !== undefined ? `p${i.page}` : `l${i.line}`;
        expect(i.id).toMatch(new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-${where}-\\d+$`));
        expect(seen.has(i.id), `duplicate id ${i.id}`).toBe(false);
        seen.add(i.id);
      }
    }
  });

  it('takes every figure of a claim from the sentence itself, in reading order', () => {
    for (const i of all.flatMap((d) => d.items)) {
      const text = normalise(i.text);
      let last = 0;
      for (const c of i.claims) {
        // A claim with a note may read a figure whose unit is misprinted ("3,623.98 为万元"): number only.
        const figures = figuresOf(c).map((f) => (c.note ? f.replace(/[^\d.]+$/, '') : f));
        const [first, ...rest] = figures.map((f) => hitsOf(text, f, i.id));
        if (!first) continue;
        const at = first.find((h) => h >= last);
        expect(at, `${i.id}: ${c.type} ${c.subject} is out of reading order`).toBeDefined();
        last = at ?? last;
        for (const hits of rest) expect(hits.some((h) => h >= last), `${i.id}: ${c.subject}`).toBe(true);
      }
    }
  });
});
