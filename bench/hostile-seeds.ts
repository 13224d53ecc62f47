// Real inputs that the hostile corpus and the fuzzer start from: the seed text, real PDFs cut with pdf-lib,
// and XLSX/DOCX disclosures rendered from the example facts. Nothing here is committed; all is made on demand.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { deriveDocument } from '../src/derive/index.js';
import { loadFacts } from '../src/facts/index.js';
import { readZipDirectory } from '../src/import/xlsx/zip.js';
import { makeZip } from '../src/import/xlsx/testing.js';
import type { BudgetDocument } from '../src/model/document.js';

export const SEED_TEXT = 'test/fixtures/seed/zezhou-2026.txt';
export const SEED_FACTS = 'examples/zezhou-2026.facts.yaml';
export const SEED_PDF = 'test/fixtures/real/上海市普陀区社会福利院2024年单位预算.pdf';
export const ENCRYPTED_PDF = 'src/import/pdf/testdata/encrypted.pdf';

/** The first `pages` pages of a real PDF. */
export async function pdfPages(file: string, pages: number): Promise<Buffer> {
  const src = await PDFDocument.load(readFileSync(file));
  const out = await PDFDocument.create();
  for (const p of await out.copyPages(src, [...Array(Math.min(pages, src.getPageCount())).keys()])) out.addPage(p);
  return Buffer.from(await out.save());
}

/** The example disclosure as a document; `small` keeps two tables, one section and one form (fast to fuzz). */
export function seedDocument(small = false): BudgetDocument {
  const doc = deriveDocument(loadFacts(SEED_FACTS), 'shanxi-13', { file: SEED_FACTS });
  if (small) {
    doc.tables = doc.tables.slice(0, 2);
    doc.sections = doc.sections.slice(0, 1);
    doc.forms = doc.forms.slice(0, 1);
  }
  return doc;
}

export async function seedXlsx(small = false): Promise<Buffer> {
  const { renderXlsx } = await import('../src/render/xlsx/index.js');
  return renderXlsx(seedDocument(small));
}

export async function seedDocx(small = false): Promise<Buffer> {
  const { renderDocx } = await import('../src/render/docx/index.js');
  return renderDocx(seedDocument(small));
}

/** A fill-in workbook filled with the example facts (what `gongkai import` reads). */
export async function filledWorkbook(): Promise<Buffer> {
  const { factsToWorkbook } = await import('../src/template/index.js');
  return factsToWorkbook(loadFacts(SEED_FACTS));
}

/** The parts of a zip, unpacked (for rewriting one part of an XLSX or DOCX). */
export function unzip(buf: Uint8Array): { name: string; data: Buffer }[] {
  const view = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  return (readZipDirectory(buf) ?? []).map((e) => {
    const start = e.offset + 30 + view.readUInt16LE(e.offset + 26) + view.readUInt16LE(e.offset + 28);
    const raw = view.subarray(start, start + e.compressedSize);
    return { name: e.name, data: e.method === 8 ? inflateRawSync(raw) : Buffer.from(raw) };
  });
}

/** A zip with some parts replaced (or added). */
export function rezip(buf: Uint8Array, replace: Record<string, Uint8Array | string>): Buffer {
  const parts = unzip(buf).map((p) => ({ name: p.name, data: p.name in replace ? replace[p.name] : p.data }));
  for (const [name, data] of Object.entries(replace)) if (!parts.some((p) => p.name === name)) parts.push({ name, data });
  return makeZip(parts);
}
