import { inflateRawSync } from 'node:zlib';

/** One entry of a zip's central directory. Sizes are as declared; `measureZip` checks them for real. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

export function hasZipMagic(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

/** Read the central directory (zip64 included); undefined when the bytes are not a readable zip. */
export function readZipDirectory(buf: Uint8Array): ZipEntry[] | undefined {
  if (buf.length < 22) return undefined;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let count = view.getUint16(eocd + 10, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const z = Number(view.getBigUint64(eocd - 12, true));
    if (z + 56 > buf.length || view.getUint32(z, true) !== 0x06064b50) return undefined;
    count = Number(view.getBigUint64(z + 32, true));
    cdOffset = Number(view.getBigUint64(z + 48, true));
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) return undefined;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > buf.length) return undefined;
    const entry: ZipEntry = {
      name: decoder.decode(buf.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      encrypted: (view.getUint16(p + 8, true) & 1) === 1,
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    };
    readZip64Extra(view, p + 46 + nameLen, extraLen, entry);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Zip64 extended information: the 64-bit values of the fields that are 0xffffffff, in this order. */
function readZip64Extra(view: DataView, start: number, len: number, e: ZipEntry): void {
  for (let q = start; q + 4 <= start + len; ) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      const next = (): number => {
        const v = r + 8 <= q + 4 + size ? Number(view.getBigUint64(r, true)) : 0;
        r += 8;
        return v;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.offset === 0xffffffff) e.offset = next();
    }
    q += 4 + size;
  }
}

export type ZipMeasure = { ok: true; total: number } | { ok: false; reason: 'too-large' | 'corrupt' | 'method'; total: number };

/**
 * Inflate every entry with a running output budget, so that a zip whose headers understate its sizes is
 * still refused before it can fill memory. Output is discarded after `inspect` has looked at it.
 */
export function measureZip(buf: Uint8Array, entries: ZipEntry[], budget: number, inspect?: (name: string, data: Uint8Array) => void): ZipMeasure {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let total = 0;
  for (const e of entries) {
    if (e.name.endsWith('/') && e.compressedSize === 0) continue;
    if (e.offset + 30 > buf.length || view.getUint32(e.offset, true) !== 0x04034b50) return { ok: false, reason: 'corrupt', total };
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    if (start + e.compressedSize > buf.length) return { ok: false, reason: 'corrupt', total };
    const data = buf.subarray(start, start + e.compressedSize);
    if (e.method === 0) {
      total += data.length;
      inspect?.(e.name, data);
    } else if (e.method === 8) {
      try {
        const out = inflateRawSync(data, { maxOutputLength: Math.max(1, budget - total + 1) });
        total += out.length;
        if (total <= budget) inspect?.(e.name, out);
      } catch (err) {
        return { ok: false, reason: err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'corrupt', total };
      }
    } else return { ok: false, reason: 'method', total };
    if (total > budget) return { ok: false, reason: 'too-large', total };
  }
  return { ok: true, total };
}
