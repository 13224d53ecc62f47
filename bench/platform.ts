// Platform latency: "check a disclosure" and "render PDF" under 50 concurrent clients (autocannon, loopback), and the
// time to open the reviewer queue with 300 departments (API, and the page in chromium when installed).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import autocannon from 'autocannon';
import { factsToPlain, parseFactsText } from '../src/facts/index.js';
import { createApp } from '../server/app.js';
import { now } from '../server/db/connect.js';
import { createUser, ensureDepartment, ensureRegion, publishFacts } from '../server/seed.js';
import { startServices } from '../server/services.js';
import { median } from './util.js';

const PASSWORD = 'Bench-password-2026';
const STATUSES = ['draft', 'submitted', 'returned', 'approved', 'published'] as const;

async function login(base: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  const cookie = /gk_session=[^;]+/.exec(r.headers.get('set-cookie') ?? '')![0];
  return { cookie, csrf: ((await r.json()) as { csrf: string }).csrf };
}

/** 50 connections; a fixed number of requests (slow renders) or a duration in seconds. */
function load(url: string, cookie: string, run: { seconds?: number; amount?: number }): Promise<autocannon.Result> {
  return autocannon({ url, connections: 50, ...(run.amount ? { amount: run.amount } : { duration: run.seconds }), timeout: 300, headers: { cookie } });
}

const line = (name: string, r: autocannon.Result) =>
  `  ${name}：p50 ${r.latency.p50} ms，p99 ${r.latency.p99} ms，${r.requests.average.toFixed(1)} 次/秒，完成 ${r.requests.total} 次，错误 ${r.errors + r.non2xx}`;

export async function benchPlatform(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gk-bench-'));
  const services = await startServices({ port: 0, host: '127.0.0.1', dataDir, inProcessWorkers: true, maxUploadBytes: 30 << 20, secureCookies: false });
  const { db, dialect } = services;
  let server: ServerType | undefined;
  try {
    const region = await ensureRegion(db, '泽州县');
    const union = await ensureDepartment(db, region, '泽州县总工会', '021');
    const adminId = await createUser(db, { username: 'admin', password: PASSWORD, role: 'admin' });
    await createUser(db, { username: 'rev', password: PASSWORD, role: 'reviewer', regionId: region });
    const admin = { id: adminId, username: 'admin', displayName: 'admin', role: 'admin' as const, departmentId: null, regionId: null, csrf: '' };
    const facts = factsToPlain(parseFactsText(readFileSync('examples/zezhou-2026.facts.yaml', 'utf8'))) as Record<string, unknown>;
    const disclosure = await publishFacts(db, dialect, admin, union, facts);
    const pub = await db.selectFrom('publications').select('id').where('disclosure_id', '=', disclosure).executeTakeFirstOrThrow();
    // 300 departments in the region, each with a disclosure in some state of the workflow.
    const at = now();
    for (let i = 1; i <= 300; i++) {
      const dep = await ensureDepartment(db, region, `泽州县第${i}预算单位`);
      await db
        .insertInto('disclosures')
        .values({ department_id: dep, year: 2026, kind: '预算', title: `泽州县第${i}预算单位 2026年度部门预算公开`, status: STATUSES[i % 5], version: 1, current_revision_id: null, published_revision_id: null, errors: i % 3, warnings: i % 7, created_at: at, updated_at: at })
        .execute();
    }
    const app = createApp(services, { webDir: join(process.cwd(), 'build', 'web') });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { cookie } = await login(base, 'admin');

    console.log('\n平台接口（SQLite，本机回环，50 个并发客户端，autocannon）');
    console.log(line('检查一份公开文件（推导 + 全部规则，GET /api/disclosures/:id/findings），10 秒', await load(`${base}/api/disclosures/${disclosure}/findings`, cookie, { seconds: 10 })));
    const pdfUrl = `${base}/api/public/disclosures/${pub.id}/download/pdf`;
    services.config.renderCache = false;
    console.log(line('生成 PDF，每次重新生成（GET …/download/pdf，共 100 次）', await load(pdfUrl, '', { amount: 100 })));
    services.config.renderCache = true;
    console.log(line('下载 PDF，同一版本只生成一次（渲染缓存），10 秒', await load(pdfUrl, '', { seconds: 10 })));

    const rev = await login(base, 'rev');
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      const r = await fetch(`${base}/api/review/queue?status=submitted`, { headers: { cookie: rev.cookie } });
      await r.json();
      times.push(performance.now() - t);
    }
    console.log(`  审核队列（300 个部门），接口 20 次中位数：${median(times).toFixed(1)} ms`);
    await queueInBrowser(base, rev.cookie);
  } finally {
    await new Promise((r) => (server ? server.close(r) : r(null)));
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Open the queue page in chromium (signed in) until its rows are drawn; skipped without chromium or a web build. */
async function queueInBrowser(base: string, cookie: string): Promise<void> {
  const { CHROMIUM, launch } = await import('../test/e2e/browser.js');
  if (!CHROMIUM || !existsSync(join('build', 'web', 'index.html'))) return console.log('  审核队列页面：未安装 chromium 或网页未构建，跳过');
  const { browser, close } = await launch();
  try {
    const ctx = await browser.newContext();
    await ctx.addCookies([{ name: 'gk_session', value: cookie.split('=')[1], url: base }]);
    const page = await ctx.newPage();
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await page.goto(`${base}/review`);
      await page.locator('.el-radio-button').filter({ hasText: '全部' }).click();
      await page.locator('.el-table__row').nth(299).waitFor();
      runs.push(performance.now() - t);
    }
    console.log(`  审核队列页面（300 个部门，chromium 打开到全部行显示），5 次中位数：${median(runs).toFixed(0)} ms`);
  } finally {
    await close();
  }
}
