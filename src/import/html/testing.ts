import { readFileSync } from 'node:fs';
import type { Claim } from '../../model/claims.js';
import type { BudgetDocument, Table } from '../../model/document.js';
import { formatIn } from '../../money/index.js';

/** Test helpers shared by the XLSX, HTML and DOCX importer tests: pieces of the seed document. */
export const SEED_FILE = 'test/fixtures/seed/zezhou-2026.txt';

export function seedText(): string {
  return readFileSync(SEED_FILE, 'utf8').replace(/\r\n?/g, '\n');
}

export interface SeedTable {
  title: string;
  /** "部门名称：…", "单位：万元". */
  meta: string[];
  /** Tab-separated rows split into cells (blank lines dropped). */
  rows: string[][];
}

/** A table of the seed as printed: the lines after its title line up to the next plain line. */
export function seedTable(title: string): SeedTable {
  const lines = seedText().split('\n');
  const at = lines.findIndex((l) => l.trim() === title);
  if (at < 0) throw new Error(`no table “${title}” in the seed`);
  const meta: string[] = [];
  const rows: string[][] = [];
  for (const l of lines.slice(at + 1)) {
    const t = l.trim();
    if (t === '') continue;
    if (/^(部门名称|单位)[:：]/.test(t)) meta.push(t);
    else if (l.includes('\t')) rows.push(l.split('\t'));
    else break;
  }
  return { title, meta, rows };
}

/** The seed paragraph that follows a heading line. */
export function seedParagraph(heading: string): string {
  const lines = seedText().split('\n');
  const at = lines.findIndex((l) => l.trim() === heading);
  return lines.slice(at + 1).find((l) => l.trim() !== '')!.trim();
}

/** What a table says, without where it says it: for comparing importers. */
export function tableSignature(t: Table): unknown {
  return {
    kind: t.kind,
    title: t.title,
    unit: t.unit,
    columns: t.columns.map((c) => [c.key, c.path.join('/'), c.side ?? '']),
    rows: t.rows.map((r) => ({
      side: r.side,
      code: r.code,
      name: r.name,
      level: r.level,
      role: r.role,
      cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value ? formatIn(c.value) : c.raw])),
    })),
    emptyNote: t.emptyNote,
  };
}

/** Claims without their sources (line numbers differ between formats). */
export function claimSignature(claims: Claim[]): unknown {
  return JSON.parse(JSON.stringify(claims.map(({ source: _s, ...c }) => c), (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

/** All claims of the paragraphs whose text starts with `start`. */
export function claimsOf(doc: BudgetDocument, start: string): Claim[] {
  return doc.sections.flatMap((s) => s.paragraphs).filter((p) => p.text.startsWith(start)).flatMap((p) => p.claims);
}

/** A table as HTML: header rows merge a label with the empty cells after it (colspan), as pages do. */
export function tableHtml(t: SeedTable, headerRows: number): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const tr = t.rows.map((cells, r) => {
    if (r >= headerRows) return `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
    const tds: string[] = [];
    cells.forEach((c, i) => {
      if (c === '' && tds.length > 0 && i > 0) {
        tds[tds.length - 1] = tds[tds.length - 1].replace(/colspan="(\d+)"/, (_m, n: string) => `colspan="${Number(n) + 1}"`);
        return;
      }
      tds.push(`<th colspan="1">${esc(c)}</th>`);
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<p>${esc(t.title)}</p>\n${t.meta.map((m) => `<p>${esc(m)}</p>`).join('\n')}\n<table border="1">\n${tr.join('\n')}\n</table>`;
}
