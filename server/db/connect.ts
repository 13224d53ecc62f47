import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrations, type Dialect } from './migrations.js';
import type { DB } from './schema.js';

export interface Store {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Connection string (PostgreSQL) for pg-boss; undefined on SQLite. */
  url?: string;
  close(): Promise<void>;
}

/** Open the database (SQLite file under dataDir, or PostgreSQL by URL) and bring its schema up to date. */
export async function openStore(opts: { dataDir: string; databaseUrl?: string; sqliteFile?: string }): Promise<Store> {
  let db: Kysely<DB>;
  let dialect: Dialect;
  if (opts.databaseUrl) {
    dialect = 'pg';
    // Counts and ids come back as numbers, not strings.
    pg.types.setTypeParser(20, (v) => Number(v));
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: opts.databaseUrl, max: 10 }) }) });
  } else {
    dialect = 'sqlite';
    const file = opts.sqliteFile ?? join(opts.dataDir, 'gongkai.db');
    if (file !== ':memory:') mkdirSync(opts.dataDir, { recursive: true });
    const sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  const { error } = await new Migrator({ db, provider: migrations(dialect) }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect, url: opts.databaseUrl, close: () => db.destroy() };
}

export const now = (): string => new Date().toISOString();
