import { GongkaiError } from '../model/errors.js';
import { withPage, withPdf, type PdfDoc } from './document.js';
import { encodePng } from './png.js';
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
      return encodePng(rgb, width, height);
    } finally {
      fn.FPDFBitmap_Destroy(bitmap);
    }
  });
}
