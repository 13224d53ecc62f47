import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError, idParam, type Env } from '../context.js';
import { searchPublications } from '../search.js';
import { addYuan, type PublicationSummary } from '../summary.js';
import { sendDocument, sendStored } from './disclosures.js';
import { PUBLIC_RENDERS, publicRenderOwner } from '../jobs/render-publication.js';
import type { DownloadFormat } from '../engine.js';
import { createRoute, file, IdParams, ok, z } from './common.js';

const tags = ['公众'];

const list = createRoute({
  method: 'get',
  path: '/api/public/disclosures',
  tags,
  summary: '已发布的公开文件（可按年度、地区、部门筛选，全文检索）',
  request: {
    query: z.object({
      year: z.coerce.number().int().optional(),
      regionId: z.coerce.number().int().optional(),
      departmentId: z.coerce.number().int().optional(),
      q: z.string().max(100).optional(),
    }),
  },
  responses: ok('公开文件列表'),
});
const facets = createRoute({ method: 'get', path: '/api/public/facets', tags, summary: '可选的年度、地区、部门', responses: ok('筛选项') });
const one = createRoute({ method: 'get', path: '/api/public/disclosures/{id}', tags, summary: '一份已发布的公开文件：概要、支出结构', request: { params: IdParams }, responses: ok('公开文件') });
const download = createRoute({
  method: 'get',
  path: '/api/public/disclosures/{id}/download/{format}',
  tags,
  summary: '下载已发布的公开文件：PDF、XLSX、DOCX、HTML，事实数据 JSON，报表数据 CSV',
  request: { params: IdParams.extend({ format: z.enum(['html', 'pdf', 'xlsx', 'docx', 'json', 'csv']) }), query: z.object({ inline: z.enum(['1']).optional() }) },
  responses: file('文件'),
});
const region = createRoute({
  method: 'get',
  path: '/api/public/regions/{id}/overview',
  tags,
  summary: '地区概览：该地区全部已发布部门的合计与结构',
  request: { params: IdParams, query: z.object({ year: z.coerce.number().int().optional() }) },
  responses: ok('地区概览'),
});
const yoy = createRoute({
  method: 'get',
  path: '/api/public/departments/{id}/years',
  tags,
  summary: '一个部门各年度的已发布数据（同比比较）',
  request: { params: IdParams },
  responses: ok('各年度概要'),
});

const current = (c: Context<Env>) =>
  c
    .get('services')
    .db.selectFrom('publications')
    .select(['id', 'disclosure_id', 'department_id', 'region_id', 'year', 'kind', 'title', 'department_name', 'region_name', 'summary_json', 'published_at'])
    .where('superseded_at', 'is', null);

type PubRow = Awaited<ReturnType<ReturnType<typeof current>['execute']>>[number];
const shape = ({ summary_json, ...r }: PubRow) => ({ ...r, summary: JSON.parse(summary_json) as PublicationSummary });

export function publicRoutes(app: OpenAPIHono<Env>): void {
  app.openapi(list, async (c) => {
    const { db, dialect } = c.get('services');
    const f = c.req.valid('query');
    let q = current(c);
    if (f.year) q = q.where('year', '=', f.year);
    if (f.regionId) q = q.where('region_id', '=', f.regionId);
    if (f.departmentId) q = q.where('department_id', '=', f.departmentId);
    if (f.q?.trim()) {
      const ids = await searchPublications(db, dialect, f.q);
      if (ids) q = q.where('id', 'in', ids.length ? ids : [-1]);
    }
    const rows = await q.orderBy('year', 'desc').orderBy('region_name').orderBy('department_name').limit(500).execute();
    return c.json({ items: rows.map(shape) }, 200);
  });

  app.openapi(facets, async (c) => {
    const rows = await current(c).execute();
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
    const regions = [...new Map(rows.map((r) => [r.region_id, { id: r.region_id, name: r.region_name }])).values()];
    const departments = [...new Map(rows.map((r) => [r.department_id, { id: r.department_id, name: r.department_name, regionId: r.region_id }])).values()];
    return c.json({ years, regions, departments }, 200);
  });

  app.openapi(one, async (c) => {
    const row = await current(c).where('id', '=', idParam(c.req.valid('param').id)).executeTakeFirst();
    if (!row) throw new ApiError(404, '找不到该公开文件');
    return c.json(shape(row), 200);
  });

  app.openapi(download, async (c) => {
    const { db } = c.get('services');
    const p = c.req.valid('param');
    const row = await db
      .selectFrom('publications as p')
      .innerJoin('revisions as r', 'r.id', 'p.revision_id')
      .select(['r.facts_json', 'r.id'])
      .where('p.id', '=', idParam(p.id))
      .where('p.superseded_at', 'is', null)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, '找不到该公开文件');
    const facts = { ...(JSON.parse(row.facts_json) as Record<string, unknown>), draft: false };
    if (PUBLIC_RENDERS.includes(p.format as DownloadFormat) && c.get('services').config.renderCache !== false) {
      const stored = await db.selectFrom('blobs').select('bytes').where('owner', '=', publicRenderOwner(row.id, p.format as DownloadFormat)).executeTakeFirst();
      if (stored) return sendStored(c, facts, p.format as DownloadFormat, new Uint8Array(stored.bytes), c.req.valid('query').inline === '1');
    }
    return sendDocument(c, facts, p.format, false, c.req.valid('query').inline === '1', row.id);
  });

  app.openapi(region, async (c) => {
    const id = idParam(c.req.valid('param').id);
    const year = c.req.valid('query').year;
    let q = current(c).where('region_id', '=', id);
    if (year) q = q.where('year', '=', year);
    const rows = (await q.execute()).map(shape);
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
    const y = year ?? years[0];
    const inYear = rows.filter((r) => r.year === y);
    const byClass = new Map<string, { code?: string; name: string; amount: string }>();
    let total = '0.00';
    for (const r of inYear) {
      total = addYuan(total, r.summary.total);
      for (const k of r.summary.byClass) {
        const prev = byClass.get(k.code ?? k.name);
        byClass.set(k.code ?? k.name, { code: k.code, name: k.name, amount: addYuan(prev?.amount ?? '0.00', k.amount) });
      }
    }
    return c.json(
      {
        regionId: id,
        regionName: rows[0]?.region_name ?? null,
        year: y ?? null,
        years,
        total,
        departments: inYear.map((r) => ({ id: r.id, departmentId: r.department_id, name: r.department_name, total: r.summary.total, basic: r.summary.basic, project: r.summary.project })),
        byClass: [...byClass.values()].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '')),
      },
      200,
    );
  });

  app.openapi(yoy, async (c) => {
    const rows = (await current(c).where('department_id', '=', idParam(c.req.valid('param').id)).orderBy('year').execute()).map(shape);
    return c.json(rows.map((r) => ({ id: r.id, year: r.year, title: r.title, total: r.summary.total, basic: r.summary.basic, project: r.summary.project, byClass: r.summary.byClass })), 200);
  });
}
