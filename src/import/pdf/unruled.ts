import { tableKindOfTitle } from '../../profiles/table-kinds.js';
import type { Grid, GridCell } from './grid.js';
import { groupLines, joinItems, maxOf, minOf, round, top, type Box, type Item } from './text.js';

/** A gap wider than this (em) separates cells of a table printed without rules. */
const CELL_GAP = 0.8;
const NUMERIC = /^[-－]?[\d,，]*\d(\.\d+)?%?$/;
const STOP = /^(注|说明)\s*\d*\s*[:：]|^第[一二三四五六七八九十]+部分/;
const META = /^(金额)?单位\s*[:：]|^(编制单位|预算单位|部门名称|单位名称)[:：]/;

/** Runs of a visual line separated by cell gaps. */
function pieces(line: Item[]): Item[][] {
  const out: Item[][] = [[line[0]]];
  for (const it of line.slice(1)) {
    const prev = out[out.length - 1];
    const last = prev[prev.length - 1];
    if (it.x - (last.x + last.w) > CELL_GAP * Math.max(last.size, it.size)) out.push([it]);
    else prev.push(it);
  }
  return out;
}

const bottom = (line: Item[]) => maxOf(line, (i) => i.base + 0.14 * i.size);

/**
 * Tables printed without ruling lines: the lines after a table title (and its unit line) that have several
 * cells, with single-cell lines between them (wrapped names). Columns are the gutters that the lines with
 * amounts share. The result is a grid of elementary cells, marked unruled.
 */
export function findTextTables(items: Item[], page: number): { grids: Grid[]; rest: Item[] } {
  const lines = groupLines(items.filter((it) => !it.rotated));
  const used = new Set<Item>();
  const grids: Grid[] = [];
  // A table may also start at the top of the page (continued from the previous page, title-less).
  const starts = lines.length && pieces(lines[0]).length >= 2 ? [-1] : [];
  for (let i = 0; i < lines.length; i++) if (tableKindOfTitle(joinItems(lines[i]))) starts.push(i);
  let end = 0;
  for (const i of starts) {
    if (i < end - 1) continue;
    let k = i + 1;
    while (k < lines.length && META.test(joinItems(lines[k]))) k++;
    const block: Item[][] = [];
    for (; k < lines.length; k++) {
      const text = joinItems(lines[k]);
      const size = lines[k][0].size;
      const prev = block[block.length - 1] ?? lines[k - 1] ?? lines[k];
      if (STOP.test(text) || tableKindOfTitle(text) || top(lines[k][0]) - bottom(prev) > 3.5 * size) break;
      // Single-cell lines stay when short (a wrapped name, a side label); trailing ones are dropped below.
      if (pieces(lines[k]).length < 2 && (text.length > 20 || /[。；;，,]/.test(text))) break;
      block.push(lines[k]);
    }
    while (block.length && pieces(block[block.length - 1]).length < 2) block.pop();
    if (block.filter((l) => pieces(l).length >= 2).length < 2) continue;
    grids.push(textGrid(block, page));
    block.flat().forEach((it) => used.add(it));
    end = k;
  }
  return { grids, rest: items.filter((it) => !used.has(it)) };
}

const extent = (p: Item[]) => [minOf(p, (i) => i.x), maxOf(p, (i) => i.x + i.w)];

/** Midpoints of the gaps left between the x-extents of pieces. */
function gutters(spans: number[][]): number[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: number[][] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1] + 1) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  return merged.slice(1).map((m, j) => (merged[j][1] + m[0]) / 2);
}

/**
 * Column edges: the gutters shared by the lines with amounts, refined by the header labels that do not cross
 * them (columns left empty in every row still have their own label).
 */
function columnEdges(block: Item[][]): number[] {
  const numeric = block.filter((l) => pieces(l).some((p) => NUMERIC.test(joinItems(p))));
  const basis = (numeric.length >= 2 ? numeric : block).flatMap(pieces).map(extent);
  const inner = gutters(basis);
  const labels = block.flatMap(pieces).map(extent).filter(([a, b]) => !inner.some((e) => a < e && e < b));
  const x0 = minOf(block.flat(), (i) => i.x) - 1;
  const x1 = maxOf(block.flat(), (i) => i.x + i.w) + 1;
  return [x0, ...gutters([...basis, ...labels]), x1];
}

function textGrid(block: Item[][], page: number): Grid {
  const xs = columnEdges(block);
  const nc = xs.length - 1;
  const ys = [...block.map((l) => minOf(l, top)), bottom(block[block.length - 1])];
  const at = block.map(() => new Array<number>(nc).fill(-1));
  const cells: GridCell[] = [];
  const colOf = (x: number) => Math.max(0, Math.min(nc - 1, xs.findIndex((e) => e > x) - 1));
  block.forEach((line, r) => {
    for (const p of pieces(line)) {
      const x0 = minOf(p, (i) => i.x);
      const x1 = maxOf(p, (i) => i.x + i.w);
      // A label over the middle of several columns (a group header) spans them; other text sits in the
      // column of its centre.
      const covered = xs.slice(0, -1).map((e, c) => c).filter((c) => (xs[c] + xs[c + 1]) / 2 >= x0 && (xs[c] + xs[c + 1]) / 2 <= x1);
      const c0 = covered.length >= 2 ? covered[0] : colOf((x0 + x1) / 2);
      const c1 = covered.length >= 2 ? covered[covered.length - 1] + 1 : c0 + 1;
      if (at[r].slice(c0, c1).some((id) => id >= 0)) {
        const cell = cells[at[r][c0] >= 0 ? at[r][c0] : at[r].slice(c0, c1).find((id) => id >= 0)!];
        cell.text += joinItems(p);
        if (cell.ink) cell.ink = [Math.min(cell.ink[0], round(x0)), Math.max(cell.ink[1], round(x1))];
        continue;
      }
      const box: Box = [round(xs[c0]), round(ys[r]), round(xs[c1] - xs[c0]), round(ys[r + 1] - ys[r])];
      for (let c = c0; c < c1; c++) at[r][c] = cells.length;
      cells.push({ r0: r, c0, r1: r + 1, c1, text: joinItems(p), box, ink: [round(x0), round(x1)] });
    }
    for (let c = 0; c < nc; c++)
      if (at[r][c] < 0) {
        at[r][c] = cells.length;
        cells.push({ r0: r, c0: c, r1: r + 1, c1: c + 1, text: '', box: [round(xs[c]), round(ys[r]), round(xs[c + 1] - xs[c]), round(ys[r + 1] - ys[r])] });
      }
  });
  const box: Box = [round(xs[0]), round(ys[0]), round(xs[nc] - xs[0]), round(ys[ys.length - 1] - ys[0])];
  return { page, xs, ys, cells, at, box, unruled: true };
}
