import { join } from 'node:path';
import type { BudgetDocument, Row, Table } from '../../model/document.js';
import type { TableKind } from '../../profiles/table-kinds.js';
import { formatIn } from '../../money/index.js';
import { importPdfFile } from './index.js';

/** Real published disclosures kept under test/fixtures/real (original file names). */
export const REAL = {
  welfare: '上海市普陀区社会福利院2024年单位预算.pdf',
  finance: '上海市普陀区财政局2024年度部门决算.pdf',
  social: '中共上海市普陀区委社会工作部 2024 年度部门决算.pdf',
  planning: '上海市普陀区规划和自然资源局 2024 年度部门决算.pdf',
} as const;

export const realPath = (name: string) => join('test', 'fixtures', 'real', name);

const cache = new Map<string, Promise<BudgetDocument>>();

/** Import a real fixture once per test process. */
export function realDoc(name: string): Promise<BudgetDocument> {
  if (!cache.has(name)) cache.set(name, importPdfFile(realPath(name)));
  return cache.get(name)!;
}

export function tableOf(doc: BudgetDocument, kind: TableKind): Table {
  const t = doc.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind} table`);
  return t;
}

/** A row by code, by name, or by role ('total', 'grand-total' …) and side. */
export function rowOf(t: Table, pick: string, side?: 'income' | 'expense'): Row {
  const r = t.rows.find((x) => (side === undefined || x.side === side) && (x.code === pick || x.name === pick || (!x.name && x.role === pick) || x.role === pick));
  if (!r) throw new Error(`no row ${pick} in ${t.title}`);
  return r;
}

/** A cell's amount as printed (without thousands separators) in the table's unit. */
export function amount(t: Table, pick: string, key: string, side?: 'income' | 'expense'): string {
  const cell = rowOf(t, pick, side).cells[key];
  if (!cell?.value) return '';
  return formatIn(cell.value, t.unit, cell.value.decimals);
}

/**
 * A minimal PDF from object bodies (object 1 is the catalog); offsets and xref are computed, so tests can
 * build image-only or otherwise unusual files without tools.
 */
export function minimalPdf(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A one-page PDF whose only content is a small grey image: what a scan without OCR looks like. */
export function imageOnlyPdf(): Uint8Array {
  const content = 'q 500 0 0 700 50 50 cm /Im1 Do Q';
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream',
  ]);
}

/** A one-page PDF with a line of Latin text in a standard font. */
export function textPdf(text: string): Uint8Array {
  const content = `BT /F1 12 Tf 72 760 Td (${text}) Tj ET`;
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}
