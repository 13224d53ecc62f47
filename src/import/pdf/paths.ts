import { OPS, Util } from './pdfjs.js';

/** An axis-aligned ruling segment in page points, origin top-left (x1 ≤ x2, y1 ≤ y2). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Matrix = [number, number, number, number, number, number];

/** DrawOPS of pdfjs path data (see pdfjs-dist `DrawOPS`). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** A filled rectangle thinner than this (points) is a rule drawn as a bar. */
const BAR = 2.5;

/**
 * Ruling lines of a page from its operator list: stroked straight segments and thin filled bars, the two
 * ways office suites draw table borders. `view` maps PDF user space to top-left page points.
 */
export function rulingSegments(fnArray: number[], argsArray: unknown[], view: Matrix, maxSegments: number): Segment[] {
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let toPage: Matrix = view;
  let stroke = '#000000';
  let fill = '#000000';
  const colours: string[][] = [];
  const setCtm = (m: Matrix) => {
    ctm = m;
    toPage = Util.transform(view, ctm) as Matrix;
  };
  for (let i = 0; i < fnArray.length && out.length < maxSegments; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) {
      stack.push(ctm);
      colours.push([stroke, fill]);
    } else if (fn === OPS.restore) {
      if (stack.length) setCtm(stack.pop()!);
      [stroke, fill] = colours.pop() ?? [stroke, fill];
    } else if (fn === OPS.transform) setCtm(Util.transform(ctm, args as Matrix) as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      colours.push([stroke, fill]);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) setCtm(Util.transform(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) {
      if (stack.length) setCtm(stack.pop()!);
      [stroke, fill] = colours.pop() ?? [stroke, fill];
    } else if (fn === OPS.setStrokeRGBColor) stroke = String(args[0]);
    else if (fn === OPS.setFillRGBColor) fill = String(args[0]);
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined;
      if (!data || !data.length) continue;
      if (STROKES.has(paint) && !isWhite(stroke)) strokeSegments(data, toPage, out);
      if (FILLS.has(paint) && !isWhite(fill)) fillBars(data, toPage, out);
    }
  }
  return out;
}

function isWhite(colour: string): boolean {
  return /^#f[0-9a-f]f[0-9a-f]f[0-9a-f]$/i.test(colour);
}

const apply = (m: Matrix, x: number, y: number) => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];

/** Walk path data, calling `sub` with the transformed points of each straight-line subpath. */
function subpaths(data: ArrayLike<number>, m: Matrix, sub: (pts: number[][], curved: boolean) => void): void {
  let pts: number[][] = [];
  let curved = false;
  const flush = () => {
    if (pts.length > 1) sub(pts, curved);
    pts = [];
    curved = false;
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k];
    if (op === MOVE) {
      flush();
      pts.push(apply(m, data[k + 1], data[k + 2]));
      k += 3;
    } else if (op === LINE) {
      pts.push(apply(m, data[k + 1], data[k + 2]));
      k += 3;
    } else if (op === CURVE) {
      curved = true;
      pts.push(apply(m, data[k + 5], data[k + 6]));
      k += 7;
    } else if (op === QUAD) {
      curved = true;
      pts.push(apply(m, data[k + 3], data[k + 4]));
      k += 5;
    } else if (op === CLOSE) {
      if (pts.length > 1) pts.push(pts[0]);
      flush();
      k += 1;
    } else break;
  }
  flush();
}

function strokeSegments(data: ArrayLike<number>, m: Matrix, out: Segment[]): void {
  subpaths(data, m, (pts, curved) => {
    if (curved) return;
    for (let k = 1; k < pts.length; k++) {
      const [ax, ay] = pts[k - 1];
      const [bx, by] = pts[k];
      if (Math.abs(ay - by) < 0.8 && Math.abs(ax - bx) > 1) out.push({ x1: Math.min(ax, bx), y1: (ay + by) / 2, x2: Math.max(ax, bx), y2: (ay + by) / 2 });
      else if (Math.abs(ax - bx) < 0.8 && Math.abs(ay - by) > 1) out.push({ x1: (ax + bx) / 2, y1: Math.min(ay, by), x2: (ax + bx) / 2, y2: Math.max(ay, by) });
    }
  });
}

function fillBars(data: ArrayLike<number>, m: Matrix, out: Segment[]): void {
  subpaths(data, m, (pts, curved) => {
    if (curved) return;
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const x1 = Math.min(...xs);
    const x2 = Math.max(...xs);
    const y1 = Math.min(...ys);
    const y2 = Math.max(...ys);
    const w = x2 - x1;
    const h = y2 - y1;
    if (h <= BAR && w > 1) out.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
    else if (w <= BAR && h > 1) out.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
  });
}
