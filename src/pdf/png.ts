import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An 8-bit RGB PNG from `rgb` (width × height × 3 bytes, rows top to bottom). Each row is filtered with
 * “Up” (the row above subtracted), which suits scanned and rendered pages.
 */
export function encodePng(rgb: Uint8Array, width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const row = width * 3;
  const raw = Buffer.alloc((row + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (row + 1);
    raw[at] = y === 0 ? 0 : 2;
    for (let x = 0; x < row; x++) raw[at + 1 + x] = y === 0 ? rgb[x] : (rgb[y * row + x] - rgb[(y - 1) * row + x]) & 0xff;
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * An 8-bit indexed PNG: `indices` (width × height bytes, rows top to bottom) into `palette` (RGB triples, at most
 * 256). A third of the RGB size before compression: thumbnails of printed pages need few colours.
 */
export function encodeIndexedPng(indices: Uint8Array, palette: Uint8Array, width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: indexed
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (width + 1);
    raw[at] = y === 0 ? 0 : 2;
    for (let x = 0; x < width; x++) raw[at + 1 + x] = y === 0 ? indices[x] : (indices[y * width + x] - indices[(y - 1) * width + x]) & 0xff;
  }
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', Buffer.from(palette)), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
