import { SaxesParser } from 'saxes';
import { GongkaiError } from '../../model/errors.js';
import { hasZipMagic, measureZip, readZipDirectory, type ZipEntry } from './zip.js';

/** Largest total uncompressed size of an Office file's parts. */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
export const MAX_SHEETS = 200;
/** Cells and merged ranges of all sheets together: a disclosure workbook has some tens of thousands of cells. */
export const MAX_CELLS = 200_000;
export const MAX_MERGES = 20_000;
const MAX_ENTRIES = 10000;

export type OfficeKind = 'xlsx' | 'docx';

const NAMES: Record<OfficeKind, { what: string; ext: string; part: string }> = {
  xlsx: { what: 'Excel 工作簿', ext: '.xlsx', part: 'xl/workbook.xml' },
  docx: { what: 'Word 文档', ext: '.docx', part: 'word/document.xml' },
};

export function hasOleMagic(buf: Uint8Array): boolean {
  return buf.length >= 8 && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0 && buf[4] === 0xa1 && buf[5] === 0xb1;
}

const utf16 = (s: string): Buffer => Buffer.from(s, 'utf16le');

/** The error for an OLE compound file: an encrypted Office file, or a legacy .xls / .doc. */
export function oleError(buf: Uint8Array, where: string): GongkaiError {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.includes(utf16('EncryptedPackage'))) {
    return new GongkaiError('encrypted-office', `${where}是设有打开密码的加密 Office 文件，无法读取；请在 Excel/WPS/Word 中取消密码后另存为 .xlsx 或 .docx 再检查`, where);
  }
  if (b.includes(utf16('WordDocument'))) {
    return new GongkaiError('legacy-doc', `${where}是旧版 Word 97-2003 文档（.doc），暂不支持；请在 Word 或 WPS 中另存为 .docx 后再检查`, where);
  }
  if (b.includes(utf16('Workbook')) || b.includes(utf16('Book'))) {
    return new GongkaiError('legacy-xls', `${where}是旧版 Excel 97-2003 工作簿（.xls），暂不支持；请在 Excel 或 WPS 中另存为 .xlsx 后再检查`, where);
  }
  return new GongkaiError('legacy-office', `${where}是旧版 Office（OLE 复合文档）格式，暂不支持；请另存为 .xlsx 或 .docx 后再检查`, where);
}

/** Which Office format a zip holds, judged by its parts (not the file name); undefined for other zips. */
export function officeKindOf(buf: Uint8Array): OfficeKind | 'unreadable' | undefined {
  const entries = readZipDirectory(buf);
  if (!entries) return 'unreadable';
  const names = new Set(entries.map((e) => e.name));
  if (names.has(NAMES.xlsx.part)) return 'xlsx';
  if (names.has(NAMES.docx.part)) return 'docx';
  return undefined;
}

/**
 * Check an Office file before any library unpacks it: a zip, readable, not encrypted, the expected kind,
 * at most 100 MB once uncompressed (declared and actual), and for workbooks at most 200 sheets.
 */
export function checkOfficeZip(buf: Uint8Array, kind: OfficeKind, where: string): ZipEntry[] {
  const { what, ext, part } = NAMES[kind];
  if (hasOleMagic(buf)) throw oleError(buf, where);
  if (!hasZipMagic(buf)) throw new GongkaiError('not-a-zip', `${where}不是有效的 ${what}（${ext}）：内容不是 ZIP 格式，可能已损坏或是改了扩展名的其他文件`, where);
  const entries = readZipDirectory(buf);
  if (!entries) throw new GongkaiError('corrupt-zip', `${where}已损坏：找不到完整的 ZIP 目录（文件可能没有下载或复制完整）`, where);
  if (entries.some((e) => e.encrypted)) throw new GongkaiError('encrypted-zip', `${where}中的内容已加密，无法读取；请取消密码后再检查`, where);
  if (!entries.some((e) => e.name === part)) {
    const other = kind === 'xlsx' ? NAMES.docx : NAMES.xlsx;
    const is = entries.some((e) => e.name === other.part) ? `，而是 ${other.what}（${other.ext}）` : '';
    throw new GongkaiError('wrong-office-kind', `${where}不是 ${what}${is}：其中没有 ${part}`, where);
  }
  const mb = (n: number) => (n / 1048576).toFixed(0);
  const limit = `${MAX_UNCOMPRESSED_BYTES / 1048576} MB`;
  const declared = entries.reduce((s, e) => s + e.size, 0);
  if (entries.length > MAX_ENTRIES || declared > MAX_UNCOMPRESSED_BYTES) {
    throw new GongkaiError('zip-bomb', `${where}解压后有 ${mb(declared)} MB（${entries.length} 个部件），超过 ${limit} 的上限，可能是“压缩炸弹”，已拒绝读取`, where);
  }
  if (kind === 'xlsx') {
    const sheets = entries.filter((e) => /^xl\/(worksheets|chartsheets|dialogsheets)\/[^/]+\.xml$/.test(e.name)).length;
    if (sheets > MAX_SHEETS) throw new GongkaiError('too-many-sheets', `${where}有 ${sheets} 个工作表，超过 ${MAX_SHEETS} 个的上限，已拒绝读取`, where);
  }
  const counts = { cells: 0, merges: 0 };
  const sheetPart = /^xl\/worksheets\/[^/]+\.xml$/;
  let malformed: string | undefined;
  const measured = measureZip(buf, entries, MAX_UNCOMPRESSED_BYTES, (name, data) => {
    // mammoth's XML parser recovers from broken markup in quadratic time: Word parts must be well-formed first.
    if (kind === 'docx' && !malformed && /\.(xml|rels)$/.test(name)) malformed = xmlProblem(name, data);
    if (kind !== 'xlsx' || !sheetPart.test(name)) return;
    counts.cells += countTags(data, '<c ') + countTags(data, '<c>');
    counts.merges += countTags(data, '<mergeCell ');
  });
  if (!measured.ok && measured.reason === 'too-large') {
    throw new GongkaiError('zip-bomb', `${where}实际解压后超过 ${limit} 的上限（文件头声明只有 ${mb(declared)} MB），可能是“压缩炸弹”，已拒绝读取`, where);
  }
  if (counts.cells > MAX_CELLS) throw new GongkaiError('too-many-cells', `${where}共有 ${counts.cells} 个单元格，超过 ${MAX_CELLS} 个的上限（预算公开工作簿通常只有几万个），已拒绝读取`, where);
  if (counts.merges > MAX_MERGES) throw new GongkaiError('too-many-merges', `${where}共有 ${counts.merges} 处合并单元格，超过 ${MAX_MERGES} 处的上限，已拒绝读取`, where);
  if (measured.ok && malformed) throw new GongkaiError('corrupt-docx', `${where}无法作为 Word 文档读取（文件可能已损坏）：${malformed}`, where);
  if (!measured.ok) throw new GongkaiError('corrupt-zip', `${where}已损坏：其中的部件无法解压${measured.reason === 'method' ? '（使用了不支持的压缩方式）' : ''}`, where);
  return entries;
}

/** How many times an ASCII tag opening occurs in XML bytes (no decoding, no regular expression). */
function countTags(data: Uint8Array, tag: string): number {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let n = 0;
  for (let i = b.indexOf(tag, 0, 'latin1'); i >= 0; i = b.indexOf(tag, i + tag.length, 'latin1')) n++;
  return n;
}

/** Why an XML part is not well-formed (undefined when it is), checked in one linear pass. */
function xmlProblem(name: string, data: Uint8Array): string | undefined {
  const parser = new SaxesParser();
  try {
    parser.write(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8')).close();
    return undefined;
  } catch (e) {
    return `其中的 ${name} 不是完整的 XML（${String((e as Error).message).split('\n')[0].slice(0, 120)}）`;
  }
}
