import { configFromEnv } from './config.js';
import { openStore } from './db/connect.js';
import { auditFileJob, WORKER_ID } from './jobs/audit-file.js';
import { PgBossQueue } from './jobs/pgboss.js';
import { renderPublicationJob } from './jobs/render-publication.js';

// A job worker for PostgreSQL deployments: start as many as needed, on any machine that reaches the database.
const config = configFromEnv();
if (!config.databaseUrl) {
  console.error('后台任务进程需要 PostgreSQL：请设置 DATABASE_URL=postgres://…（SQLite 时任务在网站进程内运行）');
  process.exit(2);
}
const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
const queue = await PgBossQueue.start(config.databaseUrl);
await queue.work('audit-file', ({ fileId }) => auditFileJob(store.db, fileId));
await queue.work('render-publication', ({ revisionId }) => renderPublicationJob(store.db, revisionId));
console.log(`后台任务进程 ${WORKER_ID} 已启动`);

const stop = () => {
  void queue
    .stop()
    .then(() => store.close())
    .finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
