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

/** The merge whose top-left cell is (row, col), if any. */
export function mergeAt(grid: SheetGrid, row: number, col: number): MergeRange | undefined {
  return grid.merges.find((m) => m.top === row && m.left === col);
}
