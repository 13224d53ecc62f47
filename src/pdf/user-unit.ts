import { inflateSync } from 'node:zlib';

/** Object streams larger than this are not inflated to look for the key. */
const MAX_STREAM = 16 * 1024 * 1024;
/** A very large file is not parsed a second time (by pdf-lib) for a key that is practically never set. */
const MAX_PARSE = 50 * 1024 * 1024;

/** Does the file hold a /UserUnit key, in plain bytes or inside a Flate-compressed object stream? */
export function mentionsUserUnit(raw: Buffer): boolean {
  if (raw.includes('/UserUnit')) return true;
  for (let at = raw.indexOf('/ObjStm'); at >= 0; at = raw.indexOf('/ObjStm', at + 7)) {
    const start = raw.indexOf('stream', at);
    const end = start < 0 ? -1 : raw.indexOf('endstream', start);
    if (end < 0 || end - start > MAX_STREAM) continue;
    let from = start + 6;
    if (raw[from] === 0x0d) from++;
    if (raw[from] === 0x0a) from++;
    try {
      if (inflateSync(raw.subarray(from, end), { finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a short tail */ }).includes('/UserUnit')) return true;
    } catch {
      // Not Flate, or encrypted: the key cannot be told from outside; unit 1, as for most files.
    }
  }
  return false;
}

/**
 * Each page's /UserUnit (points per user-space unit; PDFium does not report it), or undefined when every page
 * has 1. Only a file that mentions the key is parsed (by pdf-lib) to find its pages' values.
 */
export async function userUnits(buf: Uint8Array): Promise<number[] | undefined> {
  const raw = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (raw.length > MAX_PARSE || !mentionsUserUnit(raw)) return undefined;
  try {
    // pdf-lib is loaded only for such a file: most reads never need it.
    const { PDFDocument, PDFName, PDFNumber } = await import('pdf-lib');
    const doc = await PDFDocument.load(buf, { ignoreEncryption: true, updateMetadata: false });
    const units = doc.getPages().map((p) => {
      const u = p.node.lookupMaybe(PDFName.of('UserUnit'), PDFNumber)?.asNumber();
      return u !== undefined && u > 0 && Number.isFinite(u) ? u : 1;
    });
    return units.some((u) => u !== 1) ? units : undefined;
  } catch {
    return undefined; // what pdf-lib cannot parse, PDFium may still read (it repairs): at unit 1
  }
}
