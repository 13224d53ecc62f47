// pdfjs-dist for the PDF importer: loaded once, with the fake worker's code in this thread from the start.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { runInNewContext } from 'node:vm';
import { enginePush } from './native.js';
import { getDocument, OPS, Util, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
// Sets globalThis.pdfjsWorker, so the fake worker needs no dynamic import (which would re-install polyfills).
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export { getDocument, OPS, Util, VerbosityLevel };
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A built-in function (no own `prototype`), not a polyfill written in JavaScript. */
const builtIn = (f: unknown) => typeof f === 'function' && !Object.prototype.hasOwnProperty.call(f, 'prototype');

/**
 * Undo pdfjs's replacement of Array.prototype.push (a slow core-js polyfill) with the engine's own; if pdfjs
 * was loaded before ./native.ts could capture it, borrow the built-in from a fresh realm (push is generic).
 */
function restorePush(): void {
  if (builtIn(Array.prototype.push)) return;
  const push = builtIn(enginePush) ? enginePush : (runInNewContext('Array.prototype.push') as typeof enginePush);
  Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, enumerable: false, configurable: true });
}
restorePush();

/** pdfjs data directories (CMaps for CJK fonts, standard fonts, image decoders), from the installed package. */
export const ASSET_DIRS = (() => {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) => join(root, name) + sep;
  return { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm') };
})();

/** Files read once per process: every document of a batch needs the same CMaps and standard fonts. */
const assetCache = new Map<string, Promise<Uint8Array>>();

/** pdfjs's `BinaryDataFactory`, reading from ASSET_DIRS through assetCache (pdfjs copies what it gets). */
export class CachedAssets {
  async fetch({ kind, filename }: { kind: keyof typeof ASSET_DIRS; filename: string }): Promise<Uint8Array> {
    if (!Object.hasOwn(ASSET_DIRS, kind) || /[/\\]|^\.\.?$/.test(filename)) throw new Error(`Not implemented: ${kind}/${filename}`);
    const path = ASSET_DIRS[kind] + filename;
    let data = assetCache.get(path);
    if (!data) {
      data = readFile(path).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
      assetCache.set(path, data);
    }
    try {
      return await data;
    } catch {
      assetCache.delete(path);
      throw new Error(`Unable to load ${kind} data at: ${path}`);
    }
  }
}

