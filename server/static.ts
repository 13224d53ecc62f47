import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** The built web app: files under webDir, and index.html for every other (client-side) route. */
export function webApp(webDir: string) {
  return async (c: Context): Promise<Response> => {
    if (!existsSync(join(webDir, 'index.html'))) return c.text('网页尚未构建：请运行 npm run build:web（npm start 会自动构建）', 503);
    const rel = normalize(decodeURIComponent(new URL(c.req.url).pathname)).replace(/^([/\\])+/, '');
    const file = join(webDir, rel);
    const inside = file.startsWith(webDir + sep) && !rel.split(/[/\\]/).some((p) => p.startsWith('.'));
    const target = inside && extname(file) && existsSync(file) ? file : join(webDir, 'index.html');
    const body = await readFile(target);
    c.header('Content-Type', TYPES[extname(target)] ?? 'application/octet-stream');
    c.header('Cache-Control', target.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(new Uint8Array(body));
  };
}
