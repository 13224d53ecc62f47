import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { identityOf } from './input.js';
import { fsReason } from './reason.js';

/** One thing to check from a folder scan; `problem` when the entry could not even be listed. */
export interface ScanEntry {
  path: string;
  problem?: string;
}

export interface ScanOptions {
  /** Which file names to keep (by extension). */
  accept(name: string): boolean;
  maxFiles?: number;
  maxDepth?: number;
}

const MAX_FILES = 100_000;
const MAX_DEPTH = 64;

/**
 * Expand folders (recursively, in name order) into the files to check; other paths are kept as given.
 * Each real folder is entered once, so symbolic links back to a parent or to each other cannot loop or
 * multiply the work. A dangling link, a link loop or a device with an accepted name is kept: reading it
 * later gives that one file its "unreadable" row. A folder that cannot be listed becomes a problem entry.
 */
export function scanInputs(paths: readonly string[], opts: ScanOptions): ScanEntry[] {
  const out: ScanEntry[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const maxFiles = opts.maxFiles ?? MAX_FILES;
  const maxDepth = opts.maxDepth ?? MAX_DEPTH;
  let files = 0;
  let full = false;

  const addFile = (path: string) => {
    const id = identityOf(path);
    const key = id ? `${id.dev}:${id.ino}` : undefined;
    if (key && seenFiles.has(key)) return; // the same file reached through another link
    if (key) seenFiles.add(key);
    if (files >= maxFiles) {
      if (!full) out.push({ path, problem: `文件超过 ${maxFiles} 个，其余未检查` });
      full = true;
      return;
    }
    out.push({ path });
    files++;
  };

  const walk = (dir: string, depth: number): void => {
    let key: string;
    try {
      const s = statSync(dir);
      key = `${s.dev}:${s.ino}`;
    } catch (e) {
      out.push({ path: dir, problem: `无法读取目录“${dir}”：${fsReason(e)}` });
      return;
    }
    if (seenDirs.has(key)) return; // a link back into a folder already scanned
    seenDirs.add(key);
    if (depth > maxDepth) {
      out.push({ path: dir, problem: `目录“${dir}”的层级超过 ${maxDepth} 层，未再深入` });
      return;
    }
    let names: { name: string; isDirectory(): boolean; isSymbolicLink(): boolean }[];
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.push({ path: dir, problem: `无法读取目录“${dir}”：${fsReason(e)}` });
      return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Links to folders come last, so that a folder reachable both ways is listed under its real name.
    const linked: string[] = [];
    for (const d of names) {
      if (full) return;
      const path = join(dir, d.name);
      if (d.isDirectory()) walk(path, depth + 1);
      else if (d.isSymbolicLink() && isDirectory(path)) linked.push(path);
      else if (opts.accept(d.name)) addFile(path);
    }
    for (const path of linked) walk(path, depth + 1);
  };

  for (const p of paths) {
    if (isDirectory(p)) walk(p, 0);
    else out.push({ path: p });
  }
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // missing, dangling or looping: reported when read
  }
}
