import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { configFromEnv } from './config.js';
import { seedFirstRun } from './seed.js';
import { startServices } from './services.js';

const config = configFromEnv();
const services = await startServices(config);
const first = await seedFirstRun(services.db, services.dialect);
// build/server/main.js serves build/web; run from source (tsx server/main.ts) it serves the same build.
const webDir = process.env.WEB_DIR ?? fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../build/web' : '../web', import.meta.url));
const app = createApp(services, { webDir });
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`gongkai 预算公开平台已启动：http://${config.host}:${info.port}/`);
  console.log(`数据库：${services.dialect === 'pg' ? 'PostgreSQL' : `SQLite（${config.dataDir}）`}；后台任务：${services.jobs.kind === 'memory' ? '进程内队列' : 'pg-boss 共享队列'}`);
  if (first) {
    console.log('首次运行：已创建管理员账号并载入示例公开文件（泽州县总工会 2026 年部门预算）。');
    console.log(`  用户名：admin　初始密码：${first.adminPassword}　（只显示这一次，请登录后立即修改）`);
  }
});

const shutdown = () => {
  server.close();
  void services.close().finally(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
