import { sql, type CreateTableBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export type Dialect = 'sqlite' | 'pg';

/** An auto-increment integer primary key in either database. */
function withId<T extends string>(t: CreateTableBuilder<T, never>, dialect: Dialect): CreateTableBuilder<T, 'id'> {
  return dialect === 'pg' ? t.addColumn('id', 'serial', (c) => c.primaryKey()) : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

function initial(dialect: Dialect): Migration {
  const blob = dialect === 'pg' ? 'bytea' : 'blob';
  return {
    async up(db: AnyDb) {
      await withId(db.schema.createTable('regions'), dialect)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await withId(db.schema.createTable('departments'), dialect)
        .addColumn('region_id', 'integer', (c) => c.notNull().references('regions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('code', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('departments_region_name', ['region_id', 'name'])
        .execute();
      await withId(db.schema.createTable('users'), dialect)
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
        .addColumn('region_id', 'integer', (c) => c.references('regions.id'))
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await withId(db.schema.createTable('disclosures'), dialect)
        .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('current_revision_id', 'integer')
        .addColumn('published_revision_id', 'integer')
        .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('warnings', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('disclosures_dept_year_kind', ['department_id', 'year', 'kind'])
        .execute();
      await db.schema.createIndex('disclosures_status').on('disclosures').columns(['status']).execute();
      await withId(db.schema.createTable('revisions'), dialect)
        .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('facts_json', 'text', (c) => c.notNull())
        .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('revisions_disclosure_number', ['disclosure_id', 'number'])
        .execute();
      await withId(db.schema.createTable('comments'), dialect)
        .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id'))
        .addColumn('revision_id', 'integer')
        .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await withId(db.schema.createTable('audit_log'), dialect)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer')
        .addColumn('detail', 'text')
        .execute();
      await withId(db.schema.createTable('publications'), dialect)
        .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id'))
        .addColumn('revision_id', 'integer', (c) => c.notNull().references('revisions.id'))
        .addColumn('department_id', 'integer', (c) => c.notNull())
        .addColumn('region_id', 'integer', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('department_name', 'text', (c) => c.notNull())
        .addColumn('region_name', 'text', (c) => c.notNull())
        .addColumn('summary_json', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('superseded_at', 'text')
        .execute();
      await withId(db.schema.createTable('audit_batches'), dialect)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await withId(db.schema.createTable('audit_files'), dialect)
        .addColumn('batch_id', 'integer', (c) => c.notNull().references('audit_batches.id'))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('runs', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('worker', 'text')
        .addColumn('error', 'text')
        .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('warnings', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('pages', 'integer')
        .addColumn('report_json', 'text')
        .addColumn('report_html', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
      await withId(db.schema.createTable('blobs'), dialect)
        .addColumn('owner', 'text', (c) => c.notNull().unique())
        .addColumn('bytes', blob, (c) => c.notNull())
        .execute();
      // Full-text search over published disclosures: the text is indexed as CJK bigrams (server/search.ts),
      // so one tokenization works for SQLite FTS5 and PostgreSQL's 'simple' configuration alike.
      if (dialect === 'pg') {
        await sql`alter table publications add column search tsvector`.execute(db);
        await sql`create index publications_search on publications using gin (search)`.execute(db);
      } else {
        await sql`create virtual table publications_fts using fts5(body, tokenize = 'unicode61')`.execute(db);
      }
    },
  };
}

export function migrations(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => ({ '001_initial': initial(dialect) }) };
}
