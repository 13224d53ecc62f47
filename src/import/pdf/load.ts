import { GongkaiError } from '../../model/errors.js';
import { ASSET_DIRS, CachedAssets, getDocument, OPS, Util, VerbosityLevel, type PDFDocumentProxy, type PDFPageProxy } from './pdfjs.js';
import { rulingSegments, type Segment } from './paths.js';
import { splitItem, type Item } from './text.js';

export interface PdfPage {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: Item[];
  segments: Segment[];
  /** The page paints images (a scan when it has no text). */
  hasImages: boolean;
}

export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  /** Text items over the whole document. */
  maxItems: number;
  /** Wall-clock budget for reading all pages. */
  maxMillis: number;
}

export const DEFAULT_LIMITS: PdfLimits = { maxBytes: 200 * 1024 * 1024, maxPages: 2000, maxItems: 2_000_000, maxMillis: 300_000 };

const MAX_SEGMENTS_PER_PAGE = 50_000;

/** Bytes as megabytes for messages: “3.5 MB”, “200 MB”. */
export const mb = (n: number) => `${+(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MB`;

function checkBytes(buf: Uint8Array, where: string, limits: PdfLimits): void {
  if (buf.length > limits.maxBytes) {
    throw new GongkaiError('pdf-too-large', `${where}过大（${mb(buf.length)}，上限 ${mb(limits.maxBytes)}），拒绝读取`, where);
  }
  const head = new TextDecoder('latin1').decode(buf.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    throw new GongkaiError('pdf-not-pdf', `${where}不是 PDF 文件（文件开头没有“%PDF-”标记），请确认文件格式`, where);
  }
  const tail = new TextDecoder('latin1').decode(buf.subarray(Math.max(0, buf.length - 2048)));
  if (!tail.includes('%%EOF')) {
    throw new GongkaiError('pdf-truncated', `${where}不完整：文件末尾没有“%%EOF”结束标记（共 ${buf.length} 字节），可能下载或复制时被截断`, where);
  }
}

async function open(buf: Uint8Array, where: string): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data: new Uint8Array(buf),
    ...ASSET_DIRS,
    BinaryDataFactory: CachedAssets,
    cMapPacked: true,
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new GongkaiError('pdf-encrypted', `${where}已加密（需要打开密码），无法读取；请提供未加密的版本`, where);
    if (name === 'InvalidPDFException') throw new GongkaiError('pdf-corrupt', `${where}已损坏，无法解析 PDF 结构（${(e as Error).message}）`, where);
    throw new GongkaiError('pdf-corrupt', `${where}无法打开：${(e as Error).message}`, where);
  }
}

async function readPage(p: PDFPageProxy, pageNo: number): Promise<PdfPage> {
  const vp = p.getViewport({ scale: 1 });
  const view = vp.transform as [number, number, number, number, number, number];
  const tc = await p.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const items: Item[] = [];
  for (const it of tc.items) {
    if (!('str' in it) || it.str.trim() === '') continue;
    const m = Util.transform(view, it.transform);
    const size = Math.hypot(m[2], m[3]) || it.height || 1;
    // Rotated runs (diagonal watermarks, vertical labels) keep their anchor and stay out of tables.
    const horizontal = Math.abs(m[1]) < 0.01 && Math.abs(m[2]) < 0.01 && m[0] > 0;
    if (horizontal) items.push(...splitItem(it.str, m[4], m[5], it.width, size));
    else items.push({ str: it.str.trim(), x: m[4], base: m[5], w: size * it.str.length, size, rotated: true });
  }
  const ops = await p.getOperatorList();
  const segments = rulingSegments(ops.fnArray, ops.argsArray, view, MAX_SEGMENTS_PER_PAGE);
  const hasImages = ops.fnArray.some((f) => f === OPS.paintImageXObject || f === OPS.paintInlineImageXObject || f === OPS.paintImageMaskXObject);
  p.cleanup();
  return { page: pageNo, width: vp.width, height: vp.height, items, segments, hasImages };
}

/** Read every page's text items and ruling lines; raises GongkaiError for what cannot be read. */
export async function readPdf(buf: Uint8Array, where: string, limits: PdfLimits = DEFAULT_LIMITS): Promise<PdfPage[]> {
  checkBytes(buf, where, limits);
  const doc = await open(buf, where);
  try {
    if (doc.numPages > limits.maxPages) {
      throw new GongkaiError('pdf-too-many-pages', `${where}共 ${doc.numPages} 页，超过上限 ${limits.maxPages} 页，拒绝读取`, where);
    }
    const pages: PdfPage[] = [];
    let count = 0;
    const deadline = Date.now() + limits.maxMillis;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() >= deadline) {
        throw new GongkaiError('pdf-too-slow', `${where}读取超时：${Math.round(limits.maxMillis / 1000)} 秒内只读完 ${n - 1} / ${doc.numPages} 页，拒绝继续`, `${where}第 ${n} 页`);
      }
      let page: PdfPage;
      try {
        page = await readPage(await doc.getPage(n), n);
      } catch (e) {
        throw new GongkaiError('pdf-corrupt', `${where}第 ${n} 页无法解析（${(e as Error).message}），文件可能已损坏`, `${where}第 ${n} 页`);
      }
      count += page.items.length;
      if (count > limits.maxItems) {
        throw new GongkaiError('pdf-too-complex', `${where}文字元素过多（到第 ${n} 页已超过 ${limits.maxItems} 个），拒绝读取`, `${where}第 ${n} 页`);
      }
      pages.push(page);
    }
    if (count === 0) {
      const scan = pages.some((p) => p.hasImages);
      throw new GongkaiError(
        'pdf-no-text',
        `${where}没有可提取的文字层（共 ${pages.length} 页${scan ? '，页面是图片，可能是扫描件' : ''}）；请提供带文字层的 PDF，或先做文字识别（OCR）`,
        where,
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
