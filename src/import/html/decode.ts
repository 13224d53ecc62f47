import { GongkaiError } from '../../model/errors.js';

const GBK = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|csgb2312|hz-gb-2312)$/;

/** The charset a page declares (<meta charset> or http-equiv Content-Type), lower-cased. */
export function declaredCharset(buf: Uint8Array): string | undefined {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * Decode a saved web page: a BOM wins; then strict UTF-8 (pages often declare gb2312 but were re-saved
 * as UTF-8, and GBK bytes practically never form valid UTF-8); then the declared charset; then GB18030.
 */
export function decodeHtml(buf: Uint8Array, where: string): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  if (buf.subarray(0, 65536).includes(0)) throw new GongkaiError('binary-input', `${where}含空字节，不是网页（HTML）文本`, where);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const cs = declaredCharset(buf);
    if (cs && !GBK.test(cs) && !/^utf-?8$/.test(cs)) {
      try {
        return new TextDecoder(cs).decode(buf);
      } catch {
        // unknown label: fall through to GB18030
      }
    }
    return new TextDecoder('gb18030').decode(buf);
  }
}
