import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { now } from '../db/connect.js';
import type { DB, Role } from '../db/schema.js';

export const SESSION_COOKIE = 'gk_session';
const SESSION_HOURS = 12;

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  regionId: number | null;
  csrf: string;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Start a session: the cookie holds a random token; the database only its hash. */
export async function startSession(c: Context, db: Kysely<DB>, userId: number, secure: boolean): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expires = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.insertInto('sessions').values({ token_hash: hashToken(token), user_id: userId, csrf, expires_at: expires.toISOString(), created_at: now() }).execute();
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure, path: '/', expires });
  return csrf;
}

export async function endSession(c: Context, db: Kysely<DB>): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** The signed-in user of a request, or undefined (no cookie, unknown or expired session, disabled user). */
export async function sessionUser(c: Context, db: Kysely<DB>): Promise<SessionUser | undefined> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || token.length > 100) return undefined;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.role', 'users.department_id', 'users.region_id', 'users.disabled', 'sessions.csrf', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.disabled || row.expires_at < now()) return undefined;
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role, departmentId: row.department_id, regionId: row.region_id, csrf: row.csrf };
}
