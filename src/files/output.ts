import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GongkaiError } from '../model/errors.js';
import { identityOf } from './input.js';
import { fsReason, specialKind } from './reason.js';

/** Where one output will be written, resolved before any work is done. */
export interface OutputTarget {
  /** As the user gave it (for messages). */
  path: string;
  /** What it is, in Chinese: "报告", "Excel 汇总表", "标注 PDF"… */
  what: string;
  /** The file really written: through a symbolic link to its target, so the link survives. */
  real: string;
  existing?: { dev: number; ino: number; mode: number; uid: number; gid: number; special: boolean };
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Resolve an output path and refuse what cannot be a file to write: a directory, a dangling link, a missing folder. */
export function planOutput(path: string, what: string): OutputTarget {
  const fail = (code: string, why: string) => new GongkaiError(code, `无法写入${what}“${path}”：${why}`, path);
  let st: Stats | undefined;
  let real: string;
  try {
    st = lstatOrUndefined(path);
    if (st?.isSymbolicLink()) {
      real = realpathSync(path);
      st = statSync(real);
    } else real = join(realpathSync(dirname(path)), basename(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && st?.isSymbolicLink()) throw fail('output-dangling', '它是断开的符号链接（指向的位置不存在），请先删除它或另选文件名');
    if (code === 'ENOENT' || code === 'ENOTDIR') throw fail('output-no-folder', `所在目录“${dirname(path)}”不存在`);
    throw fail('output-unusable', fsReason(e));
  }
  if (!st) return { path, what, real };
  if (st.isDirectory()) throw fail('output-is-dir', '这是一个目录，请给出文件名');
  const special = !st.isFile();
  if (special && !st.isCharacterDevice() && !st.isFIFO()) throw fail('output-special', `它是${specialKind(st)}`);
  return { path, what, real, existing: { dev: st.dev, ino: st.ino, mode: st.mode, uid: st.uid, gid: st.gid, special } };
}

/**
 * Refuse before any work if an output is one of the inputs — same path, a symbolic link to it, or a hard link
 * (same device and inode) — or if two outputs are the same file. Inputs that cannot be resolved are skipped
 * (they are reported when read).
 */
export function refuseOverlap(outputs: readonly OutputTarget[], inputs: readonly string[]): void {
  const ids = inputs.map((p) => ({ path: p, id: identityOf(p) })).filter((x) => x.id);
  for (const out of outputs) {
    for (const { path, id } of ids) {
      const samePath = out.real === id!.real;
      const sameNode = out.existing && !out.existing.special && out.existing.dev === id!.dev && out.existing.ino === id!.ino;
      if (!samePath && !sameNode) continue;
      const same = out.path === path ? `就是输入文件“${path}”` : samePath ? `经符号链接指向输入文件“${path}”` : `与输入文件“${path}”是同一个文件（硬链接）`;
      throw new GongkaiError('output-is-input', `${out.what}“${out.path}”${same}，写入会毁掉原文件，已停止（原文件未改动）。请另选输出文件名`, out.path);
    }
  }
  for (let i = 0; i < outputs.length; i++)
    for (let j = i + 1; j < outputs.length; j++) {
      const a = outputs[i];
      const b = outputs[j];
      const sameNode = a.existing && b.existing && !a.existing.special && a.existing.dev === b.existing.dev && a.existing.ino === b.existing.ino;
      if (a.real === b.real || sameNode) throw new GongkaiError('outputs-collide', `${a.what}“${a.path}”和${b.what}“${b.path}”是同一个文件，请分别指定不同的文件名`, a.path);
    }
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
}

/** fsync a folder so that a rename in it survives a crash; not every system allows it. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort
  }
}

/**
 * Write an output so that a failure never leaves a truncated file and never harms an older copy: write a
 * temporary file in the same folder, fsync, then rename over the target. Devices and FIFOs the user names
 * (/dev/stdout) are written directly. The message of a failure names the write that failed.
 */
export function writeOutput(target: OutputTarget, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const ex = target.existing;
  const failed = (e: unknown) =>
    new GongkaiError('write-failed', `写入${target.what}“${target.path}”失败：${fsReason(e)}。${ex && !ex.special ? '原有的文件保持不变' : '没有留下不完整的文件'}`, target.path);
  if (ex?.special) {
    try {
      const fd = openSync(target.real, 'w');
      try {
        writeAll(fd, bytes);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      throw failed(e);
    }
    return;
  }
  const tmp = join(dirname(target.real), `.gongkai-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', ex ? ex.mode & 0o777 : 0o666);
    writeAll(fd, bytes);
    fsyncSync(fd);
    if (ex) keepOwnership(fd, ex);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target.real);
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // never created, or already renamed
    }
    throw failed(e);
  }
  syncFolder(dirname(target.real));
}

/** The replaced file keeps its owner and permissions (best effort: only root may give a file away). */
function keepOwnership(fd: number, ex: NonNullable<OutputTarget['existing']>): void {
  try {
    fchmodSync(fd, ex.mode & 0o7777);
    fchownSync(fd, ex.uid, ex.gid);
  } catch {
    // not permitted: the new file is the user's own
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}
