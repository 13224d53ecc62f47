import { sql, type Kysely } from 'kysely';
import type { SessionUser } from './auth/session.js';
import { ApiError, audit } from './context.js';
import { now } from './db/connect.js';
import type { Dialect } from './db/migrations.js';
import type { DB, Role, Status } from './db/schema.js';
import type { DisclosureRow } from './access.js';
import { analyse, normalizeFacts } from './engine.js';
import { indexPublication } from './search.js';
import { summarize } from './summary.js';

export type Action = 'submit' | 'return' | 'approve' | 'publish' | 'reopen';

const TRANSITIONS: Record<Action, { from: Status[]; to: Status; roles: Role[]; name: string }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['preparer', 'admin'], name: '提交审核' },
  return: { from: ['submitted', 'approved'], to: 'returned', roles: ['reviewer', 'admin'], name: '退回修改' },
  approve: { from: ['submitted'], to: 'approved', roles: ['reviewer', 'admin'], name: '审核通过' },
  publish: { from: ['approved'], to: 'published', roles: ['reviewer', 'admin'], name: '发布' },
  reopen: { from: ['published'], to: 'draft', roles: ['preparer', 'admin'], name: '修订已发布版本' },
};

export const STATUS_NAMES: Record<Status, string> = { draft: '编制中', submitted: '待审核', returned: '已退回', approved: '审核通过', published: '已发布' };

/** Preparers edit their drafts and returned ones; nobody edits what is under review or published. */
export function assertEditable(d: DisclosureRow, user: SessionUser): void {
  if (user.role === 'reviewer') throw new ApiError(403, '审核人员不能修改公开文件内容，请通过批注提出意见');
  if (d.status !== 'draft' && d.status !== 'returned') throw new ApiError(409, `该公开文件当前状态为“${STATUS_NAMES[d.status]}”，不能修改`);
}

async function conflict(db: Kysely<DB>, d: DisclosureRow, expected: number): Promise<never> {
  const latest = await db
    .selectFrom('disclosures as d')
    .leftJoin('revisions as r', 'r.id', 'd.current_revision_id')
    .leftJoin('users as u', 'u.id', 'r.author_id')
    .select(['d.version', 'r.number', 'r.created_at', 'u.display_name'])
    .where('d.id', '=', d.id)
    .executeTakeFirstOrThrow();
  const who = latest.display_name ? `${latest.display_name}于 ${latest.created_at?.slice(0, 16).replace('T', ' ')} ` : '';
  throw new ApiError(
    409,
    `保存被拒绝：您是在第 ${expected} 版上修改的，而${who}已保存了更新的版本（当前第 ${latest.version} 版）。为免覆盖他人的修改，本次未保存；您的修改仍保留在页面上，请先查看最新版本再合并修改。`,
    { currentVersion: latest.version },
  );
}

/** Save facts as a new revision, only if nobody saved since `expected` (optimistic concurrency). */
export async function saveRevision(db: Kysely<DB>, d: DisclosureRow, user: SessionUser, input: unknown, expected: number, note: string | null): Promise<{ version: number; revision: number }> {
  const { plain } = normalizeFacts(input);
  // The department, year and region are the disclosure's, whatever the file said.
  const department = { ...(plain.department as Record<string, unknown>), name: d.department_name, year: d.year, region: d.region_name };
  const facts = { ...plain, department };
  const { findings, doc } = analyse(facts);
  const counts = { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
  return db.transaction().execute(async (tx) => {
    const at = now();
    const upd = await tx
      .updateTable('disclosures')
      .set({ version: sql`version + 1`, updated_at: at, title: doc.meta.title ?? d.title, ...counts })
      .where('id', '=', d.id)
      .where('version', '=', expected)
      .executeTakeFirst();
    if (Number(upd.numUpdatedRows) !== 1) await conflict(tx, d, expected);
    const last = await tx.selectFrom('revisions').select(sql<number>`coalesce(max(number), 0)`.as('n')).where('disclosure_id', '=', d.id).executeTakeFirstOrThrow();
    const number = Number(last.n) + 1;
    const rev = await tx
      .insertInto('revisions')
      .values({ disclosure_id: d.id, number, facts_json: JSON.stringify(facts), author_id: user.id, note, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.updateTable('disclosures').set({ current_revision_id: rev.id }).where('id', '=', d.id).execute();
    await audit(tx, user.id, 'revision-saved', 'disclosure', d.id, { revision: number, note });
    return { version: expected + 1, revision: number };
  });
}

/** Move a disclosure along the workflow, if the user's role and its status allow it. */
export async function transition(db: Kysely<DB>, dialect: Dialect, d: DisclosureRow, user: SessionUser, action: Action, expected: number, message?: string): Promise<Status> {
  const t = TRANSITIONS[action];
  if (!t.roles.includes(user.role)) throw new ApiError(403, `您的角色不能“${t.name}”`);
  if (!t.from.includes(d.status)) throw new ApiError(409, `当前状态为“${STATUS_NAMES[d.status]}”，不能“${t.name}”`);
  if (action === 'submit' && d.errors > 0) throw new ApiError(409, `还有 ${d.errors} 个错误级问题，请修正后再提交`);
  if (action === 'return' && !message?.trim()) throw new ApiError(400, '退回时请写明修改意见');
  await db.transaction().execute(async (tx) => {
    const upd = await tx
      .updateTable('disclosures')
      .set({ status: t.to, version: sql`version + 1`, updated_at: now() })
      .where('id', '=', d.id)
      .where('version', '=', expected)
      .executeTakeFirst();
    if (Number(upd.numUpdatedRows) !== 1) await conflict(tx, d, expected);
    if (message?.trim()) {
      await tx.insertInto('comments').values({ disclosure_id: d.id, revision_id: d.current_revision_id, author_id: user.id, target: 'general', body: message.trim(), created_at: now() }).execute();
    }
    if (action === 'publish') await publish(tx, dialect, d);
    await audit(tx, user.id, action, 'disclosure', d.id, message ? { message } : undefined);
  });
  return t.to;
}

/** The public copy: rendered without the draft mark, summarized for charts, indexed for search. */
async function publish(db: Kysely<DB>, dialect: Dialect, d: DisclosureRow): Promise<void> {
  if (!d.current_revision_id) throw new ApiError(409, '没有可发布的内容');
  const rev = await db.selectFrom('revisions').select(['facts_json']).where('id', '=', d.current_revision_id).executeTakeFirstOrThrow();
  const { doc } = analyse(JSON.parse(rev.facts_json) as Record<string, unknown>, false);
  const at = now();
  await db.updateTable('publications').set({ superseded_at: at }).where('disclosure_id', '=', d.id).where('superseded_at', 'is', null).execute();
  const text = [doc.meta.title, d.department_name, d.region_name, ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs.map((p) => p.text)]), ...doc.tables.flatMap((t) => [t.title, ...t.rows.map((r) => r.name)])]
    .filter(Boolean)
    .join('\n');
  const pub = await db
    .insertInto('publications')
    .values({
      disclosure_id: d.id,
      revision_id: d.current_revision_id,
      department_id: d.department_id,
      region_id: d.region_id,
      year: d.year,
      kind: d.kind,
      title: doc.meta.title ?? d.title,
      department_name: d.department_name,
      region_name: d.region_name,
      summary_json: JSON.stringify(summarize(doc)),
      search_text: text,
      published_at: at,
      superseded_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await indexPublication(db, dialect, pub.id, text);
  await db.updateTable('disclosures').set({ published_revision_id: d.current_revision_id }).where('id', '=', d.id).execute();
}
