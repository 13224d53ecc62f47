import type { Worksheet } from 'exceljs';
import { cellContent, type CellContent } from './cells.js';

export interface GridCell extends CellContent {
  col: number;
}

/** A row with at least one non-empty cell; merged cells keep their value in the top-left cell only. */
export interface GridRow {
  row: number;
  cells: GridCell[];
}

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  rows: GridRow[];
  merges: MergeRange[];
}

export function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseRange(range: string): MergeRange | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range.toUpperCase());
  if (!m) return undefined;
  return { top: Number(m[2]), left: colNumber(m[1]), bottom: Number(m[4]), right: colNumber(m[3]) };
}

/** Read a worksheet into rows of non-empty cells. */
export function readGrid(ws: Worksheet): SheetGrid {
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((m): m is MergeRange => m !== undefined);
  const rows: GridRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const content = cellContent(cell);
      if (content.text.trim() === '') return;
      cells.push({ ...content, col: c });
    });
    if (cells.length) rows.push({ row: r, cells: cells.sort((a, b) => a.col - b.col) });
  });
  return { name: ws.name, rows, merges };
}

interface MergeIndex {
  byCorner: Map<string, MergeRange>;
  /** Tops in ascending order, and the lowest bottom reached by any merge up to each. */
  tops: number[];
  reach: number[];
}

const indexes = new WeakMap<SheetGrid, MergeIndex>();

/** Merges indexed once per sheet, so that lookups stay cheap however many merges and rows a sheet has. */
function indexOf(grid: SheetGrid): MergeIndex {
  let ix = indexes.get(grid);
  if (ix) return ix;
  const sorted = [...grid.merges].sort((a, b) => a.top - b.top);
  const reach: number[] = [];
  for (const m of sorted) reach.push(Math.max(m.bottom, reach[reach.length - 1] ?? 0));
  ix = { byCorner: new Map(grid.merges.map((m) => [`${m.top}:${m.left}`, m])), tops: sorted.map((m) => m.top), reach };
  indexes.set(grid, ix);
  return ix;
}

/** The merge whose top-left cell is (row, col), if any. */
export function mergeAt(grid: SheetGrid, row: number, col: number): MergeRange | undefined {
  return indexOf(grid).byCorner.get(`${row}:${col}`);
}

/** Does a cell merged down from a row above reach into `row`? */
export function underMerge(grid: SheetGrid, row: number): boolean {
  const { tops, reach } = indexOf(grid);
  let lo = 0;
  let hi = tops.length; // first index whose top is >= row
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && reach[lo - 1] >= row;
}
