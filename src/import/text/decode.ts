import { GongkaiError } from '../../model/errors.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';
}

/**
 * Decode a text file: BOMs, then strict UTF-8, then GBK (GB18030), which is what Chinese Windows tools
 * write. Binary input (NUL bytes, or too many control characters) is refused with a clear message.
 */
export function decodeText(buf: Uint8Array, where = '输入文件'): DecodedText {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  const sample = buf.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new GongkaiError('binary-input', `${where}是二进制文件（含空字节），不是文本；PDF、Excel 等请用对应的格式读取`);
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.01) throw new GongkaiError('binary-input', `${where}含大量控制字符，不像文本文件`);
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(start)), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(buf), encoding: 'gbk' };
    } catch {
      throw new GongkaiError('bad-encoding', `${where}既不是 UTF-8 也不是 GBK 编码的文本，无法识别`);
    }
  }
}
