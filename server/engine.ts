// The engine as the platform uses it: through its public modules only (facts, derive, rules, render, template,
// import, report). Nothing here judges a disclosure; the rule engine does.
import { deriveDocument } from '../src/derive/index.js';
import { parseFacts, factsToPlain, type Facts } from '../src/facts/index.js';
import type { BudgetDocument } from '../src/model/document.js';
import { builtinReference } from '../src/reference/index.js';
import { checkDocument } from '../src/rules/engine/run.js';
import type { Finding } from '../src/rules/engine/types.js';

export type DownloadFormat = 'html' | 'pdf' | 'xlsx' | 'docx';
export const DOWNLOAD_TYPES: Record<DownloadFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Validated facts as plain JSON (amounts as 元 text), the form the database keeps. */
export function normalizeFacts(input: unknown): { facts: Facts; plain: Record<string, unknown> } {
  const facts = parseFacts(input);
  return { facts, plain: factsToPlain(facts) as Record<string, unknown> };
}

export interface Analysis {
  doc: BudgetDocument;
  findings: Finding[];
}

/** Derive the document from facts and run every rule on it, as the CLI's render does. */
export function analyse(facts: Facts | Record<string, unknown>, draft?: boolean): Analysis {
  const parsed = parseFacts(facts);
  const doc = deriveDocument(parsed, parsed.profile, {});
  if (draft !== undefined) doc.meta.draft = draft;
  return { doc, findings: checkDocument(doc, { ref: builtinReference(parsed.department.year) }) };
}

/** Render a derived document; renderers load on demand (no pdfmake or fonts for HTML). */
export async function renderDocument(doc: BudgetDocument, format: DownloadFormat): Promise<Buffer> {
  switch (format) {
    case 'html':
      return Buffer.from((await import('../src/render/charts/index.js')).renderHtmlWithCharts(doc), 'utf8');
    case 'pdf':
      return (await import('../src/render/pdf/index.js')).renderPdf(doc);
    case 'xlsx':
      return (await import('../src/render/xlsx/index.js')).renderXlsx(doc);
    case 'docx':
      return (await import('../src/render/docx/index.js')).renderDocx(doc);
  }
}

/** A file name for downloads: department, year, kind; no path or control characters. */
export function factsFileName(facts: Record<string, unknown>, ext: string): string {
  const d = (facts.department ?? {}) as { name?: string; year?: number; scope?: string; kind?: string };
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  return `${d.name ?? '预算公开'}-${d.year ?? ''}年${d.scope ?? '部门'}${d.kind ?? '预算'}.${ext}`.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '_');
}

export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
