import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Resolution of page images; boxes in PDF points scale by PAGE_DPI / 72 onto them. */
export const PAGE_DPI = 96;

/**
 * Page images for the audit view. Today pdftoppm (poppler) draws them; when the engine's PDF reader exports
 * `renderPagePng` (PDFium), only `pdftoppmPages` below is swapped for it. Without either, findings are shown
 * without a page behind them (`available` is false).
 */
export interface PageImages {
  readonly available: boolean;
  /** PNG of one page (1-based) of a PDF, cached under key. */
  render(pdf: () => Promise<Uint8Array>, page: number, key: string): Promise<Buffer>;
}

const PDFTOPPM = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => existsSync(p));

export function pdftoppmPages(cacheDir: string): PageImages {
  return {
    available: PDFTOPPM !== undefined,
    async render(pdf, page, key) {
      if (!PDFTOPPM) throw new Error('pdftoppm not installed');
      const cached = join(cacheDir, `${key.replace(/[^\w-]/g, '_')}-p${page}.png`);
      if (existsSync(cached)) return readFile(cached);
      const dir = await mkdtemp(join(tmpdir(), 'gk-page-'));
      try {
        await writeFile(join(dir, 'in.pdf'), await pdf());
        await new Promise<void>((resolve, reject) =>
          execFile(PDFTOPPM, ['-png', '-r', String(PAGE_DPI), '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'in.pdf'), join(dir, 'out')], { timeout: 60_000 }, (e) =>
            e ? reject(e) : resolve(),
          ),
        );
        const png = await readFile(join(dir, 'out.png'));
        await mkdir(cacheDir, { recursive: true });
        await writeFile(cached, png);
        return png;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
