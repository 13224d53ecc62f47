// Reading worker of `gongkai check DIR` (see batch-capture.ts): captures each PDF it is given with PDFium and
// posts its pages back, their glyph arrays transferred; the checking worker lays them out and checks them.
import { parentPort } from 'node:worker_threads';
import { limitByContent, readInputSync } from '../files/index.js';
import { captureDocument, DEFAULT_LIMITS, packSegments, type CapturedPdf } from '../import/pdf/load.js';
import { usePdfiumModule } from '../pdf/pdfium.js';
import { capturedBuffers } from './batch-capture.js';
import type { PdfiumModuleMessage } from './batch.js';

export interface CaptureJob {
  capture: string;
}

/** A captured PDF, or a file this worker could not capture (the checking worker then reads it and says why). */
export type CaptureReply = { captured: CapturedPdf } | { failed: true };

process.on('unhandledRejection', () => {});

parentPort?.on('message', async (m: CaptureJob | PdfiumModuleMessage) => {
  if ('pdfiumModule' in m) return usePdfiumModule(m.pdfiumModule);
  let reply: CaptureReply;
  try {
    const { bytes } = readInputSync(m.capture, { what: '文件', limit: limitByContent });
    const { pages } = await captureDocument(bytes, `PDF 文件“${m.capture}”`, DEFAULT_LIMITS);
    reply = { captured: { pages: pages.map((p) => ({ ...p, segments: Array.isArray(p.segments) ? packSegments(p.segments) : p.segments })) } };
  } catch {
    reply = { failed: true };
  }
  parentPort!.postMessage(reply, 'captured' in reply ? capturedBuffers(reply.captured) : []);
});
parentPort?.postMessage('ready');
