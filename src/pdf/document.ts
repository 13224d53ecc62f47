import { GongkaiError } from '../model/errors.js';
import { pdfium, retireOnTrap, type Engine } from './pdfium.js';

/** An open PDFium document; `close` frees the document and its bytes on the WebAssembly heap. */
export interface PdfDoc {
  engine: Engine;
  handle: number;
  pageCount: number;
  close(): void;
}

/** FPDF_GetLastError codes (fpdfview.h). */
const ERR = { file: 2, format: 3, password: 4, security: 5, page: 6 } as const;

/**
 * Open PDF bytes with PDFium. PDFium reads the bytes in place, so they are copied onto its heap and kept there
 * until `close`. A broken cross-reference table is rebuilt by PDFium (the file is then read as repaired).
 */
export async function openPdf(buf: Uint8Array, where: string): Promise<PdfDoc> {
  const engine = await pdfium();
  const { fn } = engine;
  const data = fn.malloc(Math.max(1, buf.length));
  if (!data) throw new GongkaiError('pdf-too-large', `${where}过大，内存不足，无法读取`, where);
  engine.heap().u8.set(buf, data);
  let handle: number;
  try {
    handle = fn.FPDF_LoadMemDocument(data, buf.length, 0);
  } catch (e) {
    retireOnTrap(engine, e);
    if (!engine.broken) fn.free(data);
    throw new GongkaiError('pdf-corrupt', `${where}无法解析（PDF 引擎在读取文件结构时出错：${(e as Error).message}）`, where);
  }
  if (!handle) {
    const code = fn.FPDF_GetLastError();
    fn.free(data);
    if (code === ERR.password) throw new GongkaiError('pdf-encrypted', `${where}已加密（需要打开密码），无法读取；请提供未加密的版本`, where);
    if (code === ERR.security) throw new GongkaiError('pdf-encrypted', `${where}使用了无法识别的加密方式，无法读取；请提供未加密的版本`, where);
    const why = code === ERR.format ? '文件结构无法识别，交叉引用表和对象都无法修复' : code === ERR.page ? '找不到页面树' : `错误码 ${code}`;
    throw new GongkaiError('pdf-corrupt', `${where}已损坏，无法解析 PDF 结构（${why}）`, where);
  }
  let open = true;
  return {
    engine,
    handle,
    pageCount: fn.FPDF_GetPageCount(handle),
    close() {
      if (!open || engine.broken) return;
      open = false;
      fn.FPDF_CloseDocument(handle);
      fn.free(data);
    },
  };
}

/** Run `use` on an open document and always close it, also when `use` throws. */
export async function withPdf<T>(buf: Uint8Array, where: string, use: (doc: PdfDoc) => T | Promise<T>): Promise<T> {
  const doc = await openPdf(buf, where);
  try {
    return await use(doc);
  } catch (e) {
    retireOnTrap(doc.engine, e);
    throw e;
  } finally {
    doc.close();
  }
}

/** Run `use` on a loaded page (0-based index) and always close it. */
export function withPage<T>(doc: PdfDoc, index: number, use: (page: number) => T): T {
  const { fn } = doc.engine;
  let page = 0;
  try {
    page = fn.FPDF_LoadPage(doc.handle, index);
    if (!page) throw new Error('页面对象缺失或无法解析');
    return use(page);
  } catch (e) {
    retireOnTrap(doc.engine, e); // nothing more is freed on a retired instance
    throw e;
  } finally {
    if (page && !doc.engine.broken) fn.FPDF_ClosePage(page);
  }
}
