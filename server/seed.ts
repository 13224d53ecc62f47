import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { parseFactsText, factsToPlain } from '../src/facts/index.js';
import { disclosureFor } from './access.js';
import { hashPassword, randomPassword } from './auth/password.js';
import type { SessionUser } from './auth/session.js';
import { audit } from './context.js';
import { now } from './db/connect.js';
import type { Dialect } from './db/migrations.js';
import type { DB, Role } from './db/schema.js';
import { saveRevision, transition } from './workflow.js';

export async function ensureRegion(db: Kysely<DB>, name: string): Promise<number> {
  const hit = await db.selectFrom('regions').select('id').where('name', '=', name).executeTakeFirst();
  return hit?.id ?? (await db.insertInto('regions').values({ name, created_at: now() }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function ensureDepartment(db: Kysely<DB>, regionId: number, name: string, code: string | null = null): Promise<number> {
  const hit = await db.selectFrom('departments').select('id').where('region_id', '=', regionId).where('name', '=', name).executeTakeFirst();
  return hit?.id ?? (await db.insertInto('departments').values({ region_id: regionId, name, code, created_at: now() }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function createUser(db: Kysely<DB>, u: { username: string; password: string; role: Role; displayName?: string; departmentId?: number; regionId?: number }): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({ username: u.username, display_name: u.displayName ?? u.username, password_hash: await hashPassword(u.password), role: u.role, department_id: u.departmentId ?? null, region_id: u.regionId ?? null, disabled: 0, created_at: now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The example facts file: beside server/ when run from source, two levels up from build/server/. */
export const EXAMPLE_FACTS = ['../examples/zezhou-2026.facts.yaml', '../../examples/zezhou-2026.facts.yaml'].map((p) => new URL(p, import.meta.url)).find((u) => existsSync(u)) ?? new URL('../examples/zezhou-2026.facts.yaml', import.meta.url);

/** Publish a facts file for a department as `asUser` would through the workflow (demo data, tests). */
export async function publishFacts(db: Kysely<DB>, dialect: Dialect, admin: SessionUser, departmentId: number, facts: Record<string, unknown>): Promise<number> {
  const year = (facts.department as { year: number }).year;
  const at = now();
  const row = await db
    .insertInto('disclosures')
    .values({ department_id: departmentId, year, kind: '预算', title: `${year}年度部门预算公开`, status: 'draft', version: 1, current_revision_id: null, published_revision_id: null, errors: 0, warnings: 0, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  let d = await disclosureFor(db, admin, row.id);
  const { version } = await saveRevision(db, d, admin, facts, 1, '示例数据');
  let v = version;
  for (const action of ['submit', 'approve', 'publish'] as const) {
    d = await disclosureFor(db, admin, row.id);
    await transition(db, dialect, d, admin, action, v++);
  }
  return row.id;
}

/**
 * First run: an administrator with a random password (returned once, to be printed), and the example department's
 * disclosure published as demo data.
 */
export async function seedFirstRun(db: Kysely<DB>, dialect: Dialect): Promise<{ adminPassword: string } | undefined> {
  if (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) return undefined;
  const adminPassword = randomPassword();
  const regionId = await ensureRegion(db, '泽州县');
  const departmentId = await ensureDepartment(db, regionId, '泽州县总工会', '021');
  const adminId = await createUser(db, { username: 'admin', password: adminPassword, role: 'admin', displayName: '系统管理员' });
  await audit(db, null, 'first-run', 'user', adminId);
  const admin: SessionUser = { id: adminId, username: 'admin', displayName: '系统管理员', role: 'admin', departmentId: null, regionId: null, csrf: '' };
  const facts = factsToPlain(parseFactsText(await readFile(EXAMPLE_FACTS, 'utf8'), 'zezhou-2026.facts.yaml')) as Record<string, unknown>;
  await publishFacts(db, dialect, admin, departmentId, facts);
  return { adminPassword };
}
