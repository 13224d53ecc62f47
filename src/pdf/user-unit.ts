import { PDFDocument, PDFName, PDFNumber } from 'pdf-lib';

const MAX_PARSE = 50 * 1024 * 1024;

/**
 * Each page's /UserUnit (points per user-space unit; PDFium does not report it), or undefined when every page
 * has 1. The key can only hide in object streams when it is not in the raw bytes, so pdf-lib parses the file
 * only then — budget disclosures practically never set it.
 */
export async function userUnits(buf: Uint8Array): Promise<number[] | undefined> {
  const raw = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (!raw.includes('/UserUnit') && !raw.includes('/ObjStm')) return undefined;
  // A very large file is not parsed twice for a key that is practically never set.
  if (raw.length > MAX_PARSE) return undefined;
  try {
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
