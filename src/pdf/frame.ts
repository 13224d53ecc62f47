// Page geometry shared by the PDF importer (PDFium) and the annotator (pdf-lib): both must agree exactly on
// how a point in PDF user space lands on the page as a viewer shows it.

/** [a b c d e f]: (x, y) ↦ (a·x + c·y + e, b·x + d·y + f), as in PDF. */
export type Matrix = [number, number, number, number, number, number];
/** [x1, y1, x2, y2] in PDF user space (origin bottom-left), normalized so that x1 <= x2 and y1 <= y2. */
export type UserRect = [number, number, number, number];
/** [x, y, width, height] in display space (points, origin top-left, after rotation), as the PDF importer records. */
export type DisplayBox = [number, number, number, number];
export type Quarter = 0 | 90 | 180 | 270;

/** How a page is shown: the visible box (CropBox ∩ MediaBox), its /Rotate and its /UserUnit. */
export interface PageFrame {
  view: UserRect;
  rotate: Quarter;
  userUnit: number;
}

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** US Letter: what viewers assume for a page without a MediaBox. */
export const LETTER: UserRect = [0, 0, 612, 792];

/** `f` first, then `t`. */
export function compose(f: Matrix, t: Matrix): Matrix {
  // Indexed, not destructured (destructuring iterates until V8 optimises): called for every path of a page.
  return [f[0] * t[0] + f[1] * t[2], f[0] * t[1] + f[1] * t[3], f[2] * t[0] + f[3] * t[2], f[2] * t[1] + f[3] * t[3], f[4] * t[0] + f[5] * t[2] + t[4], f[4] * t[1] + f[5] * t[3] + t[5]];
}

export const apply = (m: Matrix, x: number, y: number): [number, number] => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];

export function invert(m: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** A /Rotate value as PDFium reads it: whole quarter turns toward zero, any sign (135 → 90, -90 → 270). */
export const quarter = (deg: number): Quarter => ((((Math.trunc(deg / 90) % 4) + 4) % 4) * 90) as Quarter;

/** The visible box: CropBox clipped to MediaBox (the MediaBox when they do not overlap). */
export function visibleBox(media: UserRect, crop?: UserRect): UserRect {
  if (!crop) return media;
  const cut: UserRect = [Math.max(crop[0], media[0]), Math.max(crop[1], media[1]), Math.min(crop[2], media[2]), Math.min(crop[3], media[3])];
  return cut[2] > cut[0] && cut[3] > cut[1] ? cut : media;
}

/** Display = user · this: the viewer's transform at scale 1 (origin top-left, /Rotate applied clockwise). */
export function displayTransform(f: PageFrame): Matrix {
  const [x1, y1, x2, y2] = f.view;
  const s = f.userUnit;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  const [a, b, c, d] = { 0: [1, 0, 0, -1], 90: [0, 1, 1, 0], 180: [-1, 0, 0, 1], 270: [0, -1, -1, 0] }[f.rotate];
  const [ox, oy] = a === 0 ? [Math.abs(cy - y1) * s, Math.abs(cx - x1) * s] : [Math.abs(cx - x1) * s, Math.abs(cy - y1) * s];
  return [a * s, b * s, c * s, d * s, ox - a * s * cx - c * s * cy, oy - b * s * cx - d * s * cy];
}

/** Width and height of the page as displayed (rotated 90/270 swaps them). */
export function displaySize(f: PageFrame): { width: number; height: number } {
  const w = (f.view[2] - f.view[0]) * f.userUnit;
  const h = (f.view[3] - f.view[1]) * f.userUnit;
  return f.rotate % 180 === 0 ? { width: w, height: h } : { width: h, height: w };
}

/**
 * Reading orientation of a displayed page of `width` × `height` whose text runs `turn` degrees clockwise
 * (90: down the sheet, 270: up it): the page turned back so that the text runs left to right, moved into view.
 */
export function turnTransform(turn: Quarter, width: number, height: number): Matrix {
  switch (turn) {
    case 90:
      return [0, -1, 1, 0, 0, width];
    case 180:
      return [-1, 0, 0, -1, width, height];
    case 270:
      return [0, 1, -1, 0, height, 0];
    default:
      return IDENTITY;
  }
}

/** A box through a transform: the axis-aligned box of its mapped corners. */
export function mapBox(m: Matrix, box: DisplayBox): DisplayBox {
  const [x, y, w, h] = box;
  const p = apply(m, x, y);
  const q = apply(m, x + w, y + h);
  return [Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.abs(q[0] - p[0]), Math.abs(q[1] - p[1])];
}
