import { PDFArray, PDFName, PDFNumber, type PDFPage } from 'pdf-lib';

/** [x1, y1, x2, y2] in PDF user space (origin bottom-left), normalized so that x1 <= x2 and y1 <= y2. */
export type UserRect = [number, number, number, number];
/** [x, y, width, height] in display space (points, origin top-left, after rotation), as the PDF importer records. */
export type DisplayBox = [number, number, number, number];

/**
 * How a page is shown: the visible box (CropBox ∩ MediaBox), the rotation and the user unit — exactly what pdfjs
 * uses for the viewport the importer measured boxes in, so a box maps back onto the same spot.
 */
export interface PageFrame {
  view: UserRect;
  rotate: 0 | 90 | 180 | 270;
  userUnit: number;
}

const LETTER: UserRect = [0, 0, 612, 792];

function rectOf(arr: PDFArray | undefined): UserRect | undefined {
  if (!arr || arr.size() !== 4) return undefined;
  const n = [0, 1, 2, 3].map((i) => arr.lookupMaybe(i, PDFNumber)?.asNumber());
  if (n.some((v) => v === undefined || !Number.isFinite(v))) return undefined;
  const [a, b, c, d] = n as number[];
  const r: UserRect = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
  return r[2] > r[0] && r[3] > r[1] ? r : undefined;
}

/** The page's frame, following pdfjs (`Page.view`, `Page.rotate`, `Page.userUnit`). */
export function pageFrame(page: PDFPage): PageFrame {
  let media: UserRect | undefined;
  try {
    media = rectOf(page.node.MediaBox());
  } catch {
    media = undefined; // no MediaBox at all: pdfjs assumes US Letter
  }
  media ??= LETTER;
  const crop = rectOf(page.node.CropBox());
  let view = media;
  if (crop) {
    const cut: UserRect = [Math.max(crop[0], media[0]), Math.max(crop[1], media[1]), Math.min(crop[2], media[2]), Math.min(crop[3], media[3])];
    if (cut[2] > cut[0] && cut[3] > cut[1]) view = cut;
  }
  const raw = page.node.Rotate()?.asNumber() ?? 0;
  const rotate = (raw % 90 !== 0 ? 0 : ((raw % 360) + 360) % 360) as PageFrame['rotate'];
  const unit = page.node.lookupMaybe(PDFName.of('UserUnit'), PDFNumber)?.asNumber();
  return { view, rotate, userUnit: unit !== undefined && unit > 0 ? unit : 1 };
}

/** The pdfjs viewport transform at scale 1: display = [a b c d e f] · user. */
function viewportTransform(f: PageFrame): [number, number, number, number, number, number] {
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

/** A display point (origin top-left) back to user space. */
export function displayToUserPoint(f: PageFrame, dx: number, dy: number): [number, number] {
  const [a, b, c, d, e, g] = viewportTransform(f);
  const det = a * d - b * c;
  const u = dx - e;
  const v = dy - g;
  return [(d * u - c * v) / det, (a * v - b * u) / det];
}

/** A display box to a user-space rectangle, clipped to the visible page; undefined when nothing of it is visible. */
export function displayToUserRect(f: PageFrame, box: DisplayBox): UserRect | undefined {
  const [x, y, w, h] = box;
  const p = displayToUserPoint(f, x, y);
  const q = displayToUserPoint(f, x + w, y + h);
  const [vx1, vy1, vx2, vy2] = f.view;
  const r: UserRect = [Math.max(Math.min(p[0], q[0]), vx1), Math.max(Math.min(p[1], q[1]), vy1), Math.min(Math.max(p[0], q[0]), vx2), Math.min(Math.max(p[1], q[1]), vy2)];
  return r[2] > r[0] && r[3] > r[1] ? r : undefined;
}
