import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../model/document.js';
import { formatIn } from '../../money/index.js';
import { importTextBuffer } from '../text/index.js';
import { importPdfFile } from './index.js';

/**
 * testdata/zezhou-2026.pdf is the seed document (test/fixtures/seed/zezhou-2026.txt) printed by the PDF
 * renderer (src/render/pdf, pdfmake, Noto Serif SC, with the draft watermark). Reading it back must give the
 * tables the text importer reads from the seed.
 */
const text = importTextBuffer(readFileSync('test/fixtures/seed/zezhou-2026.txt'), { file: 'zezhou-2026.txt' });
const pdf = await importPdfFile(join('src', 'import', 'pdf', 'testdata', 'zezhou-2026.pdf'));

const tables = (d: BudgetDocument) =>
  d.tables.map((t) => ({
    kind: t.kind,
    unit: t.unit,
    columns: t.columns.map((c) => c.key),
    empty: !!t.emptyNote,
    rows: t.rows.map((r) => [r.side ?? '', r.code ?? '', r.name, r.role, ...Object.entries(r.cells).map(([k, c]) => `${k}=${c.value ? formatIn(c.value) : c.raw}`)].join('|')),
  }));

describe('the seed printed to PDF reads back the same', () => {
  it('meta', () => {
    expect(pdf.meta).toMatchObject({ department: '泽州县总工会', year: 2026, kind: '预算', profile: 'shanxi-13', draft: true });
  });

  it('all thirteen tables, row for row and amount for amount', () => {
    // The three sources listed under 上年财政拨款结转 are its items in both, with or without enumerators.
    expect(tables(pdf)).toEqual(tables(text));
    expect(tables(text).flatMap((t) => t.rows).filter((r) => r.includes('carryover-item'))).toHaveLength(3);
  });

  it('every table row knows its page', () => {
    expect(pdf.tables.every((t) => t.rows.every((r) => r.source.page && r.source.box))).toBe(true);
  });

  it('the performance forms and the glossary', () => {
    expect(pdf.forms.map((f) => f.kind)).toEqual(text.forms.map((f) => f.kind));
    expect(pdf.glossary.map((g) => g.term)).toEqual(text.glossary.map((g) => g.term));
  });
});
