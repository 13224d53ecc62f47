// PDFium compiled to WebAssembly (@embedpdf/pdfium): loaded once per process or worker thread, then called
// through the raw WebAssembly exports (the package's cwrap layer costs more than the calls themselves when a
// page has thousands of glyphs).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { workerData } from 'node:worker_threads';
import { init } from '@embedpdf/pdfium';

type Ptr = number;

/** The PDFium functions gongkai calls (C signatures in public/fpdf_*.h); pointers are heap offsets. */
export interface Pdfium {
  malloc(size: number): Ptr;
  free(p: Ptr): void;
  FPDF_LoadMemDocument(data: Ptr, size: number, password: Ptr): Ptr;
  FPDF_CloseDocument(doc: Ptr): void;
  FPDF_GetLastError(): number;
  FPDF_GetPageCount(doc: Ptr): number;
  FPDF_LoadPage(doc: Ptr, index: number): Ptr;
  FPDF_ClosePage(page: Ptr): void;
  FPDF_GetPageWidthF(page: Ptr): number;
  FPDF_GetPageHeightF(page: Ptr): number;
  FPDFPage_GetRotation(page: Ptr): number;
  /** The visible box: CropBox ∩ MediaBox, inherited attributes resolved (FS_RECTF: left, top, right, bottom). */
  FPDF_GetPageBoundingBox(page: Ptr, rect: Ptr): number;
  FPDFText_LoadPage(page: Ptr): Ptr;
  FPDFText_ClosePage(text: Ptr): void;
  FPDFText_CountChars(text: Ptr): number;
  FPDFText_GetText(text: Ptr, start: number, count: number, out: Ptr): number;
  FPDFText_GetUnicode(text: Ptr, i: number): number;
  FPDFText_IsGenerated(text: Ptr, i: number): number;
  FPDFText_GetFontSize(text: Ptr, i: number): number;
  FPDFText_GetCharOrigin(text: Ptr, i: number, x: Ptr, y: Ptr): number;
  FPDFText_GetLooseCharBox(text: Ptr, i: number, rect: Ptr): number;
  FPDFText_GetMatrix(text: Ptr, i: number, matrix: Ptr): number;
  FPDFPage_CountObjects(page: Ptr): number;
  FPDFPage_GetObject(page: Ptr, i: number): Ptr;
  FPDFPageObj_GetType(obj: Ptr): number;
  FPDFPageObj_GetMatrix(obj: Ptr, matrix: Ptr): number;
  FPDFPageObj_GetFillColor(obj: Ptr, r: Ptr, g: Ptr, b: Ptr, a: Ptr): number;
  FPDFPageObj_GetStrokeColor(obj: Ptr, r: Ptr, g: Ptr, b: Ptr, a: Ptr): number;
  FPDFPath_GetDrawMode(path: Ptr, fillMode: Ptr, stroke: Ptr): number;
  FPDFPath_CountSegments(path: Ptr): number;
  FPDFPath_GetPathSegment(path: Ptr, i: number): Ptr;
  FPDFPathSegment_GetPoint(seg: Ptr, x: Ptr, y: Ptr): number;
  FPDFPathSegment_GetType(seg: Ptr): number;
  FPDFPathSegment_GetClose(seg: Ptr): number;
  FPDFPageObj_GetClipPath(obj: Ptr): Ptr;
  FPDFClipPath_CountPaths(clip: Ptr): number;
  FPDFClipPath_CountPathSegments(clip: Ptr, path: number): number;
  FPDFClipPath_GetPathSegment(clip: Ptr, path: number, i: number): Ptr;
  FPDFText_GetTextObject(text: Ptr, i: number): Ptr;
  FPDFFormObj_CountObjects(form: Ptr): number;
  FPDFFormObj_GetObject(form: Ptr, i: number): Ptr;
  FPDFBitmap_CreateEx(w: number, h: number, format: number, first: Ptr, stride: number): Ptr;
  FPDFBitmap_FillRect(bitmap: Ptr, x: number, y: number, w: number, h: number, color: number): number;
  FPDFBitmap_GetBuffer(bitmap: Ptr): Ptr;
  FPDFBitmap_GetStride(bitmap: Ptr): number;
  FPDFBitmap_Destroy(bitmap: Ptr): void;
  FPDF_RenderPageBitmap(bitmap: Ptr, page: Ptr, x: number, y: number, w: number, h: number, rotate: number, flags: number): void;
}

/** The loaded engine: its functions and its memory (views are re-read after calls: the heap can grow). */
export interface Engine {
  fn: Pdfium;
  heap(): { u8: Uint8Array; f32: Float32Array; f64: Float64Array; i32: Int32Array; u32: Uint32Array };
  /** Set once a call trapped (out of memory, an abort inside PDFium): the instance is never called again. */
  broken?: boolean;
  /** Set when PDFium asked for more memory than HEAP_LIMIT (it then aborts: the instance is broken too). */
  outOfMemory?: boolean;
}

/**
 * Most memory PDFium may take. Its own ceiling is 2 GB; a page of form XObjects drawn inside each other
 * expands exponentially (depth 20, two each: a million objects) and would reach it after 15 s.
 */
export const HEAP_LIMIT = 640 * 1024 * 1024;

let heapLimit = HEAP_LIMIT;

/** A lower ceiling for this thread's PDFium (a page-reading helper takes a quarter: the process stays bounded). */
export function limitPdfiumHeap(bytes: number): void {
  heapLimit = bytes;
}

let engine: Promise<Engine> | undefined;

let compiled: Promise<WebAssembly.Module> | undefined;
let provided: WebAssembly.Module | undefined;

/** PDFium's module as compiled by another thread and posted here after this thread started (a batch worker). */
export function usePdfiumModule(module: WebAssembly.Module): void {
  provided = module;
}

/**
 * PDFium's compiled WebAssembly module, shared by every thread of the process: a batch's main thread compiles it
 * once and hands it to its workers (cli/batch.ts posts it to each, import/pdf/page-helper.ts passes it as `workerData.pdfiumModule`), so that V8 compiles and optimises the 4.6 MB of code
 * once per process instead of once per worker (that compilation cost more CPU than a worker's first files).
 */
export function pdfiumModule(): Promise<WebAssembly.Module> {
  if (provided) compiled ??= Promise.resolve(provided);
  const given = (workerData as { pdfiumModule?: unknown } | null)?.pdfiumModule;
  if (given instanceof WebAssembly.Module) compiled ??= Promise.resolve(given);
  compiled ??= (async () => {
    const wasm = await readFile(createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm'));
    return WebAssembly.compile(wasm);
  })().catch((e: unknown) => {
    compiled = undefined;
    throw e;
  });
  return compiled;
}

async function load(): Promise<Engine> {
  const module = await pdfiumModule();
  let fail: (e: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  const instantiateWasm = (imports: WebAssembly.Imports, receive: (i: WebAssembly.Instance, m: WebAssembly.Module) => void) => {
    WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module), fail);
    return {};
  };
  // Its complaints (a failed growth, an abort) reach the caller as errors; they are not printed.
  const mod = await Promise.race([init({ instantiateWasm, printErr: () => {} } as Parameters<typeof init>[0]), failed]);
  mod.PDFiumExt_Init();
  const m = mod.pdfium as unknown as { wasmExports: Pdfium & { memory: WebAssembly.Memory }; HEAPU8: Uint8Array; HEAPF32: Float32Array; HEAPF64: Float64Array; HEAP32: Int32Array; HEAPU32: Uint32Array };
  // A plain copy of the exports (the exports object itself is frozen): tests can count or fail single calls.
  const e: Engine = { fn: { ...m.wasmExports }, heap: () => ({ u8: m.HEAPU8, f32: m.HEAPF32, f64: m.HEAPF64, i32: m.HEAP32, u32: m.HEAPU32 }) };
  limitGrowth(m.wasmExports.memory, e);
  return e;
}

/** Refuse to grow PDFium's memory past its ceiling (HEAP_LIMIT unless lowered): its allocation then fails (and PDFium aborts). */
function limitGrowth(memory: WebAssembly.Memory, e: Engine): void {
  const grow = memory.grow.bind(memory);
  memory.grow = (pages: number) => {
    if (memory.buffer.byteLength + pages * 65536 > heapLimit) {
      e.outOfMemory = true;
      throw new RangeError('PDFium memory limit');
    }
    return grow(pages);
  };
}

/** PDFium, initialised on first use and shared by every document read in this thread (a fresh one after a trap). */
export async function pdfium(): Promise<Engine> {
  if (engine && (await engine.catch(() => undefined))?.broken) engine = undefined;
  engine ??= load().catch((e: unknown) => {
    engine = undefined;
    throw e;
  });
  return engine;
}

/**
 * A WebAssembly trap (or an Emscripten abort) leaves PDFium's heap in an unknown state, with pages and
 * documents half built: the instance is retired so the next file of a batch worker gets a fresh one.
 */
export function retireOnTrap(e: Engine, err: unknown): void {
  if (err instanceof WebAssembly.RuntimeError || /^Aborted\(/.test(String((err as Error)?.message))) e.broken = true;
}

/**
 * A scratch block of `bytes` bytes on the WebAssembly heap for out-parameters, freed by `done`. One per
 * page read keeps the allocations out of the per-glyph loop.
 */
export function scratch(e: Engine, bytes: number): { at: Ptr; done(): void } {
  const at = e.fn.malloc(bytes);
  if (!at) throw new Error('PDFium: out of memory');
  return { at, done: () => void (e.broken || e.fn.free(at)) };
}
