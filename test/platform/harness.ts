import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../../server/app.js';
import type { Config } from '../../server/config.js';
import { createUser, ensureDepartment, ensureRegion } from '../../server/seed.js';
import { startServices } from '../../server/services.js';

export type Target = 'sqlite' | 'pg';

/** SQLite always; PostgreSQL when a test database is available (printing why not, once, otherwise). */
export function targets(): Target[] {
  const reason = inject('pgSkipReason');
  if (reason) {
    console.log(`跳过 PostgreSQL 测试：${reason}`);
    return ['sqlite'];
  }
  return ['sqlite', 'pg'];
}

/** A fresh PostgreSQL database on the test server; drop() removes it. */
export async function freshPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = inject('pgUrl');
  const name = `gk_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const PASSWORD = 'Test-password-2026';

/** Two regions, three departments, one user of each kind. */
export async function world(target: Target, extra: Partial<Config> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gk-platform-'));
  const pgdb = target === 'pg' ? await freshPgDatabase() : undefined;
  const config: Config = { port: 0, host: '127.0.0.1', dataDir, databaseUrl: pgdb?.url, inProcessWorkers: true, maxUploadBytes: 5 * 1024 * 1024, secureCookies: false, ...extra };
  const services = await startServices(config);
  const { db } = services;
  const zezhou = await ensureRegion(db, '泽州县');
  const gaoping = await ensureRegion(db, '高平市');
  const union = await ensureDepartment(db, zezhou, '泽州县总工会', '021');
  const finance = await ensureDepartment(db, zezhou, '泽州县财政局', '030');
  const gaopingUnion = await ensureDepartment(db, gaoping, '高平市总工会', '021');
  const users = {
    admin: await createUser(db, { username: 'admin', password: PASSWORD, role: 'admin', displayName: '管理员' }),
    preparer: await createUser(db, { username: 'prep', password: PASSWORD, role: 'preparer', displayName: '王编制', departmentId: union, regionId: zezhou }),
    preparer2: await createUser(db, { username: 'prep2', password: PASSWORD, role: 'preparer', displayName: '李编制', departmentId: finance, regionId: zezhou }),
    reviewer: await createUser(db, { username: 'rev', password: PASSWORD, role: 'reviewer', displayName: '赵审核', regionId: zezhou }),
    reviewer2: await createUser(db, { username: 'rev2', password: PASSWORD, role: 'reviewer', displayName: '钱审核', regionId: gaoping }),
  };
  const app = createApp(services);
  return {
    app,
    services,
    ids: { zezhou, gaoping, union, finance, gaopingUnion },
    users,
    client: () => new Client(app),
    async login(username: string) {
      const c = new Client(app);
      const r = await c.post('/api/auth/login', { username, password: PASSWORD });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
      return c;
    },
    async close() {
      await services.close();
      await pgdb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type World = Awaited<ReturnType<typeof world>>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON bodies freely
export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
  raw: Response;
}

/** A browser-like API client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  cookie = '';
  csrf = '';

  constructor(private readonly app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await this.app.request(`http://localhost${path}`, { method, headers: h, body: payload });
    const set = res.headers.get('set-cookie');
    if (set) {
      const m = /gk_session=([^;]*)/.exec(set);
      if (m) this.cookie = m[1] ? `gk_session=${m[1]}` : '';
    }
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await res.json() : type.startsWith('text') ? await res.text() : new Uint8Array(await res.arrayBuffer());
    if (path === '/api/auth/login' && res.status === 200) this.csrf = (parsed as { csrf: string }).csrf;
    return { status: res.status, body: parsed, headers: res.headers, raw: res };
  }

  get = (path: string) => this.call('GET', path);
  post = (path: string, body?: unknown, headers?: Record<string, string>) => this.call('POST', path, body ?? {}, headers);
  put = (path: string, body?: unknown, headers?: Record<string, string>) => this.call('PUT', path, body, headers);
}

export function upload(name: string, bytes: Uint8Array | string, field = 'file', extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append(field, new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return form;
}
