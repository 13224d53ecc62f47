import type { OpenAPIHono } from '@hono/zod-openapi';
import { disclosureFor, disclosureQuery } from '../access.js';
import { ApiError, audit, idParam, requireUser, type Env } from '../context.js';
import { now } from '../db/connect.js';
import { transition, type Action } from '../workflow.js';
import { createRoute, IdParams, jsonBody, ok, Version, z } from './common.js';

const tags = ['审核与发布'];

const act = (action: Action, summary: string) =>
  createRoute({
    method: 'post',
    path: `/api/disclosures/{id}/${action}`,
    tags,
    summary,
    request: { params: IdParams, ...jsonBody(z.object({ version: Version, message: z.string().max(5000).optional() })) },
    responses: ok('新状态'),
  });

const ACTIONS: [Action, string][] = [
  ['submit', '提交审核（编制人员；无错误级问题时）'],
  ['return', '退回修改（审核人员；须写明意见）'],
  ['approve', '审核通过（审核人员）'],
  ['publish', '发布：去掉草稿水印，生成公开版本（审核人员）'],
  ['reopen', '修订已发布的公开文件（编制人员；公开版本保留到再次发布）'],
];

const addComment = createRoute({
  method: 'post',
  path: '/api/disclosures/{id}/comments',
  tags,
  summary: '批注：针对一张表（table:t3）、一行（row:t3:2012901）、一条审核意见（finding:规则:序号）或整体（general）',
  request: {
    params: IdParams,
    ...jsonBody(z.object({ target: z.string().regex(/^(general|table:[\w-]+|row:[\w-]+:[^\s]{1,60}|finding:[\w-]+(:\d+)?|field:[\w.[\]-]{1,120})$/, { error: '批注对象格式不正确' }), body: z.string().trim().min(1).max(5000) })),
  },
  responses: ok('新批注'),
});

const queue = createRoute({
  method: 'get',
  path: '/api/review/queue',
  tags,
  summary: '审核队列：本地区各部门的公开文件，按状态分组计数',
  request: { query: z.object({ status: z.enum(['draft', 'submitted', 'returned', 'approved', 'published']).optional(), q: z.string().max(100).optional() }) },
  responses: ok('队列'),
});

export function reviewRoutes(app: OpenAPIHono<Env>): void {
  for (const [action, summary] of ACTIONS) {
    app.openapi(act(action, summary), async (c) => {
      const user = requireUser(c);
      const { db, dialect } = c.get('services');
      const d = await disclosureFor(db, user, idParam(c.req.valid('param').id));
      const body = c.req.valid('json');
      const status = await transition(db, dialect, d, user, action, body.version, body.message);
      // The public downloads are rendered in the background, once, for every server.
      if (action === 'publish' && d.current_revision_id) await c.get('services').jobs.send('render-publication', { revisionId: d.current_revision_id });
      return c.json({ status, version: body.version + 1 }, 200);
    });
  }

  app.openapi(addComment, async (c) => {
    const user = requireUser(c);
    const { db } = c.get('services');
    const d = await disclosureFor(db, user, idParam(c.req.valid('param').id));
    const body = c.req.valid('json');
    const row = await db
      .insertInto('comments')
      .values({ disclosure_id: d.id, revision_id: d.current_revision_id, author_id: user.id, target: body.target, body: body.body, created_at: now() })
      .returning(['id', 'target', 'body', 'created_at'])
      .executeTakeFirstOrThrow();
    await audit(db, user.id, 'comment', 'disclosure', d.id, { target: body.target });
    return c.json({ ...row, display_name: user.displayName, role: user.role }, 200);
  });

  app.openapi(queue, async (c) => {
    const user = requireUser(c, 'reviewer', 'admin');
    const { db } = c.get('services');
    const { status, q } = c.req.valid('query');
    let query = disclosureQuery(db);
    if (user.role === 'reviewer') query = query.where('dep.region_id', '=', user.regionId ?? -1);
    const rows = await query.orderBy('d.updated_at', 'desc').execute();
    const counts: Record<string, number> = { draft: 0, submitted: 0, returned: 0, approved: 0, published: 0 };
    for (const r of rows) counts[r.status]++;
    let items = status ? rows.filter((r) => r.status === status) : rows;
    if (q) items = items.filter((r) => r.department_name.includes(q));
    if (!user.regionId && user.role !== 'admin') throw new ApiError(403, '未指定所属地区');
    return c.json({ counts, items }, 200);
  });
}
