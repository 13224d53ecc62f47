import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from '../xlsx/zip.js';

/** Watermark words the text importer takes as a draft mark when they stand on a line of their own. */
const MARK = /^(仅供内部审核|内部资料|征求意见稿|草稿|送审稿)$/;
const HEADER_PART = /^word\/header\d*\.xml$/;

/** The XML of a part, stored or deflated (the zip has passed checkOfficeZip); undefined when unreadable. */
function partXml(buf: Uint8Array, e: ZipEntry): string | undefined {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  const data = buf.subarray(start, start + e.compressedSize);
  try {
    return new TextDecoder('utf-8').decode(e.method === 8 ? inflateRawSync(data) : data);
  } catch {
    return undefined;
  }
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Draft marks printed in the page headers, which the HTML conversion leaves out: a header paragraph reading
 * "仅供内部审核" or a WordArt watermark (<v:textpath string="…">). Other header text (titles, page numbers)
 * is not read.
 */
export function headerMarks(buf: Uint8Array, entries: ZipEntry[]): string[] {
  const marks = new Set<string>();
  for (const e of entries.filter((x) => HEADER_PART.test(x.name))) {
    const xml = partXml(buf, e);
    if (!xml) continue;
    const paragraphs = xml.split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    const wordArt = [...xml.matchAll(/<v:textpath\b[^>]*\sstring="([^"]*)"/g)].map((m) => m[1]);
    for (const t of [...paragraphs, ...wordArt].map((x) => unescape(x).replace(/[\s\u3000]+/g, ''))) if (MARK.test(t)) marks.add(t);
  }
  return [...marks];
}
