import { sql, type Kysely } from 'kysely';
import type { Dialect } from './db/migrations.js';
import type { DB } from './db/schema.js';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Text as search tokens: runs of Chinese characters become overlapping bigrams (a lone character stays itself),
 * other words are lower-cased. Indexed text and queries go through the same function, so a query is a phrase of
 * adjacent tokens in either database, without a Chinese word segmenter.
 */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of text.normalize('NFKC').match(/[\u3400-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+/gu) ?? []) {
    if (!CJK.test(run[0])) {
      out.push(run.toLowerCase());
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}

/** Store the searchable text of a publication. */
export async function indexPublication(db: Kysely<DB>, dialect: Dialect, id: number, text: string): Promise<void> {
  const tokens = searchTokens(text).join(' ');
  if (dialect === 'pg') await sql`update publications set search = to_tsvector('simple', ${tokens}) where id = ${id}`.execute(db);
  else await sql`insert into publications_fts (rowid, body) values (${id}, ${tokens})`.execute(db);
}

/** Ids of publications whose text contains the query (every word of it, each as a phrase). */
export async function searchPublications(db: Kysely<DB>, dialect: Dialect, query: string): Promise<number[] | undefined> {
  const words = query.split(/\s+/).map(searchTokens).filter((t) => t.length > 0);
  if (words.length === 0) return undefined;
  if (dialect === 'pg') {
    const q = words.map((w) => w.join(' <-> ')).join(' & ');
    const rows = await sql<{ id: number }>`select id from publications where search @@ to_tsquery('simple', ${q})`.execute(db);
    return rows.rows.map((r) => r.id);
  }
  const q = words.map((w) => `"${w.join(' ').replace(/"/g, '')}"`).join(' AND ');
  const rows = await sql<{ id: number }>`select rowid as id from publications_fts where publications_fts match ${q}`.execute(db);
  return rows.rows.map((r) => Number(r.id));
}
