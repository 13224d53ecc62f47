import { esc } from '../src/report/html.js';

interface Doc {
  info: { title: string; description?: string };
  paths?: object;
}
type Ops = Record<string, { summary?: string; tags?: string[] } | undefined>;

/** A plain reference page of the API, grouped by tag, from the OpenAPI document (no scripts). */
export function apiReferencePage(doc: Doc): string {
  const groups = new Map<string, string[]>();
  for (const [path, ops] of Object.entries((doc.paths ?? {}) as Record<string, Ops>)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!op || typeof op !== 'object') continue;
      const tag = op.tags?.[0] ?? '其他';
      groups.set(tag, [...(groups.get(tag) ?? []), `<tr><td><code>${esc(method.toUpperCase())}</code></td><td><code>${esc(path)}</code></td><td>${esc(op.summary ?? '')}</td></tr>`]);
    }
  }
  const sections = [...groups].map(([tag, rows]) => `<h2>${esc(tag)}</h2><table><tr><th>方法</th><th>路径</th><th>说明</th></tr>${rows.join('')}</table>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.info.title)}</title><style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;font-size:14px}code{white-space:nowrap}</style></head><body><h1>${esc(doc.info.title)}</h1><p>${esc(doc.info.description ?? '')}</p><p>机器可读的接口说明：<a href="/api/openapi.json">/api/openapi.json</a>（OpenAPI 3.1）。</p>${sections}</body></html>`;
}
