import { timingSafeEqual } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { FactsError } from '../src/facts/index.js';
import { GongkaiError } from '../src/model/errors.js';
import { sessionUser } from './auth/session.js';
import { ApiError, type Env, type Services } from './context.js';
import { apiReferencePage } from './openapi-page.js';
import { adminRoutes } from './routes/admin.js';
import { auditRoutes } from './routes/audits.js';
import { authRoutes } from './routes/auth.js';
import { disclosureRoutes } from './routes/disclosures.js';
import { publicRoutes } from './routes/public.js';
import { reviewRoutes } from './routes/review.js';
import { webApp } from './static.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameToken = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The platform's HTTP application. Every unsafe request must come from our own pages: same origin, and (when
 * signed in) the session's CSRF token in X-CSRF-Token; login itself only as JSON, which forms cannot send.
 */
export function createApp(services: Services, opts: { webDir?: string } = {}): OpenAPIHono<Env> {
  const app = new OpenAPIHono<Env>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join('.') || '请求'}：${i.message}`);
        throw new ApiError(400, `请求不正确：${issues.join('；')}`, { issues });
      }
    },
  });

  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    if (!c.res.headers.get('Content-Security-Policy')) {
      c.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'");
    }
    c.header('X-Frame-Options', 'SAMEORIGIN');
  });

  app.use('/api/*', async (c, next) => {
    c.set('user', await sessionUser(c, services.db));
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const own = new URL(c.req.url);
    const host = c.req.header('host') ?? own.host;
    if (origin && origin !== 'null' && new URL(origin).host !== host) throw new ApiError(403, '拒绝跨站请求');
    if (origin === 'null' || c.req.header('sec-fetch-site') === 'cross-site') throw new ApiError(403, '拒绝跨站请求');
    if (c.req.path === '/api/auth/login') {
      if (!c.req.header('content-type')?.startsWith('application/json')) throw new ApiError(415, '登录请求须为 JSON');
      return next();
    }
    const user = c.get('user');
    const token = c.req.header('x-csrf-token') ?? '';
    if (user && !sameToken(token, user.csrf)) throw new ApiError(403, '安全校验失败（CSRF 令牌无效），请刷新页面后重试');
    return next();
  });

  authRoutes(app);
  adminRoutes(app);
  disclosureRoutes(app);
  reviewRoutes(app);
  publicRoutes(app);
  auditRoutes(app);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'gongkai 预算公开平台 API', version: '1', description: '编制、审核、发布和公开查询部门预算公开文件。除“公众”接口外均须登录；修改类请求须带 X-CSRF-Token 头。' },
  });
  app.get('/api/docs', (c) => c.html(apiReferencePage(app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'gongkai 预算公开平台 API', version: '1' } }))));
  app.all('/api/*', () => {
    throw new ApiError(404, '没有这个接口');
  });
  if (opts.webDir) app.get('*', webApp(opts.webDir));

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json({ error: err.message, ...err.extra }, err.status);
    if (err instanceof FactsError) return c.json({ error: err.message, issues: err.issues }, 422);
    if (err instanceof GongkaiError) return c.json({ error: err.message }, 422);
    if (err instanceof HTTPException) return c.json({ error: err.message || '请求不正确' }, err.status);
    console.error(err);
    return c.json({ error: '服务器内部错误' }, 500);
  });
  return app;
}
