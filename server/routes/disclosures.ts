import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { stringify } from 'yaml';
import { parseFactsText } from '../../src/facts/index.js';
import { importWorkbook } from '../../src/template/index.js';
import { GongkaiError } from '../../src/model/errors.js';
import { disclosureFor, disclosureQuery, type DisclosureRow } from '../access.js';
import { ApiError, audit, idParam, requireUser, type Env } from '../context.js';
import { now } from '../db/connect.js';
import { diffFacts } from '../diff.js';
import { analyse, contentDisposition, DOWNLOAD_TYPES, factsFileName, renderDocument, type DownloadFormat } from '../engine.js';
import { revisionFindings } from '../findings-cache.js';
import { tablesCsv } from '../summary.js';
import { assertEditable, saveRevision } from '../workflow.js';
import { cleanFileName } from '../uploads.js';
import { cachedRender } from '../render-cache.js';
import { createRoute, file, IdParams, jsonBody, ok, Version, z } from './common.js';

const tags = ['公开文件（编制）'];
const Format = z.enum(['html', 'pdf', 'xlsx', 'docx', 'json', 'yaml', 'csv']);

const list = createRoute({
  method: 'get',
  path: '/api/disclosures',
  tags,
  summary: '本人可见的公开文件（编制人员：本部门；审核人员：本地区；管理员：全部），附各状态数量',
  request: { query: z.object({ status: z.enum(['draft', 'submitted', 'returned', 'approved', 'published']).optional(), year: z.coerce.number().int().optional() }) },
  responses: ok('列表'),
});
const create = createRoute({
  method: 'post',
  path: '/api/disclosures',
  tags,
  summary: '新建某年度的公开文件（空白，或以上年公开文件为起点）',
  request: jsonBody(z.object({ year: z.int().min(2000).max(2100), departmentId: z.int().positive().optional(), from: z.enum(['blank', 'previous']).default('blank') })),
  responses: ok('新公开文件'),
});
const get = createRoute({ method: 'get', path: '/api/disclosures/{id}', tags, summary: '公开文件及当前版本的事实数据', request: { params: IdParams }, responses: ok('公开文件') });
const save = createRoute({
  method: 'put',
  path: '/api/disclosures/{id}/facts',
  tags,
  summary: '保存事实数据为新版本（版本号不符时拒绝：409）',
  request: { params: IdParams, ...jsonBody(z.object({ version: Version, facts: z.record(z.string(), z.unknown()), note: z.string().max(500).optional() })) },
  responses: ok('新版本号'),
});
const importRoute = createRoute({
  method: 'post',
  path: '/api/disclosures/{id}/import',
  tags,
  summary: '导入填报工作簿（.xlsx）或事实文件（.yaml/.json），保存为新版本',
  request: { params: IdParams, body: { content: { 'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }), version: z.string() }) } } } },
  responses: ok('新版本号'),
});
const findings = createRoute({ method: 'get', path: '/api/disclosures/{id}/findings', tags, summary: '检查当前版本：全部审核意见', request: { params: IdParams }, responses: ok('审核意见') });
const revisions = createRoute({ method: 'get', path: '/api/disclosures/{id}/revisions', tags, summary: '历次保存的版本', request: { params: IdParams }, responses: ok('版本列表') });
const revision = createRoute({
  method: 'get',
  path: '/api/disclosures/{id}/revisions/{number}',
  tags,
  summary: '某一版本的事实数据',
  request: { params: IdParams.extend({ number: z.string().regex(/^\d{1,6}$/) }) },
  responses: ok('事实数据'),
});
const diff = createRoute({
  method: 'get',
  path: '/api/disclosures/{id}/diff',
  tags,
  summary: '两个版本之间逐项的差异',
  request: { params: IdParams, query: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }) },
  responses: ok('差异'),
});
const history = createRoute({ method: 'get', path: '/api/disclosures/{id}/history', tags, summary: '操作记录（谁、何时、做了什么）', request: { params: IdParams }, responses: ok('操作记录') });
const download = createRoute({
  method: 'get',
  path: '/api/disclosures/{id}/download/{format}',
  tags,
  summary: '下载（草稿带“仅供内部审核”水印）：HTML、PDF、XLSX、DOCX，事实数据 JSON/YAML，报表 CSV',
  request: { params: IdParams.extend({ format: Format }), query: z.object({ revision: z.coerce.number().int().min(1).optional(), inline: z.enum(['1']).optional() }) },
  responses: file('文件'),
});

/** Facts of a revision (the current one by default) of a disclosure the user may see. */
export async function revisionFacts(c: Context<Env>, d: DisclosureRow, number?: number): Promise<{ facts: Record<string, unknown>; number: number; id: number } | undefined> {
  const { db } = c.get('services');
  const q = db.selectFrom('revisions').select(['facts_json', 'number', 'id']).where('disclosure_id', '=', d.id);
  const row = number ? await q.where('number', '=', number).executeTakeFirst() : d.current_revision_id ? await q.where('id', '=', d.current_revision_id).executeTakeFirst() : undefined;
  if (number && !row) throw new ApiError(404, `没有第 ${number} 版`);
  return row ? { facts: JSON.parse(row.facts_json) as Record<string, unknown>, number: row.number, id: row.id } : undefined;
}

/** A rendered download or data file, with headers that keep the browser from sniffing or running it. */
export async function sendDocument(c: Context<Env>, facts: Record<string, unknown>, format: z.infer<typeof Format>, draft: boolean, inline: boolean, revisionId?: number): Promise<Response> {
  const { config } = c.get('services');
  // Derivation and checks run only when something is rendered, not for cached copies or the facts themselves.
  const doc = () => analyse(facts, draft).doc;
  let body: Buffer | string;
  let type: string;
  if (format === 'json') [body, type] = [JSON.stringify(facts, null, 2), 'application/json; charset=utf-8'];
  else if (format === 'yaml') [body, type] = [`# gongkai 预算事实文件（格式见 docs/facts-format.md）\n${stringify(facts, { lineWidth: 0 })}`, 'application/yaml; charset=utf-8'];
  else if (format === 'csv') [body, type] = [tablesCsv(doc()), 'text/csv; charset=utf-8'];
  else {
    const render = () => renderDocument(doc(), format);
    const bytes = revisionId && config.renderCache !== false ? await cachedRender(config.dataDir, `r${revisionId}-${draft ? 'draft' : 'final'}.${format}`, render) : await render();
    [body, type] = [bytes, DOWNLOAD_TYPES[format]];
  }
  return respond(c, facts, format, type, typeof body === 'string' ? body : new Uint8Array(body), inline);
}

/** A download rendered earlier (stored by the render job). */
export function sendStored(c: Context<Env>, facts: Record<string, unknown>, format: DownloadFormat, bytes: Uint8Array, inline: boolean): Response {
  return respond(c, facts, format, DOWNLOAD_TYPES[format], bytes, inline);
}

function respond(c: Context<Env>, facts: Record<string, unknown>, format: z.infer<typeof Format>, type: string, body: string | Uint8Array, inline: boolean): Response {
  c.header('Content-Type', type);
  c.header('X-Content-Type-Options', 'nosniff');
  // Rendered documents never run script; shown inline they are sandboxed.
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; sandbox");
  if (!inline || format !== 'html') c.header('Content-Disposition', contentDisposition(factsFileName(facts, format === 'json' ? 'facts.json' : format === 'yaml' ? 'facts.yaml' : format)));
  return typeof body === 'string' ? c.body(body) : c.body(new Uint8Array(body));
}

function blankFacts(d: DisclosureRow): Record<string, unknown> {
  return { version: 1, profile: 'shanxi-13', draft: true, unit: '万元', department: { name: d.department_name, year: d.year, kind: d.kind, scope: '部门', region: d.region_name, duties: '（请填写部门职责）', organisation: '（请填写机构设置情况）' }, expenditure: [] };
}

export function disclosureRoutes(app: OpenAPIHono<Env>): void {
  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const { db } = c.get('services');
    const { status, year } = c.req.valid('query');
    let q = disclosureQuery(db);
    if (user.role === 'preparer') q = q.where('d.department_id', '=', user.departmentId ?? -1);
    if (user.role === 'reviewer') q = q.where('dep.region_id', '=', user.regionId ?? -1);
    if (year) q = q.where('d.year', '=', year);
    const rows = await q.orderBy('d.updated_at', 'desc').execute();
    const counts: Record<string, number> = { draft: 0, submitted: 0, returned: 0, approved: 0, published: 0 };
    for (const r of rows) counts[r.status]++;
    return c.json({ counts, items: status ? rows.filter((r) => r.status === status) : rows }, 200);
  });

  app.openapi(create, async (c) => {
    const user = requireUser(c, 'preparer', 'admin');
    const { db } = c.get('services');
    const body = c.req.valid('json');
    const departmentId = user.role === 'preparer' ? user.departmentId : body.departmentId;
    if (!departmentId) throw new ApiError(400, '请选择部门');
    const dep = await db.selectFrom('departments').select(['id', 'region_id']).where('id', '=', departmentId).executeTakeFirst();
    if (!dep) throw new ApiError(404, '找不到该部门');
    const exists = await db.selectFrom('disclosures').select('id').where('department_id', '=', departmentId).where('year', '=', body.year).where('kind', '=', '预算').executeTakeFirst();
    if (exists) throw new ApiError(409, `本部门 ${body.year} 年度的预算公开文件已存在`, { id: exists.id });
    const at = now();
    const row = await db
      .insertInto('disclosures')
      .values({ department_id: departmentId, year: body.year, kind: '预算', title: `${body.year}年度部门预算公开`, status: 'draft', version: 1, current_revision_id: null, published_revision_id: null, errors: 0, warnings: 0, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(db, user.id, 'disclosure-created', 'disclosure', row.id, { year: body.year, from: body.from });
    const d = await disclosureFor(db, user, row.id);
    let facts = blankFacts(d);
    if (body.from === 'previous') {
      const prev = await db.selectFrom('disclosures').select(['id']).where('department_id', '=', departmentId).where('year', '=', body.year - 1).executeTakeFirst();
      const prevFacts = prev ? await revisionFacts(c, await disclosureFor(db, user, prev.id)) : undefined;
      if (!prevFacts) throw new ApiError(404, `没有 ${body.year - 1} 年度的公开文件可作起点`);
      facts = { ...prevFacts.facts, draft: true };
    }
    const saved = await saveRevision(db, d, user, facts, 1, body.from === 'previous' ? `以 ${body.year - 1} 年度为起点` : '新建');
    return c.json({ id: row.id, ...saved }, 200);
  });

  app.openapi(get, async (c) => {
    const user = requireUser(c);
    const { db } = c.get('services');
    const d = await disclosureFor(db, user, idParam(c.req.valid('param').id));
    const current = await revisionFacts(c, d);
    const comments = await db
      .selectFrom('comments as m')
      .innerJoin('users as u', 'u.id', 'm.author_id')
      .select(['m.id', 'm.target', 'm.body', 'm.created_at', 'm.revision_id', 'u.display_name', 'u.role'])
      .where('m.disclosure_id', '=', d.id)
      .orderBy('m.id')
      .execute();
    return c.json({ ...d, facts: current?.facts ?? null, revision: current?.number ?? 0, comments }, 200);
  });

  app.openapi(save, async (c) => {
    const user = requireUser(c, 'preparer', 'admin');
    const { db } = c.get('services');
    const d = await disclosureFor(db, user, idParam(c.req.valid('param').id));
    assertEditable(d, user);
    const body = c.req.valid('json');
    return c.json(await saveRevision(db, d, user, body.facts, body.version, body.note ?? null), 200);
  });

  app.use('/api/disclosures/:id/import', async (c, next) => bodyLimit({ maxSize: c.get('services').config.maxUploadBytes, onError: () => { throw new ApiError(413, '上传的文件过大'); } })(c, next));
  app.openapi(importRoute, async (c) => {
    const user = requireUser(c, 'preparer', 'admin');
    const { db } = c.get('services');
    const d = await disclosureFor(db, user, idParam(c.req.valid('param').id));
    assertEditable(d, user);
    const form = await c.req.parseBody();
    const upload = form.file;
    const version = Number(form.version);
    if (!(upload instanceof File)) throw new ApiError(400, '请选择要导入的文件');
    const name = cleanFileName(upload.name);
    const bytes = new Uint8Array(await upload.arrayBuffer());
    let facts: unknown;
    try {
      if (/\.xlsx$/i.test(name)) facts = await importWorkbook(bytes, { file: name });
      else if (/\.(ya?ml|json)$/i.test(name)) facts = parseFactsText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), name);
      else throw new ApiError(415, `不支持导入“${name}”：请上传填报工作簿（.xlsx）或事实文件（.yaml、.json）`);
    } catch (e) {
      if (e instanceof TypeError) throw new ApiError(422, `文件“${name}”不是 UTF-8 文本`);
      throw e;
    }
    const { factsToPlain } = await import('../../src/facts/index.js');
    return c.json(await saveRevision(db, d, user, factsToPlain(facts), version, `导入 ${name}`), 200);
  });

  app.openapi(findings, async (c) => {
    const user = requireUser(c);
    const services = c.get('services');
    const d = await disclosureFor(services.db, user, idParam(c.req.valid('param').id));
    const current = await revisionFacts(c, d);
    if (!current) return c.json({ findings: [], tables: [] }, 200);
    return c.json({ revision: current.number, ...revisionFindings(services, current.id, () => current.facts) }, 200);
  });

  app.openapi(revisions, async (c) => {
    const user = requireUser(c);
    const { db } = c.get('services');
    const d = await disclosureFor(db, user, idParam(c.req.valid('param').id));
    const rows = await db
      .selectFrom('revisions as r')
      .innerJoin('users as u', 'u.id', 'r.author_id')
      .select(['r.number', 'r.note', 'r.created_at', 'u.display_name'])
      .where('r.disclosure_id', '=', d.id)
      .orderBy('r.number', 'desc')
      .execute();
    return c.json(rows, 200);
  });

  app.openapi(revision, async (c) => {
    const user = requireUser(c);
    const p = c.req.valid('param');
    const d = await disclosureFor(c.get('services').db, user, idParam(p.id));
    return c.json(await revisionFacts(c, d, Number(p.number)), 200);
  });

  app.openapi(diff, async (c) => {
    const user = requireUser(c);
    const d = await disclosureFor(c.get('services').db, user, idParam(c.req.valid('param').id));
    const q = c.req.valid('query');
    const [a, b] = await Promise.all([revisionFacts(c, d, q.from), revisionFacts(c, d, q.to)]);
    return c.json({ from: q.from, to: q.to, changes: diffFacts(a?.facts, b?.facts) }, 200);
  });

  app.openapi(history, async (c) => {
    const user = requireUser(c);
    const { db } = c.get('services');
    const d = await disclosureFor(db, user, idParam(c.req.valid('param').id));
    const rows = await db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.id', 'a.at', 'a.action', 'a.detail', 'u.display_name'])
      .where('a.entity', '=', 'disclosure')
      .where('a.entity_id', '=', d.id)
      .orderBy('a.id', 'desc')
      .execute();
    return c.json(rows, 200);
  });

  app.openapi(download, async (c) => {
    const user = requireUser(c);
    const p = c.req.valid('param');
    const q = c.req.valid('query');
    const d = await disclosureFor(c.get('services').db, user, idParam(p.id));
    const rev = await revisionFacts(c, d, q.revision);
    if (!rev) throw new ApiError(404, '还没有内容');
    try {
      return await sendDocument(c, rev.facts, p.format, true, q.inline === '1', rev.id);
    } catch (e) {
      if (e instanceof GongkaiError) throw new ApiError(422, e.message);
      throw e;
    }
  });
}
