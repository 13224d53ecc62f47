import { PDFArray, PDFName, PDFNumber, type PDFPage } from 'pdf-lib';
import { apply, displaySize, displayTransform, invert, LETTER, quarter, visibleBox, type DisplayBox, type PageFrame, type UserRect } from '../pdf/frame.js';

export { displaySize, type DisplayBox, type PageFrame, type UserRect };

function rectOf(arr: PDFArray | undefined): UserRect | undefined {
  if (!arr || arr.size() !== 4) return undefined;
  const n = [0, 1, 2, 3].map((i) => arr.lookupMaybe(i, PDFNumber)?.asNumber());
  if (n.some((v) => v === undefined || !Number.isFinite(v))) return undefined;
  const [a, b, c, d] = n as number[];
  const r: UserRect = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
  return r[2] > r[0] && r[3] > r[1] ? r : undefined;
}

/**
 * The page's frame as pdf-lib reads it: the same visible box, rotation and user unit that the importer
 * (PDFium) measured its boxes in, so a box maps back onto the same spot.
 */
export function pageFrame(page: PDFPage): PageFrame {
  let media: UserRect | undefined;
  try {
    media = rectOf(page.node.MediaBox());
  } catch {
    media = undefined; // no MediaBox at all: viewers assume US Letter
  }
  const view = visibleBox(media ?? LETTER, rectOf(page.node.CropBox()));
  const rotate = quarter(page.node.Rotate()?.asNumber() ?? 0);
  const unit = page.node.lookupMaybe(PDFName.of('UserUnit'), PDFNumber)?.asNumber();
  return { view, rotate, userUnit: unit !== undefined && unit > 0 && Number.isFinite(unit) ? unit : 1 };
}

/** A display point (origin top-left) back to user space. */
export function displayToUserPoint(f: PageFrame, dx: number, dy: number): [number, number] {
  return apply(invert(displayTransform(f)), dx, dy);
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
