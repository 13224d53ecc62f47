import type { Kysely } from 'kysely';
import { analyse, renderDocument, type DownloadFormat } from '../engine.js';
import type { DB } from '../db/schema.js';

export const PUBLIC_RENDERS: DownloadFormat[] = ['pdf', 'xlsx', 'docx', 'html'];
export const publicRenderOwner = (revisionId: number, format: DownloadFormat): string => `render:r${revisionId}-final.${format}`;

/**
 * Render a newly published revision in every download format, once, into the database: every web server (on any
 * machine) then serves the public downloads without rendering.
 */
export async function renderPublicationJob(db: Kysely<DB>, revisionId: number): Promise<void> {
  const rev = await db.selectFrom('revisions').select('facts_json').where('id', '=', revisionId).executeTakeFirst();
  if (!rev) return;
  const { doc } = analyse({ ...(JSON.parse(rev.facts_json) as Record<string, unknown>), draft: false }, false);
  for (const format of PUBLIC_RENDERS) {
    const owner = publicRenderOwner(revisionId, format);
    if (await db.selectFrom('blobs').select('id').where('owner', '=', owner).executeTakeFirst()) continue;
    const bytes = await renderDocument(doc, format);
    await db.insertInto('blobs').values({ owner, bytes: new Uint8Array(bytes) }).onConflict((oc) => oc.column('owner').doNothing()).execute();
  }
}
