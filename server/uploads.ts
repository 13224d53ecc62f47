import { unzipSync } from 'fflate';
import { limitByContent } from '../src/files/index.js';
import { detectFormat } from '../src/import/index.js';
import { ApiError } from './context.js';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

const AUDIT_EXTENSIONS = /\.(pdf|xlsx|docx|html?|txt)$/i;
const MAX_ZIP_ENTRIES = 500;
const MAX_ZIP_TOTAL = 500 * 1024 * 1024;

/** A file name safe to show and store: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200);
  return clean || '未命名文件';
}

/** Refuse what the engine would not read: unknown formats by content, over-size files. */
export function checkAuditFile(file: UploadedFile, maxBytes: number): void {
  if (file.bytes.length === 0) throw new ApiError(422, `文件“${file.name}”是空的`);
  const limit = Math.min(maxBytes, limitByContent(file.bytes).bytes);
  if (file.bytes.length > limit) throw new ApiError(413, `文件“${file.name}”超过 ${Math.round(limit / 1048576)} MB 的上限`);
  if (!AUDIT_EXTENSIONS.test(file.name)) throw new ApiError(415, `不支持文件“${file.name}”的类型：请上传 PDF、XLSX、DOCX、HTML 或文本文件（或它们的 ZIP 压缩包）`);
  if (!detectFormat(file.bytes, file.name)) throw new ApiError(415, `文件“${file.name}”的内容与扩展名不符，或不是可读取的格式`);
}

/** The files of an upload: a ZIP is opened (folders flattened, hidden entries skipped, size-guarded). */
export function expandUpload(file: UploadedFile, maxBytes: number): UploadedFile[] {
  if (!/\.zip$/i.test(file.name)) return [file];
  let declared = 0;
  let entries = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(file.bytes, {
      filter: (f) => {
        if (f.name.endsWith('/') || /(^|\/)(__MACOSX|\.)/.test(f.name)) return false;
        entries++;
        declared += f.originalSize;
        if (entries > MAX_ZIP_ENTRIES) throw new ApiError(413, `压缩包“${file.name}”中的文件超过 ${MAX_ZIP_ENTRIES} 个`);
        if (f.originalSize > maxBytes || declared > MAX_ZIP_TOTAL) throw new ApiError(413, `压缩包“${file.name}”解压后过大`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError(422, `压缩包“${file.name}”已损坏或无法解压`);
  }
  const out = Object.entries(files).map(([name, bytes]) => ({ name: cleanFileName(name), bytes }));
  if (out.length === 0) throw new ApiError(422, `压缩包“${file.name}”中没有文件`);
  return out;
}
