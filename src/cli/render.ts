import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fsReason, planOutput, refuseOverlap, writeOutput } from '../files/index.js';
import { deriveDocument } from '../derive/index.js';
import { loadFacts } from '../facts/index.js';
import type { BudgetDocument } from '../model/document.js';
import { stripControl } from '../model/control.js';
import { GongkaiError } from '../model/errors.js';
import { checkDocument } from '../rules/engine/run.js';

import { RENDER_FORMATS, type RenderFormat } from './render-formats.js';

export { RENDER_FORMATS, type RenderFormat };

type Renderer = (doc: BudgetDocument) => Promise<Buffer | string>;

/** Import by computed path: renderers are optional modules loaded on demand (no pdfmake or fonts for HTML). */
const load = (path: string): Promise<Record<string, unknown>> => import(path) as Promise<Record<string, unknown>>;

/** Renderers are loaded on demand so `render --format html` does not load pdfmake or fonts. */
const RENDERERS: Record<RenderFormat, () => Promise<Renderer>> = {
  html: async () => {
    try {
      const m = (await load('../render/charts/index.js')) as { renderHtmlWithCharts?: (d: BudgetDocument) => string };
      if (m.renderHtmlWithCharts) return async (d) => m.renderHtmlWithCharts!(d);
    } catch {
      // charts not available: plain HTML with chart data tables
    }
    const { renderHtml } = await import('../render/html/index.js');
    return async (d) => renderHtml(d);
  },
  pdf: async () => (await load('../render/pdf/index.js')).renderPdf as Renderer,
  xlsx: async () => (await load('../render/xlsx/index.js')).renderXlsx as Renderer,
  docx: async () => (await load('../render/docx/index.js')).renderDocx as Renderer,
};

/** A file name from a department name: no separators or control characters, and short enough for any file system. */
function fileBase(name: string): string {
  const safe = stripControl(name).replace(/[\\/:*?"<>|\s]+/g, '_');
  return Array.from(safe).slice(0, 60).join('') || 'budget';
}

function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new GongkaiError('output-folder', `无法创建输出目录“${dir}”：${fsReason(e)}`, dir);
  }
}

export interface RenderResult {
  files: string[];
  errors: number;
  timings: Record<string, number>;
}

/** Derive the disclosure from a facts file, check it, and write it in each requested format. */
export async function runRender(factsFile: string, formats: RenderFormat[], outDir: string, opts: { draft?: boolean } = {}): Promise<RenderResult> {
  for (const f of formats) if (!RENDER_FORMATS.includes(f)) throw new GongkaiError('unknown-format', `不支持的输出格式“${f}”；可选：${RENDER_FORMATS.join('、')}`);
  const facts = await loadFacts(factsFile);
  const doc = deriveDocument(facts, 'shanxi-13', { file: factsFile });
  if (opts.draft !== undefined) doc.meta.draft = opts.draft;
  const findings = checkDocument(doc);
  makeFolder(outDir);
  const base = fileBase(`${doc.meta.department ?? 'budget'}-${doc.meta.year ?? ''}年${doc.meta.scope}${doc.meta.kind}`);
  const targets = new Map(formats.map((f) => [f, planOutput(join(outDir, `${base}.${f}`), `${f.toUpperCase()} 文件`)]));
  refuseOverlap([...targets.values()], [factsFile]);
  const result: RenderResult = { files: [], errors: findings.filter((f) => f.severity === 'error').length, timings: {} };
  for (const format of formats) {
    let render: Renderer;
    try {
      render = await RENDERERS[format]();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') throw new GongkaiError('unsupported-format', `本版本尚未包含 ${format.toUpperCase()} 输出功能`);
      throw e;
    }
    const t0 = performance.now();
    const out = await render(doc);
    result.timings[format] = performance.now() - t0;
    const target = targets.get(format)!;
    writeOutput(target, out);
    result.files.push(target.path);
  }
  return result;
}
