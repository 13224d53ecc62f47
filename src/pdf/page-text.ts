import { withPage, withPdf } from './document.js';
import { scratch } from './pdfium.js';

/** The text of every page as PDFium reads it (content order, with its generated spaces and line breaks). */
export async function pageTexts(buf: Uint8Array, where = 'PDF 文件'): Promise<string[]> {
  return withPdf(buf, where, (doc) => {
    const { fn } = doc.engine;
    const out: string[] = [];
    for (let i = 0; i < doc.pageCount; i++) {
      out.push(
        withPage(doc, i, (page) => {
          const text = fn.FPDFText_LoadPage(page);
          if (!text) return '';
          try {
            const n = fn.FPDFText_CountChars(text);
            if (n <= 0) return '';
            const tmp = scratch(doc.engine, (n + 1) * 2);
            try {
              const got = fn.FPDFText_GetText(text, 0, n, tmp.at);
              return Buffer.from(doc.engine.heap().u8.subarray(tmp.at, tmp.at + Math.max(0, got - 1) * 2)).toString('utf16le');
            } finally {
              tmp.done();
            }
          } finally {
            fn.FPDFText_ClosePage(text);
          }
        }),
      );
    }
    return out;
  });
}
