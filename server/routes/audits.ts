import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { SessionUser } from '../auth/session.js';
import { ApiError, audit, idParam, requireUser, type Env } from '../context.js';
import { now } from '../db/connect.js';
import { PAGE_DPI } from '../pages.js';
import { checkAuditFile, cleanFileName, expandUpload, type UploadedFile } from '../uploads.js';
import { createRoute, file, IdParams, ok, z } from './common.js';

const tags = ['审核任意文件'];
const MAX_FILES_PER_UPLOAD = 1000;

const upload = createRoute({
  method: 'post',
  path: '/api/audits',
  tags,
  summary: '上传一个或多个 PDF/XLSX/DOCX/HTML 文件（或 ZIP），在后台逐个检查',
  request: { body: { content: { 'multipart/form-data': { schema: z.object({ files: z.any().openapi({ type: 'array', items: { type: 'string', format: 'binary' } }) }) } } } },
  responses: ok('检查批次'),
});
const list = createRoute({ method: 'get', path: '/api/audits', tags, summary: '本人的检查批次及进度', responses: ok('批次') });
const batch = createRoute({ method: 'get', path: '/api/audits/{id}', tags, summary: '一个批次中各文件的状态和结果摘要', request: { params: IdParams }, responses: ok('批次') });
const one = createRoute({ method: 'get', path: '/api/audit-files/{id}', tags, summary: '一个文件的检查结果（JSON 报告，含每条意见所在的页和位置）', request: { params: IdParams }, responses: ok('检查结果') });
const report = createRoute({ method: 'get', path: '/api/audit-files/{id}/report.html', tags, summary: '下载审核报告（HTML）', request: { params: IdParams }, responses: file('审核报告') });
const page = createRoute({
  method: 'get',
  path: '/api/audit-files/{id}/pages/{page}',
  tags,
  summary: 'PDF 页面图像（PNG）',
  request: { params: IdParams.extend({ page: z.string().regex(/^\d{1,5}\.png$/) }) },
  responses: file('PNG'),
});

/** Audits are private to whoever uploaded them (and admins). */
async function fileFor(c: Context<Env>, user: SessionUser, id: number) {
  const row = await c
    .get('services')
    .db.selectFrom('audit_files as f')
    .innerJoin('audit_batches as b', 'b.id', 'f.batch_id')
    .selectAll('f')
    .select(['b.user_id'])
    .where('f.id', '=', id)
    .executeTakeFirst();
  if (!row || (row.user_id !== user.id && user.role !== 'admin')) throw new ApiError(404, '找不到该文件');
  return row;
}

export function auditRoutes(app: OpenAPIHono<Env>): void {
  app.use('/api/audits', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const max = c.get('services').config.maxUploadBytes * 4;
    return bodyLimit({ maxSize: max, onError: () => { throw new ApiError(413, `上传内容超过 ${Math.round(max / 1048576)} MB 的上限`); } })(c, next);
  });

  app.openapi(upload, async (c) => {
    const user = requireUser(c, 'reviewer', 'admin');
    const { db, config, jobs } = c.get('services');
    const form = await c.req.parseBody({ all: true });
    const raw = ([] as unknown[]).concat(form.files ?? form.file ?? []);
    const uploads: UploadedFile[] = [];
    for (const f of raw) {
      if (!(f instanceof File)) continue;
      const name = cleanFileName(f.name);
      uploads.push(...expandUpload({ name, bytes: new Uint8Array(await f.arrayBuffer()) }, config.maxUploadBytes));
    }
    if (uploads.length === 0) throw new ApiError(400, '请选择要检查的文件');
    if (uploads.length > MAX_FILES_PER_UPLOAD) throw new ApiError(413, `一次最多检查 ${MAX_FILES_PER_UPLOAD} 个文件`);
    // One unreadable file is refused on its own (recorded as failed), never the whole batch.
    const verdicts = uploads.map((u) => {
      try {
        checkAuditFile(u, config.maxUploadBytes);
        return undefined;
      } catch (e) {
        if (uploads.length === 1) throw e;
        return (e as Error).message;
      }
    });
    const b = await db.insertInto('audit_batches').values({ user_id: user.id, name: uploads.length === 1 ? uploads[0].name : `${uploads[0].name} 等 ${uploads.length} 个文件`, created_at: now() }).returning('id').executeTakeFirstOrThrow();
    const queued: number[] = [];
    for (const [i, u] of uploads.entries()) {
      const refused = verdicts[i];
      const row = await db
        .insertInto('audit_files')
        .values({ batch_id: b.id, file_name: u.name, size: u.bytes.length, status: refused ? 'failed' : 'queued', runs: 0, worker: null, error: refused ?? null, errors: 0, warnings: 0, pages: null, report_json: null, report_html: null, created_at: now(), finished_at: refused ? now() : null })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (refused) continue;
      await db.insertInto('blobs').values({ owner: `audit-file:${row.id}`, bytes: u.bytes }).execute();
      queued.push(row.id);
    }
    for (const id of queued) await jobs.send('audit-file', { fileId: id });
    await audit(db, user.id, 'audit-uploaded', 'audit', b.id, { files: uploads.length });
    return c.json({ id: b.id, files: uploads.length }, 200);
  });

  app.openapi(list, async (c) => {
    const user = requireUser(c, 'reviewer', 'admin');
    const { db } = c.get('services');
    const batches = await db.selectFrom('audit_batches').selectAll().where('user_id', '=', user.id).orderBy('id', 'desc').limit(100).execute();
    const files = batches.length
      ? await db.selectFrom('audit_files').select(['batch_id', 'status']).where('batch_id', 'in', batches.map((b) => b.id)).execute()
      : [];
    return c.json(
      batches.map((b) => {
        const mine = files.filter((f) => f.batch_id === b.id);
        return { ...b, total: mine.length, finished: mine.filter((f) => f.status === 'done' || f.status === 'failed').length, failed: mine.filter((f) => f.status === 'failed').length };
      }),
      200,
    );
  });

  app.openapi(batch, async (c) => {
    const user = requireUser(c, 'reviewer', 'admin');
    const { db } = c.get('services');
    const b = await db.selectFrom('audit_batches').selectAll().where('id', '=', idParam(c.req.valid('param').id)).executeTakeFirst();
    if (!b || (b.user_id !== user.id && user.role !== 'admin')) throw new ApiError(404, '找不到该批次');
    const files = await db.selectFrom('audit_files').select(['id', 'file_name', 'size', 'status', 'error', 'errors', 'warnings', 'pages', 'finished_at']).where('batch_id', '=', b.id).orderBy('id').execute();
    return c.json({ ...b, files }, 200);
  });

  app.openapi(one, async (c) => {
    const user = requireUser(c, 'reviewer', 'admin');
    const { pages } = c.get('services');
    const f = await fileFor(c, user, idParam(c.req.valid('param').id));
    return c.json(
      { id: f.id, batchId: f.batch_id, fileName: f.file_name, status: f.status, error: f.error, pages: f.pages, pageImages: pages.available && !!f.pages, pageDpi: PAGE_DPI, report: f.report_json ? JSON.parse(f.report_json) : null },
      200,
    );
  });

  app.openapi(report, async (c) => {
    const user = requireUser(c, 'reviewer', 'admin');
    const f = await fileFor(c, user, idParam(c.req.valid('param').id));
    if (!f.report_html) throw new ApiError(404, '该文件还没有审核报告');
    c.header('Content-Type', 'text/html; charset=utf-8');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
    c.header('Content-Disposition', `attachment; filename="report-${f.id}.html"; filename*=UTF-8''${encodeURIComponent(`审核报告-${f.file_name}.html`)}`);
    return c.body(f.report_html);
  });

  app.openapi(page, async (c) => {
    const user = requireUser(c, 'reviewer', 'admin');
    const { db, pages } = c.get('services');
    const p = c.req.valid('param');
    const f = await fileFor(c, user, idParam(p.id));
    const n = Number(p.page.replace('.png', ''));
    if (!pages.available) throw new ApiError(404, '本服务器未安装页面渲染程序');
    if (!f.pages || n < 1 || n > f.pages) throw new ApiError(404, '没有这一页');
    const load = async () => new Uint8Array((await db.selectFrom('blobs').select('bytes').where('owner', '=', `audit-file:${f.id}`).executeTakeFirstOrThrow()).bytes);
    const png = await pages.render(load, n, `audit-${f.id}`);
    c.header('Content-Type', 'image/png');
    c.header('Cache-Control', 'private, max-age=3600');
    return c.body(new Uint8Array(png));
  });
}
