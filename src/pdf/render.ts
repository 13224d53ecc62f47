import { GongkaiError } from '../model/errors.js';
import { withPage, withPdf, type PdfDoc } from './document.js';
import { encodeIndexedPng, encodePng } from './png.js';
import { userUnits } from './user-unit.js';

/** FPDFBitmap_BGRx; FPDF_ANNOT | FPDF_PRINTING (fpdfview.h). */
const BGRX = 3;
const FLAGS = 0x01 | 0x800;
/** Largest side of a rendered page (pixels): thumbnails and previews, never posters. */
const MAX_SIDE = 6000;

/**
 * Page `pageNo` (1-based) of a PDF as PNG bytes, as a viewer shows it (/Rotate, CropBox and /UserUnit applied),
 * `scale` pixels per point (1 = 72 dpi). Takes the PDF bytes, or an open document.
 */
export async function renderPagePng(pdf: Uint8Array | PdfDoc, pageNo: number, scale = 1, where = 'PDF 文件'): Promise<Buffer> {
  if (pdf instanceof Uint8Array) {
    const unit = (await userUnits(pdf))?.[pageNo - 1] ?? 1;
    return withPdf(pdf, where, (doc) => renderOpen(doc, pageNo, scale * unit, where));
  }
  return renderOpen(pdf, pageNo, scale, where);
}

function renderOpen(doc: PdfDoc, pageNo: number, scale: number, where: string): Buffer {
  const { rgb, width, height } = renderRgb(doc, pageNo, scale, where);
  return encodePng(rgb, width, height);
}

/** A region of a page around a display box, as PNG (the box outlined in red), for the review report. */
export interface PageRegion {
  page: number;
  /** [x, y, width, height] in display points, origin top-left, as findings carry them. */
  box: [number, number, number, number];
}

/** Margin kept around a region (display points) and the widest crop (points): a line of context, never the whole sheet. */
const REGION = { padX: 32, padY: 24, minWidth: 300, minHeight: 80, maxWidth: 480, maxHeight: 180 };

/**
 * Crops of several regions of one PDF, each page rendered once, at `scale` pixels per point. A region whose page
 * cannot be rendered is skipped (undefined at its index): a thumbnail is never worth failing a report.
 */
export async function renderRegionsPng(pdf: Uint8Array, regions: readonly PageRegion[], scale = 1.25, where = 'PDF 文件'): Promise<(Buffer | undefined)[]> {
  const units = await userUnits(pdf);
  return withPdf(pdf, where, (doc) => {
    const pages = new Map<number, { rgb: Uint8Array; width: number; height: number } | undefined>();
    return regions.map((r) => {
      if (!pages.has(r.page)) {
        try {
          pages.set(r.page, renderRgb(doc, r.page, scale * (units?.[r.page - 1] ?? 1), where));
        } catch (e) {
          if (!(e instanceof GongkaiError)) throw e;
          pages.set(r.page, undefined);
        }
      }
      const img = pages.get(r.page);
      return img ? cropPng(img, r.box, scale) : undefined;
    });
  });
}

function cropPng(img: { rgb: Uint8Array; width: number; height: number }, box: PageRegion['box'], scale: number): Buffer | undefined {
  const [bx, by, bw, bh] = box;
  if (![bx, by, bw, bh].every(Number.isFinite)) return undefined;
  const cx = bx + bw / 2;
  // A cell alone says little: at least a few neighbouring cells and lines around it.
  const w = Math.max(REGION.minWidth, Math.min(bw + 2 * REGION.padX, REGION.maxWidth));
  const h = Math.max(REGION.minHeight, Math.min(bh + 2 * REGION.padY, REGION.maxHeight));
  const clamp = (v: number, hi: number) => Math.max(0, Math.min(Math.round(v * scale), hi));
  // A box wider than a crop (a sentence) is shown from its start; a narrower one (a cell) centred.
  const x0 = clamp(bw + 2 * REGION.padX <= REGION.maxWidth ? cx - w / 2 : bx - REGION.padX, img.width);
  const y0 = clamp(by + bh / 2 - h / 2 < by - REGION.padY ? by + bh / 2 - h / 2 : by - REGION.padY, img.height);
  const x1 = clamp(x0 / scale + w, img.width);
  const y1 = clamp(y0 / scale + h, img.height);
  const width = x1 - x0;
  const height = y1 - y0;
  if (width < 4 || height < 4) return undefined;
  // Grey levels 0–254 of the page, index 255 the red frame: an indexed PNG a third of the RGB size.
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0, s = ((y0 + y) * img.width + x0) * 3, d = y * width; x < width; x++, s += 3, d++)
      out[d] = Math.round(((img.rgb[s] * 299 + img.rgb[s + 1] * 587 + img.rgb[s + 2] * 114) / 1000) * (254 / 255));
  outline(out, width, height, [bx * scale - x0, by * scale - y0, bw * scale, bh * scale]);
  return encodeIndexedPng(out, CROP_PALETTE, width, height);
}

/** 255 grey levels and the frame's red. */
const CROP_PALETTE = (() => {
  const p = new Uint8Array(256 * 3);
  for (let i = 0; i < 255; i++) p.fill(Math.round((i * 255) / 254), i * 3, i * 3 + 3);
  p.set([220, 20, 20], 255 * 3);
  return p;
})();

/** A 2-pixel red frame around the box (clipped to the crop), so the eye finds the place at once. */
function outline(idx: Uint8Array, width: number, height: number, [x, y, w, h]: [number, number, number, number]): void {
  const left = Math.max(0, Math.floor(x) - 2);
  const top = Math.max(0, Math.floor(y) - 2);
  const right = Math.min(width - 1, Math.ceil(x + w) + 1);
  const bottom = Math.min(height - 1, Math.ceil(y + h) + 1);
  const paint = (px: number, py: number) => (idx[py * width + px] = 255);
  for (let px = left; px <= right; px++)
    for (const py of [top, top + 1, bottom - 1, bottom]) if (py >= 0 && py < height) paint(px, py);
  for (let py = top; py <= bottom; py++)
    for (const px of [left, left + 1, right - 1, right]) if (px >= 0 && px < width) paint(px, py);
}

function renderRgb(doc: PdfDoc, pageNo: number, scale: number, where: string): { rgb: Uint8Array; width: number; height: number } {
  if (!Number.isInteger(pageNo) || pageNo < 1 || pageNo > doc.pageCount) {
    throw new GongkaiError('pdf-no-page', `${where}没有第 ${pageNo} 页（共 ${doc.pageCount} 页）`, where);
  }
  if (!(scale > 0) || !Number.isFinite(scale)) throw new GongkaiError('pdf-render-scale', `缩放比例必须是正数（收到 ${scale}）`, where);
  const e = doc.engine;
  const { fn } = e;
  return withPage(doc, pageNo - 1, (page) => {
    const width = Math.max(1, Math.round(fn.FPDF_GetPageWidthF(page) * scale));
    const height = Math.max(1, Math.round(fn.FPDF_GetPageHeightF(page) * scale));
    if (width > MAX_SIDE || height > MAX_SIDE) {
      throw new GongkaiError('pdf-render-too-large', `${where}第 ${pageNo} 页按该比例渲染为 ${width}×${height} 像素，超过上限 ${MAX_SIDE} 像素`, where);
    }
    const bitmap = fn.FPDFBitmap_CreateEx(width, height, BGRX, 0, 0);
    if (!bitmap) throw new GongkaiError('pdf-render-failed', `${where}第 ${pageNo} 页渲染失败（内存不足）`, where);
    try {
      fn.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
      fn.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, FLAGS);
      const stride = fn.FPDFBitmap_GetStride(bitmap);
      const at = fn.FPDFBitmap_GetBuffer(bitmap);
      const src = e.heap().u8;
      const rgb = new Uint8Array(width * height * 3);
      for (let y = 0; y < height; y++) {
        for (let x = 0, s = at + y * stride, d = y * width * 3; x < width; x++, s += 4, d += 3) {
          rgb[d] = src[s + 2];
          rgb[d + 1] = src[s + 1];
          rgb[d + 2] = src[s];
        }
      }
      return { rgb, width, height };
    } finally {
      fn.FPDFBitmap_Destroy(bitmap);
    }
  });
}
