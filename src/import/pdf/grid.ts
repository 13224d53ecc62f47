import type { Segment } from './paths.js';
import { groupLines, joinItems, lowerBound, midX, midY, round, type Box, type Item } from './text.js';

/** A cell of a ruled table: elementary rows r0..r1-1 and columns c0..c1-1 (merged cells span several). */
export interface GridCell {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  text: string;
  box: Box;
  /** Left and right x of the cell's text (for indentation). */
  ink?: [number, number];
}

/** A ruled table on one page: column edges xs, row edges ys, and its cells. */
export interface Grid {
  page: number;
  xs: number[];
  ys: number[];
  cells: GridCell[];
  /** Cell id of every elementary position [r][c]. */
  at: number[][];
  box: Box;
  /** Rebuilt from text alignment (no ruling lines): rows are text lines, so wrapped names need joining. */
  unruled?: boolean;
}

const TOL = 2;

function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1] <= tol) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** Merge collinear segments that touch or overlap. */
function mergeSegments(segs: Segment[], horizontal: boolean): Segment[] {
  const pos = (s: Segment) => (horizontal ? s.y1 : s.x1);
  const from = (s: Segment) => (horizontal ? s.x1 : s.y1);
  const to = (s: Segment) => (horizontal ? s.x2 : s.y2);
  const out: Segment[] = [];
  const sorted = [...segs].sort((a, b) => pos(a) - pos(b));
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && pos(sorted[j + 1]) - pos(sorted[i]) <= 1.2) j++;
    const line = sorted.slice(i, j + 1).sort((a, b) => from(a) - from(b));
    const p = line.reduce((a, s) => a + pos(s), 0) / line.length;
    let lo = from(line[0]);
    let hi = to(line[0]);
    const push = () => out.push(horizontal ? { x1: lo, y1: p, x2: hi, y2: p } : { x1: p, y1: lo, x2: p, y2: hi });
    for (const s of line.slice(1)) {
      if (from(s) <= hi + TOL) hi = Math.max(hi, to(s));
      else {
        push();
        lo = from(s);
        hi = to(s);
      }
    }
    push();
    i = j + 1;
  }
  return out.filter((s) => to(s) - from(s) >= 3);
}

function find(parent: { [i: number]: number }, i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/** Ruled tables of a page: connected horizontal and vertical rules with at least two of each. */
export function findGrids(segments: Segment[], items: Item[], page: number): { grids: Grid[]; rest: Item[] } {
  const hs = mergeSegments(segments.filter((s) => s.y1 === s.y2), true);
  const vs = mergeSegments(segments.filter((s) => s.x1 === s.x2 && s.y1 !== s.y2), false);
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  // Join every horizontal rule to the vertical ones it touches: those with x in its span, found by bisection.
  const byX = vs.map((v, b) => ({ x: v.x1, b })).sort((p, q) => p.x - q.x);
  for (let a = 0; a < hs.length; a++) {
    const h = hs[a];
    for (let k = lowerBound(byX.length, (i) => byX[i].x, h.x1 - TOL); k < byX.length && byX[k].x <= h.x2 + TOL; k++) {
      const v = vs[byX[k].b];
      if (h.y1 >= v.y1 - TOL && h.y1 <= v.y2 + TOL) parent[find(parent, a)] = find(parent, hs.length + byX[k].b);
    }
  }
  const comps = new Map<number, Segment[]>();
  all.forEach((s, i) => {
    const r = find(parent, i);
    const list = comps.get(r);
    if (list) list.push(s);
    else comps.set(r, [s]);
  });
  const grids: Grid[] = [];
  let rest = items;
  for (const segs of comps.values()) {
    const h = segs.filter((s) => s.y1 === s.y2);
    const v = segs.filter((s) => s.x1 === s.x2);
    const xs = cluster(v.map((s) => s.x1), TOL);
    const ys = cluster(h.map((s) => s.y1), TOL);
    if (xs.length < 3 || ys.length < 2 || xs[xs.length - 1] - xs[0] < 40 || ys[ys.length - 1] - ys[0] < 10) continue;
    const inside = (it: Item) => !it.rotated && midX(it) > xs[0] && midX(it) < xs[xs.length - 1] && midY(it) > ys[0] && midY(it) < ys[ys.length - 1];
    const mine: Item[] = [];
    const outside: Item[] = [];
    for (const it of rest) (inside(it) ? mine : outside).push(it);
    rest = outside;
    grids.push(buildGrid(xs, ys, h, v, mine, page));
  }
  grids.sort((a, b) => a.box[1] - b.box[1]);
  return { grids, rest };
}

/** The segments that lie on each edge (within TOL), so each cell border looks only at its own line. */
function onEdges(segs: Segment[], edges: number[], horizontal: boolean): Segment[][] {
  return edges.map((e) => segs.filter((s) => Math.abs((horizontal ? s.y1 : s.x1) - e) <= TOL));
}

/** Do the segments of one edge cover at least half of lo..hi? */
function covers(segs: Segment[], horizontal: boolean, lo: number, hi: number): boolean {
  let covered = 0;
  for (const s of segs) {
    const a = Math.max(lo, horizontal ? s.x1 : s.y1);
    const b = Math.min(hi, horizontal ? s.x2 : s.y2);
    if (b > a) covered += b - a;
  }
  return covered >= 0.5 * (hi - lo);
}

function buildGrid(xs: number[], ys: number[], hs: Segment[], vs: Segment[], items: Item[], page: number): Grid {
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const id = (r: number, c: number) => r * nc + c;
  const parent = new Int32Array(nr * nc).map((_, i) => i);
  const join = (a: number, b: number) => (parent[find(parent, a)] = find(parent, b));
  const vAt = onEdges(vs, xs, false);
  const hAt = onEdges(hs, ys, true);
  for (let r = 0; r < nr; r++)
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && !covers(vAt[c + 1], false, ys[r], ys[r + 1])) join(id(r, c + 1), id(r, c));
      if (r + 1 < nr && !covers(hAt[r + 1], true, xs[c], xs[c + 1])) join(id(r + 1, c), id(r, c));
    }
  // The merged cells, by their root position: extent and items (a large grid is mostly empty cells, so the
  // extents are typed arrays and a cell's items list is made only when an item falls in it).
  const n = nr * nc;
  const [r0, c0, r1, c1] = [new Int32Array(n).fill(-1), new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  const roots: number[] = [];
  // Positions are visited row by row, so a group's first position gives r0 and only c0, r1, c1 can grow.
  for (let r = 0; r < nr; r++)
    for (let c = 0; c < nc; c++) {
      const root = find(parent, id(r, c));
      if (r0[root] < 0) {
        roots.push(root);
        r0[root] = r;
        c0[root] = c;
        r1[root] = r + 1;
        c1[root] = c + 1;
      } else {
        if (c < c0[root]) c0[root] = c;
        r1[root] = r + 1;
        if (c + 1 > c1[root]) c1[root] = c + 1;
      }
    }
  const itemsOf: (Item[] | undefined)[] = new Array(n);
  for (const it of items) (itemsOf[find(parent, id(edgeIndex(ys, midY(it)), edgeIndex(xs, midX(it))))] ??= []).push(it);
  const cells: GridCell[] = [];
  const at = Array.from({ length: nr }, () => new Array<number>(nc).fill(-1));
  for (const root of roots.sort((a, b) => r0[a] - r0[b] || c0[a] - c0[b])) {
    const g = { r0: r0[root], c0: c0[root], r1: r1[root], c1: c1[root] };
    const own = itemsOf[root];
    const lines = own ? groupLines(own) : [];
    const text =
      lines.length === 1
        ? joinItems(lines[0])
        : lines.map(joinItems).reduce((s, l) => s + (/[A-Za-z]$/.test(s) && /^[A-Za-z]/.test(l) ? ' ' : '') + l, '');
    const box: Box = [round(xs[g.c0]), round(ys[g.r0]), round(xs[g.c1] - xs[g.c0]), round(ys[g.r1] - ys[g.r0])];
    for (let r = g.r0; r < g.r1; r++) for (let c = g.c0; c < g.c1; c++) at[r][c] = cells.length;
    // The first line's extent: a name wrapped onto a second line starts that line at the cell's edge.
    cells.push(lines.length ? { r0: g.r0, c0: g.c0, r1: g.r1, c1: g.c1, text, box, ink: inkOf(lines[0]) } : { r0: g.r0, c0: g.c0, r1: g.r1, c1: g.c1, text, box });
  }
  const box: Box = [round(xs[0]), round(ys[0]), round(xs[nc] - xs[0]), round(ys[nr] - ys[0])];
  return { page, xs, ys, cells, at, box };
}

/** The elementary row or column (between edges) that holds v, by bisection: edges ascend. */
function edgeIndex(edges: number[], v: number): number {
  // The first edge above v; none (v past the last edge) counts as -1, like findIndex.
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] > v) hi = mid;
    else lo = mid + 1;
  }
  const above = lo < edges.length ? lo : -1;
  return Math.max(0, Math.min(edges.length - 2, above - 1));
}

/** Left and right x of some items' text. */
export function inkOf(items: Item[]): [number, number] {
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const it of items) {
    x0 = Math.min(x0, it.x);
    x1 = Math.max(x1, it.x + it.w);
  }
  return [round(x0), round(x1)];
}
