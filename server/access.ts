import type { Kysely, Selectable } from 'kysely';
import type { SessionUser } from './auth/session.js';
import { ApiError } from './context.js';
import type { DB, DisclosureTable } from './db/schema.js';

/** A disclosure with the names of its department and region. */
export type DisclosureRow = Selectable<DisclosureTable> & { region_id: number; department_name: string; region_name: string };

/** May this user see the department's work? Preparer: own department; reviewer: own region; admin: all. */
export function canSeeDepartment(user: SessionUser, departmentId: number, regionId: number): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'preparer') return user.departmentId === departmentId;
  return user.role === 'reviewer' && user.regionId === regionId;
}

export function disclosureQuery(db: Kysely<DB>) {
  return db
    .selectFrom('disclosures as d')
    .innerJoin('departments as dep', 'dep.id', 'd.department_id')
    .innerJoin('regions as r', 'r.id', 'dep.region_id')
    .select([
      'd.id',
      'd.department_id',
      'dep.region_id',
      'dep.name as department_name',
      'r.name as region_name',
      'd.year',
      'd.kind',
      'd.title',
      'd.status',
      'd.version',
      'd.current_revision_id',
      'd.published_revision_id',
      'd.errors',
      'd.warnings',
      'd.created_at',
      'd.updated_at',
    ]);
}

/**
 * The disclosure if this user may see it. Another department's (or region's) work answers exactly as a missing
 * one does, so ids cannot be probed.
 */
export async function disclosureFor(db: Kysely<DB>, user: SessionUser, id: number): Promise<DisclosureRow> {
  const row = await disclosureQuery(db).where('d.id', '=', id).executeTakeFirst();
  if (!row || !canSeeDepartment(user, row.department_id, row.region_id)) throw new ApiError(404, '找不到该公开文件，或您无权查看');
  return row as DisclosureRow;
}
