import {
  PDFDocument,
  PDFHexString,
  PDFString,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setGraphicsState,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  type PDFOperator,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { GongkaiError } from '../model/errors.js';
import type { Finding, Severity } from '../rules/engine/types.js';
import { displaySize, displayToUserRect, pageFrame, type PageFrame, type UserRect } from './pdf-frame.js';
import { SEVERITY_NAMES } from './summary.js';

export const SEVERITY_RGB: Record<Severity, [number, number, number]> = {
  error: [0.9, 0.1, 0.1],
  warning: [1, 0.55, 0],
  info: [0.15, 0.45, 0.95],
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const AUTHOR = 'gongkai 校验';
/** Sticky notes in the top margin: icon size, gap, and distance from the page edge (display points). */
const NOTE = { size: 16, gap: 4, edge: 6 };

/** The note of a finding: “[规则编号] 消息；应为…，实为…，差额…；建议…”, and where else it points. */
export function findingNote(f: Finding): string {
  const parts = [`[${f.ruleId}] ${f.message}`];
  const nums = [f.expected !== undefined ? `应为 ${f.expected}` : '', f.actual !== undefined ? `实为 ${f.actual}` : '', f.difference ? `差额 ${f.difference}` : ''].filter(Boolean);
  if (nums.length) parts.push(nums.join('，'));
  if (f.suggestion) parts.push(`建议：${f.suggestion}`);
  if (f.locations.length > 1) parts.push(`位置：${f.locations.map((l) => (l.page && l.label !== `第${l.page}页` ? `${l.label}（第${l.page}页）` : l.label)).join('；')}`);
  return parts.join('；');
}

interface Mark {
  severity: Severity;
  notes: string[];
  subject: string;
}

const worst = (a: Severity, b: Severity) => (RANK[a] <= RANK[b] ? a : b);

function addTo(map: Map<string, Mark & { rect?: UserRect }>, key: string, f: Finding, rect?: UserRect): void {
  const note = findingNote(f);
  const m = map.get(key);
  if (!m) map.set(key, { severity: f.severity, notes: [note], subject: `${SEVERITY_NAMES[f.severity]}：${f.title}`, rect });
  else if (!m.notes.includes(note)) {
    m.notes.push(note);
    m.severity = worst(m.severity, f.severity);
    m.subject = `${SEVERITY_NAMES[m.severity]}：${m.notes.length} 个问题`;
  }
}

/** Appearance of a highlight: a translucent fill multiplied onto the page, with a solid outline. */
function highlightAppearance(doc: PDFDocument, w: number, h: number, rgb: [number, number, number]): PDFRef {
  const ops: PDFOperator[] = [pushGraphicsState(), setGraphicsState('GS0'), setFillingRgbColor(...rgb), rectangle(0, 0, w, h), fill()];
  ops.push(setStrokingRgbColor(...rgb), setLineWidth(0.8), rectangle(0.4, 0.4, Math.max(w - 0.8, 0), Math.max(h - 0.8, 0)), stroke(), popGraphicsState());
  const resources = { ExtGState: { GS0: { Type: 'ExtGState', ca: 0.28, CA: 0.9, BM: 'Multiply' } } };
  return doc.context.register(doc.context.formXObject(ops, { BBox: [0, 0, w, h], Resources: resources }));
}

/** Appearance of a sticky note: a coloured square with three white text lines. */
function noteAppearance(doc: PDFDocument, s: number, rgb: [number, number, number]): PDFRef {
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingRgbColor(...rgb), rectangle(0, 0, s, s), fill(), setStrokingRgbColor(1, 1, 1), setLineWidth(1.2)];
  for (const y of [0.72, 0.5, 0.28]) ops.push(moveTo(s * 0.2, s * y), lineTo(s * 0.8, s * y));
  ops.push(stroke(), popGraphicsState());
  return doc.context.register(doc.context.formXObject(ops, { BBox: [0, 0, s, s] }));
}

function annotate(doc: PDFDocument, page: PDFPage, subtype: 'Highlight' | 'Text', rect: UserRect, mark: Mark, n: number): void {
  const [x1, y1, x2, y2] = rect;
  const rgb = SEVERITY_RGB[mark.severity];
  const ap = subtype === 'Highlight' ? highlightAppearance(doc, x2 - x1, y2 - y1, rgb) : noteAppearance(doc, x2 - x1, rgb);
  const dict = doc.context.obj({
    Type: 'Annot',
    Subtype: subtype,
    Rect: rect,
    ...(subtype === 'Highlight' ? { QuadPoints: [x1, y2, x2, y2, x1, y1, x2, y1] } : { Name: 'Comment', Open: false }),
    C: rgb,
    // Print; a note also NoZoom + NoRotate so that it stays an icon
    F: subtype === 'Highlight' ? 4 : 4 | 8 | 16,
    Contents: PDFHexString.fromText(mark.notes.join('\n\n')),
    T: PDFHexString.fromText(AUTHOR),
    Subj: PDFHexString.fromText(mark.subject),
    NM: PDFString.of(`gongkai-${n}`),
    M: PDFString.fromDate(new Date()),
    P: page.ref,
    AP: { N: ap },
  });
  page.node.addAnnot(doc.context.register(dict));
}

/** Slots for notes in a page's top margin, left to right, then on further rows. */
function marginSlot(frame: PageFrame, i: number): UserRect {
  const { width } = displaySize(frame);
  const step = NOTE.size + NOTE.gap;
  const perRow = Math.max(1, Math.floor((width - 2 * NOTE.edge + NOTE.gap) / step));
  const x = NOTE.edge + (i % perRow) * step;
  const y = NOTE.edge + Math.floor(i / perRow) * step;
  // Never outside the page, even on a tiny one.
  return displayToUserRect(frame, [x, y, NOTE.size, NOTE.size]) ?? frame.view;
}

async function load(pdfBytes: Uint8Array): Promise<{ doc: PDFDocument; pages: PDFPage[] }> {
  try {
    const doc = await PDFDocument.load(pdfBytes, { updateMetadata: false });
    // pdf-lib parses leniently; a missing catalog or page tree only shows when the pages are read.
    return { doc, pages: doc.getPages() };
  } catch (e) {
    const msg = (e as Error).message;
    if ((e as Error).name === 'EncryptedPDFError' || /encrypted/i.test(msg)) throw new GongkaiError('annotate-encrypted', '该 PDF 设有密码保护（加密），无法在其上写入标注；可先解除加密（例如 qpdf --decrypt 原文件 新文件）后再试');
    throw new GongkaiError('annotate-unreadable', `无法解析该 PDF，不能生成带标注的副本（${msg}）`);
  }
}

/**
 * A copy of the PDF with every finding marked where it stands: a translucent highlight (red error, orange
 * warning, blue info) carrying the note on each located box; a sticky note in the top margin of the page for a
 * finding with a page but no box; on page 1 for a finding with no page. Findings on the same box share one mark.
 */
export async function annotatePdf(pdfBytes: Uint8Array, findings: readonly Finding[]): Promise<Uint8Array> {
  const { doc, pages } = await load(pdfBytes);
  if (!pages.length) return doc.save();
  const frames = pages.map(pageFrame);
  const boxes = pages.map(() => new Map<string, Mark & { rect?: UserRect }>());
  const notes = pages.map(() => new Map<string, Mark>());
  for (const f of findings) {
    let placed = false;
    for (const l of f.locations) {
      const i = l.page !== undefined && Number.isInteger(l.page) ? l.page - 1 : -1;
      if (i < 0 || i >= pages.length) continue;
      const rect = l.box && displayToUserRect(frames[i], l.box);
      if (rect) addTo(boxes[i], rect.map((v) => v.toFixed(1)).join(','), f, rect);
      else addTo(notes[i], f.ruleId + f.message, f);
      placed = true;
    }
    if (!placed) addTo(notes[0], f.ruleId + f.message, f);
  }
  let n = 0;
  pages.forEach((page, i) => {
    for (const m of boxes[i].values()) annotate(doc, page, 'Highlight', m.rect!, m, ++n);
    [...notes[i].values()]
      .sort((a, b) => RANK[a.severity] - RANK[b.severity])
      .forEach((m, slot) => annotate(doc, page, 'Text', marginSlot(frames[i], slot), m, ++n));
  });
  return doc.save();
}
