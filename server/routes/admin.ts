import type { OpenAPIHono } from '@hono/zod-openapi';
import { hashPassword, randomPassword } from '../auth/password.js';
import { ApiError, audit, idParam, requireUser, type Env } from '../context.js';
import { now } from '../db/connect.js';
import { createRoute, IdParams, jsonBody, ok, z } from './common.js';

const Name = z.string().trim().min(1).max(100);
const tags = ['管理'];

const listRegions = createRoute({ method: 'get', path: '/api/admin/regions', tags, summary: '地区列表', responses: ok('地区') });
const addRegion = createRoute({ method: 'post', path: '/api/admin/regions', tags, summary: '新增地区', request: jsonBody(z.object({ name: Name })), responses: ok('新地区') });
const listDepartments = createRoute({ method: 'get', path: '/api/admin/departments', tags, summary: '部门列表', responses: ok('部门') });
const addDepartment = createRoute({
  method: 'post',
  path: '/api/admin/departments',
  tags,
  summary: '新增部门',
  request: jsonBody(z.object({ regionId: z.int().positive(), name: Name, code: z.string().trim().max(20).optional() })),
  responses: ok('新部门'),
});
const listUsers = createRoute({ method: 'get', path: '/api/admin/users', tags, summary: '用户列表', responses: ok('用户') });
const addUser = createRoute({
  method: 'post',
  path: '/api/admin/users',
  tags,
  summary: '新增用户（返回一次性初始密码）',
  request: jsonBody(
    z.object({
      username: z.string().trim().regex(/^[\w.@-]{2,40}$/, { error: '用户名为 2 至 40 位字母、数字或 . _ @ -' }),
      displayName: Name,
      role: z.enum(['admin', 'preparer', 'reviewer']),
      departmentId: z.int().positive().optional(),
      regionId: z.int().positive().optional(),
    }),
  ),
  responses: ok('新用户和初始密码'),
});
const resetUser = createRoute({ method: 'post', path: '/api/admin/users/{id}/reset', tags, summary: '重置密码', request: { params: IdParams }, responses: ok('新密码') });
const disableUser = createRoute({
  method: 'post',
  path: '/api/admin/users/{id}/disable',
  tags,
  summary: '停用或启用用户',
  request: { params: IdParams, ...jsonBody(z.object({ disabled: z.boolean() })) },
  responses: ok('已更新'),
});
const auditLog = createRoute({
  method: 'get',
  path: '/api/admin/audit-log',
  tags,
  summary: '操作日志（谁、何时、做了什么）',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() }) },
  responses: ok('日志'),
});

export function adminRoutes(app: OpenAPIHono<Env>): void {
  app.openapi(listRegions, async (c) => {
    requireUser(c, 'admin');
    return c.json(await c.get('services').db.selectFrom('regions').selectAll().orderBy('name').execute(), 200);
  });
  app.openapi(addRegion, async (c) => {
    const user = requireUser(c, 'admin');
    const { db } = c.get('services');
    const { name } = c.req.valid('json');
    if (await db.selectFrom('regions').select('id').where('name', '=', name).executeTakeFirst()) throw new ApiError(409, `地区“${name}”已存在`);
    const row = await db.insertInto('regions').values({ name, created_at: now() }).returningAll().executeTakeFirstOrThrow();
    await audit(db, user.id, 'region-created', 'region', row.id, { name });
    return c.json(row, 200);
  });
  app.openapi(listDepartments, async (c) => {
    requireUser(c, 'admin');
    const rows = await c.get('services').db.selectFrom('departments as d').innerJoin('regions as r', 'r.id', 'd.region_id').select(['d.id', 'd.name', 'd.code', 'd.region_id', 'r.name as region_name']).orderBy('r.name').orderBy('d.name').execute();
    return c.json(rows, 200);
  });
  app.openapi(addDepartment, async (c) => {
    const user = requireUser(c, 'admin');
    const { db } = c.get('services');
    const body = c.req.valid('json');
    if (!(await db.selectFrom('regions').select('id').where('id', '=', body.regionId).executeTakeFirst())) throw new ApiError(404, '找不到该地区');
    if (await db.selectFrom('departments').select('id').where('region_id', '=', body.regionId).where('name', '=', body.name).executeTakeFirst()) throw new ApiError(409, `部门“${body.name}”已存在`);
    const row = await db.insertInto('departments').values({ region_id: body.regionId, name: body.name, code: body.code ?? null, created_at: now() }).returningAll().executeTakeFirstOrThrow();
    await audit(db, user.id, 'department-created', 'department', row.id, { name: body.name });
    return c.json(row, 200);
  });
  app.openapi(listUsers, async (c) => {
    requireUser(c, 'admin');
    const rows = await c.get('services').db.selectFrom('users').select(['id', 'username', 'display_name', 'role', 'department_id', 'region_id', 'disabled', 'created_at']).orderBy('id').execute();
    return c.json(rows, 200);
  });
  app.openapi(addUser, async (c) => {
    const admin = requireUser(c, 'admin');
    const { db } = c.get('services');
    const b = c.req.valid('json');
    if (b.role === 'preparer' && !b.departmentId) throw new ApiError(400, '编制人员须指定所属部门');
    if (b.role === 'reviewer' && !b.regionId) throw new ApiError(400, '审核人员须指定所属地区');
    if (await db.selectFrom('users').select('id').where('username', '=', b.username).executeTakeFirst()) throw new ApiError(409, `用户名“${b.username}”已被使用`);
    let regionId = b.regionId ?? null;
    if (b.departmentId) {
      const dep = await db.selectFrom('departments').select(['region_id']).where('id', '=', b.departmentId).executeTakeFirst();
      if (!dep) throw new ApiError(404, '找不到该部门');
      regionId = dep.region_id;
    }
    const password = randomPassword();
    const row = await db
      .insertInto('users')
      .values({ username: b.username, display_name: b.displayName, password_hash: await hashPassword(password), role: b.role, department_id: b.role === 'preparer' ? b.departmentId! : null, region_id: regionId, disabled: 0, created_at: now() })
      .returning(['id', 'username', 'role'])
      .executeTakeFirstOrThrow();
    await audit(db, admin.id, 'user-created', 'user', row.id, { username: b.username, role: b.role });
    return c.json({ ...row, password }, 200);
  });
  app.openapi(resetUser, async (c) => {
    const admin = requireUser(c, 'admin');
    const { db } = c.get('services');
    const id = idParam(c.req.valid('param').id);
    const password = randomPassword();
    const r = await db.updateTable('users').set({ password_hash: await hashPassword(password) }).where('id', '=', id).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new ApiError(404, '找不到该用户');
    await db.deleteFrom('sessions').where('user_id', '=', id).execute();
    await audit(db, admin.id, 'password-reset', 'user', id);
    return c.json({ password }, 200);
  });
  app.openapi(disableUser, async (c) => {
    const admin = requireUser(c, 'admin');
    const { db } = c.get('services');
    const id = idParam(c.req.valid('param').id);
    const { disabled } = c.req.valid('json');
    if (id === admin.id) throw new ApiError(400, '不能停用自己');
    await db.updateTable('users').set({ disabled: disabled ? 1 : 0 }).where('id', '=', id).execute();
    if (disabled) await db.deleteFrom('sessions').where('user_id', '=', id).execute();
    await audit(db, admin.id, disabled ? 'user-disabled' : 'user-enabled', 'user', id);
    return c.json({ ok: true }, 200);
  });
  app.openapi(auditLog, async (c) => {
    requireUser(c, 'admin');
    const rows = await c
      .get('services')
      .db.selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.id', 'a.at', 'a.action', 'a.entity', 'a.entity_id', 'a.detail', 'u.display_name'])
      .orderBy('a.id', 'desc')
      .limit(c.req.valid('query').limit ?? 200)
      .execute();
    return c.json(rows, 200);
  });
}
