import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { GongkaiError } from '../model/errors.js';
import { fsReason, specialKind } from './reason.js';

/** A file that passed the gate: the path as given, where it really is, and its identity on disk. */
export interface InputFile {
  path: string;
  real: string;
  dev: number;
  ino: number;
  size: number;
}

/** Largest size accepted for one kind of input. `name` says what kind, for the message. */
export interface SizeLimit {
  bytes: number;
  name: string;
}

const MB = 1024 * 1024;

/** Per-format limits: published disclosures are a few MB; anything far larger is a mistake or hostile. */
export const LIMITS = {
  pdf: { bytes: 200 * MB, name: 'PDF 文件' },
  /** Compressed size of an XLSX/DOCX; the zip guard limits what it unpacks to. */
  office: { bytes: 100 * MB, name: 'Office 文件' },
  /** Text and HTML disclosures (a few hundred KB in practice). */
  text: { bytes: 20 * MB, name: '文本公开文件' },
  facts: { bytes: 10 * MB, name: '事实文件' },
  reference: { bytes: 20 * MB, name: '参考科目表' },
} satisfies Record<string, SizeLimit>;

/** The limit for a file judged by its first bytes: PDF, zip/OLE (Office) or text. */
export function limitByContent(head: Uint8Array): SizeLimit {
  const magic = Buffer.from(head.subarray(0, 5)).toString('latin1');
  if (magic === '%PDF-') return LIMITS.pdf;
  if (magic.startsWith('PK') || (head[0] === 0xd0 && head[1] === 0xcf)) return LIMITS.office;
  return LIMITS.text;
}

export interface ReadOptions {
  /** What the file is to the user: "文件", "上年文件", "参考科目表"…; used in messages. */
  what?: string;
  /** A fixed limit, or one chosen from the first bytes. */
  limit: SizeLimit | ((head: Uint8Array) => SizeLimit);
}

const mbText = (n: number) => `${Math.max(1, Math.round(n / MB))} MB`;

/** The error for a path that cannot be resolved: missing, a dangling link, a link loop, no permission. */
function resolveError(path: string, what: string, e: unknown): GongkaiError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return new GongkaiError('symlink-loop', `${what}“${path}”的符号链接形成了循环（链接最终指回自己），无法读取`, path);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      // not there at all
    }
    if (link) return new GongkaiError('dangling-link', `${what}“${path}”是断开的符号链接：它指向的文件不存在`, path);
    return new GongkaiError('not-found', `找不到${what}“${path}”`, path);
  }
  if (code === 'EACCES' || code === 'EPERM') return new GongkaiError('no-permission', `没有读取${what}“${path}”的权限`, path);
  return new GongkaiError('unreadable', `无法读取${what}“${path}”：${fsReason(e)}`, path);
}

/** Refuse anything but a regular file: directories, devices (/dev/zero), FIFOs and sockets never end or never start. */
function requireRegular(path: string, what: string, s: Stats): void {
  if (s.isFile()) return;
  if (s.isDirectory()) throw new GongkaiError('not-a-file', `“${path}”是目录，不是文件`, path);
  throw new GongkaiError('not-regular', `${what}“${path}”是${specialKind(s)}，不是普通文件，已拒绝读取`, path);
}

/** Resolve links (loops detected by the system) and check the type, without opening the file. */
export function identifyInput(path: string, what = '文件'): InputFile {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    throw resolveError(path, what, e);
  }
  let s: Stats;
  try {
    s = statSync(real);
  } catch (e) {
    throw resolveError(path, what, e);
  }
  requireRegular(path, what, s);
  return { path, real, dev: s.dev, ino: s.ino, size: s.size };
}

/** Identity of a path if it can be resolved, else undefined (for comparing outputs with inputs). */
export function identityOf(path: string): { real: string; dev: number; ino: number } | undefined {
  try {
    const real = realpathSync(path);
    const s = statSync(real);
    return { real, dev: s.dev, ino: s.ino };
  } catch {
    return undefined;
  }
}

function tooLarge(path: string, what: string, size: number, limit: SizeLimit): GongkaiError {
  return new GongkaiError('too-large', `${what}“${path}”有 ${mbText(size)}，超过${limit.name} ${mbText(limit.bytes)} 的上限，已拒绝读取`, path);
}

/**
 * The one way to read an input file: resolve it, accept only a regular file, check the size against the
 * format's limit before reading, and read at most that many bytes (a file that grows meanwhile is refused).
 */
export function readInputSync(path: string, opts: ReadOptions): { file: InputFile; bytes: Buffer } {
  const what = opts.what ?? '文件';
  const file = identifyInput(path, what);
  let fd: number;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO after the check, opening must not hang.
    fd = openSync(file.real, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    throw resolveError(path, what, e);
  }
  try {
    const s = fstatSync(fd);
    requireRegular(path, what, s);
    file.size = s.size;
    const head = Buffer.alloc(Math.min(8, s.size));
    const headRead = head.length ? readSync(fd, head, 0, head.length, 0) : 0;
    const limit = typeof opts.limit === 'function' ? opts.limit(head.subarray(0, headRead)) : opts.limit;
    if (s.size > limit.bytes) throw tooLarge(path, what, s.size, limit);
    const bytes = Buffer.alloc(s.size);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    // A file still growing past its announced size is not a disclosure (or is being written right now).
    if (got === bytes.length && readSync(fd, Buffer.alloc(1), 0, 1, got) > 0) {
      throw new GongkaiError('growing', `${what}“${path}”在读取时仍在变大（可能正在写入），请等它写完后再试`, path);
    }
    return { file, bytes: got === bytes.length ? bytes : bytes.subarray(0, got) };
  } catch (e) {
    if (e instanceof GongkaiError) throw e;
    throw new GongkaiError('unreadable', `无法读取${what}“${path}”：${fsReason(e)}`, path);
  } finally {
    closeSync(fd);
  }
}

/** Async face of readInputSync (the read itself is bounded and short). */
export async function readInput(path: string, opts: ReadOptions): Promise<{ file: InputFile; bytes: Buffer }> {
  return readInputSync(path, opts);
}
