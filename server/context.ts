import { HTTPException } from 'hono/http-exception';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Config } from './config.js';
import type { Dialect } from './db/migrations.js';
import type { DB, Role } from './db/schema.js';
import type { JobQueue } from './jobs/queue.js';
import type { PageImages } from './pages.js';
import type { SessionUser } from './auth/session.js';
import { now } from './db/connect.js';

/** What every route can reach. */
export interface Services {
  db: Kysely<DB>;
  dialect: Dialect;
  config: Config;
  jobs: JobQueue;
  pages: PageImages;
}

export type Env = { Variables: { user: SessionUser | undefined; services: Services } };

/** A refusal with a Chinese message for the user; the JSON body is { error, ...extra }. */
export class ApiError extends HTTPException {
  constructor(
    status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(status, { message });
  }
}

export function requireUser(c: Context<Env>, ...roles: Role[]): SessionUser {
  const user = c.get('user');
  if (!user) throw new ApiError(401, '请先登录');
  if (roles.length > 0 && !roles.includes(user.role)) throw new ApiError(403, '您没有执行此操作的权限');
  return user;
}

/** Record who did what, when; nothing is changed without a trace. */
export async function audit(db: Kysely<DB>, userId: number | null, action: string, entity: string, entityId: number | null, detail?: unknown): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ at: now(), user_id: userId, action, entity, entity_id: entityId, detail: detail === undefined ? null : JSON.stringify(detail) })
    .execute();
}

export const idParam = (v: string): number => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new ApiError(404, '找不到该记录');
  return n;
};
