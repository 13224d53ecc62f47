import { OpenAPIHono } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { LoginLimiter } from '../auth/rate-limit.js';
import { endSession, startSession } from '../auth/session.js';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.js';
import { ApiError, audit, requireUser, type Env } from '../context.js';
import { createRoute, jsonBody, ok, z } from './common.js';

const limiter = new LoginLimiter();

const clientAddress = (c: Context): string => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['登录'],
  summary: '登录（失败过多时限流）',
  request: jsonBody(z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) })),
  responses: ok('登录成功：当前用户和 CSRF 令牌'),
});
const logout = createRoute({ method: 'post', path: '/api/auth/logout', tags: ['登录'], summary: '退出登录', responses: ok('已退出') });
const me = createRoute({ method: 'get', path: '/api/auth/me', tags: ['登录'], summary: '当前用户（未登录时 user 为 null）', responses: ok('当前用户和 CSRF 令牌') });
const changePassword = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['登录'],
  summary: '修改本人密码',
  request: jsonBody(z.object({ old: z.string().min(1).max(200), new: z.string().min(1).max(200) })),
  responses: ok('已修改'),
});

export function authRoutes(app: OpenAPIHono<Env>): void {
  app.openapi(login, async (c) => {
    const { db, config } = c.get('services');
    const { username, password } = c.req.valid('json');
    const key = `${clientAddress(c)}|${username.toLowerCase()}`;
    const wait = limiter.retryAfter(key);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      throw new ApiError(429, `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`);
    }
    const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    if (!user || user.disabled || !(await verifyPassword(password, user.password_hash))) {
      limiter.fail(key);
      await audit(db, user?.id ?? null, 'login-failed', 'user', user?.id ?? null, { username });
      throw new ApiError(401, '用户名或密码错误');
    }
    limiter.succeed(key);
    const csrf = await startSession(c, db, user.id, config.secureCookies);
    await audit(db, user.id, 'login', 'user', user.id);
    return c.json({ user: { id: user.id, username: user.username, displayName: user.display_name, role: user.role, departmentId: user.department_id, regionId: user.region_id }, csrf }, 200);
  });

  app.openapi(logout, async (c) => {
    await endSession(c, c.get('services').db);
    return c.json({ ok: true }, 200);
  });

  app.openapi(me, async (c) => {
    const user = c.get('user');
    if (!user) return c.json({ user: null, csrf: null }, 200);
    const { csrf, ...rest } = user;
    return c.json({ user: rest, csrf }, 200);
  });

  app.openapi(changePassword, async (c) => {
    const user = requireUser(c);
    const { db } = c.get('services');
    const body = c.req.valid('json');
    const row = await db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    if (!(await verifyPassword(body.old, row.password_hash))) throw new ApiError(400, '原密码不正确');
    const problem = passwordProblem(body.new);
    if (problem) throw new ApiError(400, problem);
    await db.updateTable('users').set({ password_hash: await hashPassword(body.new) }).where('id', '=', user.id).execute();
    await audit(db, user.id, 'password-changed', 'user', user.id);
    return c.json({ ok: true }, 200);
  });
}
