import { compose, IDENTITY, type Matrix } from '../../pdf/frame.js';
import type { Engine } from '../../pdf/pdfium.js';

/** An axis-aligned ruling segment in page points, origin top-left (x1 ≤ x2, y1 ≤ y2). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** FPDF_PAGEOBJ_* and FPDF_SEGMENT_* (fpdf_edit.h). */
const OBJ = { text: 1, path: 2, image: 3, form: 5 } as const;
const SEG = { line: 0, bezier: 1, move: 2 } as const;

/** A filled rectangle thinner than this (points) is a rule drawn as a bar. */
const BAR = 2.5;
/** How deep form XObjects may nest (PDFium itself stops cycles; this bounds hostile depth). */
const MAX_DEPTH = 12;

export interface Graphics {
  /** Ruling segments in PDF user space. */
  segments: Segment[];
  /** The page paints an image (a scan when it has no text). */
  hasImages: boolean;
  /** Each text object's form XObject matrices (its own space → user space): where its clip path lies. */
  textSpaces: TextSpaces;
  /** Page objects visited, form XObjects' contents included; over `maxObjects` the walk stopped early. */
  objects: number;
}

/**
 * Where the page's text objects are drawn: the space of those inside form XObjects; the others are drawn in user
 * space (not stored: pages have thousands). Unknown (undefined) for a text object that may sit in a form nested
 * too deep to walk.
 */
export class TextSpaces {
  private readonly nested = new Map<number, Matrix>();
  /** A form nested deeper than MAX_DEPTH was not walked. */
  incomplete = false;
  add(obj: number, space: Matrix): void {
    if (space !== IDENTITY) this.nested.set(obj, space);
  }
  get(obj: number): Matrix | undefined {
    return this.nested.get(obj) ?? (this.incomplete ? undefined : IDENTITY);
  }
}

export interface GraphicsLimits {
  /** Ruling segments kept (more are dropped: a page of vector drawing keeps its first rules). */
  maxSegments: number;
  /** Page objects visited, form XObjects' contents included (the caller refuses a page over it). */
  maxObjects: number;
  /** Path points read on a page: later paths give no rules (a drawing, never a table border). */
  maxPoints: number;
  /** Called every few thousand objects: throws when the page's time is up. */
  tick?: () => void;
}

/**
 * Ruling lines and images of a page from its objects: stroked straight segments and thin filled bars (the two
 * ways office suites draw table borders), white ones ignored, through form XObjects; in PDF user space (a
 * quarter-turn view keeps them axis-aligned: see `segmentsTo`). `tmp` is 32 bytes of scratch on the PDFium heap.
 */
export function pageGraphics(e: Engine, page: number, tmp: number, limits: GraphicsLimits): Graphics {
  const { fn } = e;
  const out: Graphics = { segments: [], hasImages: false, textSpaces: new TextSpaces(), objects: 0 };
  const points = { left: limits.maxPoints };
  const walk = (count: number, get: (i: number) => number, parent: Matrix, depth: number) => {
    for (let i = 0; i < count; i++) {
      if (++out.objects > limits.maxObjects) return;
      if ((out.objects & 4095) === 0) limits.tick?.();
      const obj = get(i);
      const type = fn.FPDFPageObj_GetType(obj);
      if (type === OBJ.text) out.textSpaces.add(obj, parent);
      else if (type === OBJ.image) out.hasImages = true;
      else if (type === OBJ.form && depth < MAX_DEPTH) {
        const m = objectMatrix(e, obj, tmp);
        walk(fn.FPDFFormObj_CountObjects(obj), (k) => fn.FPDFFormObj_GetObject(obj, k), compose(m, parent), depth + 1);
      } else if (type === OBJ.form) out.textSpaces.incomplete = true;
      else if (type === OBJ.path && out.segments.length < limits.maxSegments) {
        pathRules(e, obj, parent, tmp, out.segments, points);
      }
    }
  };
  walk(fn.FPDFPage_CountObjects(page), (i) => fn.FPDFPage_GetObject(page, i), IDENTITY, 0);
  if (out.segments.length > limits.maxSegments) out.segments.length = limits.maxSegments;
  return out;
}

/** Segments through a quarter-turn transform (user space → the page as read), normalized again. */
export function segmentsTo(m: Matrix, segments: Segment[]): Segment[] {
  const [a, b, c, d, e, f] = m;
  return segments.map((s) => {
    // apply(m, …) written out: a page has thousands of segments.
    const ax = s.x1 * a + s.y1 * c + e;
    const ay = s.x1 * b + s.y1 * d + f;
    let bx = s.x2 * a + s.y2 * c + e;
    let by = s.x2 * b + s.y2 * d + f;
    // Horizontal and vertical stay exactly so (the grid code tells them apart by equality).
    if (Math.abs(ax - bx) < 1e-6) bx = ax;
    if (Math.abs(ay - by) < 1e-6) by = ay;
    return { x1: Math.min(ax, bx), y1: Math.min(ay, by), x2: Math.max(ax, bx), y2: Math.max(ay, by) };
  });
}

function objectMatrix(e: Engine, obj: number, tmp: number): Matrix {
  if (!e.fn.FPDFPageObj_GetMatrix(obj, tmp)) return [1, 0, 0, 1, 0, 0];
  const f = e.heap().f32;
  const k = tmp / 4;
  return [f[k], f[k + 1], f[k + 2], f[k + 3], f[k + 4], f[k + 5]];
}

/** Visible and not white (white rules are erased borders or backgrounds). */
function inked(e: Engine, obj: number, stroke: boolean, tmp: number): boolean {
  const get = stroke ? e.fn.FPDFPageObj_GetStrokeColor : e.fn.FPDFPageObj_GetFillColor;
  if (!get(obj, tmp, tmp + 4, tmp + 8, tmp + 12)) return true;
  const u = e.heap().u32;
  const k = tmp / 4;
  if (u[k + 3] === 0) return false;
  return !(u[k] >= 240 && u[k + 1] >= 240 && u[k + 2] >= 240);
}

/** The rules a path object draws; `parent` maps the space it is drawn in to user space. */
function pathRules(e: Engine, obj: number, parent: Matrix, tmp: number, out: Segment[], points: { left: number }): void {
  const { fn } = e;
  const n = fn.FPDFPath_CountSegments(obj);
  const fits = n <= points.left;
  points.left = fits ? points.left - Math.max(0, n) : 0;
  if (!fits || !fn.FPDFPath_GetDrawMode(obj, tmp, tmp + 4)) return;
  const { i32 } = e.heap();
  const filled = i32[tmp / 4] !== 0 && inked(e, obj, false, tmp + 8);
  const stroked = i32[tmp / 4 + 1] !== 0 && inked(e, obj, true, tmp + 8);
  if (!filled && !stroked) return;
  // Its matrix only for a path that draws (read after the colours: it uses the same scratch).
  const m = compose(objectMatrix(e, obj, tmp), parent);
  // Each subpath's points are mapped into `subpath`; a Bézier comes as three segments (two control points,
  // then the end point) and makes its subpath curved (no rule). Plain loops: most paths run before V8 optimises.
  let count = 0;
  let curved = false;
  for (let i = 0; i < n; i++) {
    const seg = fn.FPDFPath_GetPathSegment(obj, i);
    if (!seg || !fn.FPDFPathSegment_GetPoint(seg, tmp, tmp + 4)) continue;
    const type = fn.FPDFPathSegment_GetType(seg);
    if (type === SEG.move) {
      rulesOf(count, curved, stroked, filled, out);
      count = 0;
      curved = false;
    } else if (type === SEG.bezier) curved = true;
    const f = e.heap().f32;
    const x = f[tmp / 4];
    const y = f[tmp / 4 + 1];
    count = addPoint(count, x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]);
    if (fn.FPDFPathSegment_GetClose(seg)) {
      if (count > 1) count = addPoint(count, subpath[0], subpath[1]);
      rulesOf(count, curved, stroked, filled, out);
      count = 0;
      curved = false;
    }
  }
  rulesOf(count, curved, stroked, filled, out);
}

/** A subpath's points, mapped: x0, y0, x1, y1, … (one buffer reused for every path: pages have millions). */
let subpath = new Float64Array(256);

/** Put a point after the `count` in `subpath` (growing it when full); the new count. */
function addPoint(count: number, x: number, y: number): number {
  if (2 * count + 2 > subpath.length) {
    const more = new Float64Array(subpath.length * 2);
    more.set(subpath);
    subpath = more;
  }
  subpath[2 * count] = x;
  subpath[2 * count + 1] = y;
  return count + 1;
}

/** The rules a subpath of `count` points in `subpath` draws, stroked and/or filled: none when it is curved. */
function rulesOf(count: number, curved: boolean, stroked: boolean, filled: boolean, out: Segment[]): void {
  if (count < 2 || curved) return;
  if (stroked) strokeSegments(subpath, count, out);
  if (filled) fillBar(subpath, count, out);
}

function strokeSegments(pts: Float64Array, count: number, out: Segment[]): void {
  for (let k = 1; k < count; k++) {
    const ax = pts[2 * k - 2];
    const ay = pts[2 * k - 1];
    const bx = pts[2 * k];
    const by = pts[2 * k + 1];
    if (Math.abs(ay - by) < 0.8 && Math.abs(ax - bx) > 1) out.push({ x1: Math.min(ax, bx), y1: (ay + by) / 2, x2: Math.max(ax, bx), y2: (ay + by) / 2 });
    else if (Math.abs(ax - bx) < 0.8 && Math.abs(ay - by) > 1) out.push({ x1: (ax + bx) / 2, y1: Math.min(ay, by), x2: (ax + bx) / 2, y2: Math.max(ay, by) });
  }
}

function fillBar(pts: Float64Array, count: number, out: Segment[]): void {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let k = 0; k < count; k++) {
    const x = pts[2 * k];
    const y = pts[2 * k + 1];
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  }
  const w = x2 - x1;
  const h = y2 - y1;
  if (h <= BAR && w > 1) out.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
  else if (w <= BAR && h > 1) out.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
}
