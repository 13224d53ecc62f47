import type { BudgetDocument, SourceRef } from '../../model/document.js';
import { colLetters } from './grid.js';

/** Where an emitted line came from: sheet, row, and the column of each tab-separated cell. */
export interface LinePlace {
  sheet: string;
  row: number;
  cols: number[];
}

/** "book.xlsx#部门收支总表!B8": SourceRef has no sheet or cell field, so both ride on `file`. */
export function cellFile(file: string | undefined, place: LinePlace, cellIndex = 0): string {
  const col = place.cols[cellIndex] ?? place.cols[0] ?? 1;
  return `${file ?? ''}#${place.sheet}!${colLetters(col)}${place.row}`;
}

function isSourceRef(o: object): o is SourceRef {
  return typeof (o as SourceRef).line === 'number' && Object.keys(o).every((k) => ['file', 'line', 'page', 'box', 'span', 'cell'].includes(k));
}

/**
 * Point every SourceRef of the document at its sheet and cell. Table cells get their own column; every
 * other reference gets the first cell of its line. The document's own source (meta) keeps the plain file.
 */
export function relocate(doc: BudgetDocument, file: string | undefined, places: Map<number, LinePlace>): void {
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (isSourceRef(v)) {
      const place = v.line !== undefined ? places.get(v.line) : undefined;
      if (place && v.file === file) v.file = cellFile(file, place);
      return;
    }
    for (const x of Object.values(v)) visit(x);
  };
  const { meta: _meta, ...rest } = doc;
  visit(rest);
  for (const t of doc.tables)
    for (const r of t.rows)
      for (const cell of Object.values(r.cells)) {
        const place = cell.source?.line !== undefined ? places.get(cell.source.line) : undefined;
        if (cell.source && place && cell.source.cell !== undefined) cell.source.file = cellFile(file, place, cell.source.cell);
      }
}
