import { join } from 'node:path';
import type { Config } from './config.js';
import type { Services } from './context.js';
import { openStore, type Store } from './db/connect.js';
import { auditFileJob } from './jobs/audit-file.js';
import { renderPublicationJob } from './jobs/render-publication.js';
import { MemoryQueue } from './jobs/memory.js';
import { PgBossQueue } from './jobs/pgboss.js';
import type { JobQueue } from './jobs/queue.js';
import { pdftoppmPages } from './pages.js';

/** Database, job queue (with workers when configured) and page images, ready for createApp. */
export async function startServices(config: Config, opts: { sqliteFile?: string } = {}): Promise<Services & { store: Store; close(): Promise<void> }> {
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, sqliteFile: opts.sqliteFile });
  const jobs: JobQueue = store.dialect === 'pg' ? await PgBossQueue.start(store.url!) : new MemoryQueue();
  if (store.dialect === 'sqlite' || config.inProcessWorkers) {
    await jobs.work('audit-file', ({ fileId }) => auditFileJob(store.db, fileId));
    await jobs.work('render-publication', ({ revisionId }) => renderPublicationJob(store.db, revisionId));
  }
  return {
    db: store.db,
    dialect: store.dialect,
    config,
    jobs,
    pages: pdftoppmPages(join(config.dataDir, 'pages')),
    store,
    async close() {
      await jobs.stop();
      await store.close();
    },
  };
}
