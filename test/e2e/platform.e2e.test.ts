// The platform in a real browser (Debian chromium driven by playwright-core): the whole life of a disclosure, the
// public portal and an audit of a real PDF. GK_SCREENSHOTS=docs/images keeps screenshots of the main screens.
import { type AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { PASSWORD, world, type World } from '../platform/harness.js';
import { CHROMIUM, launch } from './browser.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB = join(ROOT, 'build', 'web');
const EXAMPLE = join(ROOT, 'examples', 'zezhou-2026.facts.yaml');
const REAL_PDF = join(ROOT, 'test', 'fixtures', 'real', '上海市普陀区社会福利院2024年单位预算.pdf');
const SHOTS = process.env.GK_SCREENSHOTS;

if (!CHROMIUM) console.log('跳过浏览器端到端测试：未安装 chromium（apt-get install chromium）');

describe.skipIf(!CHROMIUM)('platform in the browser', () => {
  let w: World;
  let server: ServerType;
  let base = '';
  let browser: Browser;
  let closeBrowser: () => Promise<void>;

  beforeAll(async () => {
    // The web app as npm start serves it.
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
    w = await world('sqlite', { maxUploadBytes: 30 * 1024 * 1024 });
    const app = createApp(w.services, { webDir: WEB });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    ({ browser, close: closeBrowser } = await launch());
  }, 240_000);

  afterAll(async () => {
    await closeBrowser?.();
    await new Promise((r) => server?.close(r));
    await w?.close();
  });

  async function signIn(username: string): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log(`页面错误（${username}）：${e.message}`));
    await page.goto(`${base}/login`);
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', PASSWORD);
    if (SHOTS && username === 'prep') await page.screenshot({ path: join(SHOTS, 'platform-login.png') });
    await page.click('button[type=submit]');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return page;
  }

  const statusTag = (page: Page) => page.locator('.head .status');
  const message = (page: Page, text: string | RegExp) => page.locator('.el-message').filter({ hasText: text }).first();

  it('preparer imports and fixes, reviewer returns, preparer resubmits, reviewer publishes, the public downloads', async () => {
    const prep = await signIn('prep');
    await prep.getByRole('button', { name: '新建年度公开文件' }).click();
    await prep.locator('.el-dialog .el-input-number input').fill('2026');
    await prep.locator('.el-dialog').getByRole('button', { name: '新建' }).click();
    await prep.waitForURL(/\/disclosure\/\d+/);

    // Import the example facts file.
    await prep.getByRole('button', { name: '导入' }).click();
    await prep.locator('.el-dialog input[type=file]').setInputFiles(EXAMPLE);
    await expect.poll(() => message(prep, '已导入').isVisible(), { timeout: 30_000 }).toBe(true);
    const finding = prep.locator('.findings .item[data-rule="class-economic-mapping"]');
    await expect.poll(() => finding.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const before = await finding.count();

    // The finding leads to its row; the government class is corrected there.
    await finding.first().click();
    const row = prep.locator('[data-grid=economic] tr.flash').first();
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('input').nth(1).inputValue()).toBe('绩效工资');
    await row.locator('.gov').click();
    await prep.keyboard.type('工资奖金津补贴');
    await prep.locator('.el-select-dropdown__item:visible').filter({ hasText: /^工资奖金津补贴$/ }).first().click();
    await expect.poll(() => finding.count(), { timeout: 20_000 }).toBe(before - 1);
    if (SHOTS) {
      await prep.locator('.findings .el-card__body').evaluate((e) => (e.scrollTop = 0));
      await prep.screenshot({ path: join(SHOTS, 'platform-editor.png') });
    }
    await prep.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => message(prep, '已保存为第 3 版').isVisible()).toBe(true);
    await prep.getByRole('button', { name: '提交审核' }).click();
    await expect.poll(() => statusTag(prep).textContent()).toBe('待审核');

    // The reviewer finds it in the queue, comments on a finding and returns it.
    const rev = await signIn('rev');
    await rev.goto(`${base}/review`);
    await rev.getByRole('link', { name: /泽州县总工会/ }).click();
    await rev.waitForURL(/\/disclosure\/\d+/);
    if (SHOTS) {
      await rev.goto(`${base}/review`);
      await rev.waitForTimeout(800);
      await rev.screenshot({ path: join(SHOTS, 'platform-review-queue.png') });
      await rev.goBack();
    }
    await rev.locator('.findings .item').first().getByRole('button', { name: '批注' }).click();
    await rev.locator('textarea[name=comment]').fill('请核对该项审核意见涉及的数字');
    await rev.getByRole('button', { name: '添加批注' }).click();
    await expect.poll(() => rev.locator('.comments .c').count()).toBe(1);
    await rev.getByRole('button', { name: '退回修改' }).click();
    await rev.locator('.el-message-box textarea').fill('请在说明中写明支出增加的原因');
    await rev.locator('.el-message-box').getByRole('button', { name: '退回' }).click();
    await expect.poll(() => statusTag(rev).textContent()).toBe('已退回');

    // The preparer sees why, fixes and resubmits.
    await prep.reload();
    await expect.poll(() => prep.getByText('审核退回：请在说明中写明支出增加的原因').isVisible()).toBe(true);
    await prep.getByRole('tab', { name: '上年数与说明' }).click();
    await prep.locator('textarea[name="reasons.expenditure"]').fill('主要是人员调资和工会活动增加');
    await prep.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => message(prep, '已保存为第 4 版').isVisible()).toBe(true);
    await prep.getByRole('button', { name: '提交审核' }).click();
    await expect.poll(() => statusTag(prep).textContent()).toBe('待审核');

    // Approve and publish.
    await rev.reload();
    await rev.getByRole('button', { name: '审核通过' }).click();
    await expect.poll(() => statusTag(rev).textContent()).toBe('审核通过');
    await rev.getByRole('button', { name: '发布' }).click();
    await expect.poll(() => statusTag(rev).textContent()).toBe('已发布');

    // An anonymous visitor finds it and downloads the PDF.
    const anon = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true })).newPage();
    await anon.goto(base);
    await anon.fill('input[name=q]', '总工会');
    await anon.getByRole('button', { name: '检索' }).click();
    await expect.poll(() => anon.locator('.results .title').count()).toBe(1);
    if (SHOTS) {
      await anon.waitForTimeout(800);
      await anon.screenshot({ path: join(SHOTS, 'platform-portal.png') });
    }
    await anon.locator('.results .title').click();
    await anon.waitForURL(/\/public\/\d+/);
    await expect.poll(() => anon.locator('canvas').count(), { timeout: 20_000 }).toBeGreaterThan(2);
    if (SHOTS) {
      await anon.waitForTimeout(1500);
      await anon.screenshot({ path: join(SHOTS, 'platform-document.png') });
    }
    const [download] = await Promise.all([anon.waitForEvent('download'), anon.locator('a[data-format=pdf]').click()]);
    expect(download.suggestedFilename()).toMatch(/泽州县总工会.*\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 300_000);

  it('a reviewer audits a real PDF and sees the findings on the page images', async () => {
    const rev = await signIn('rev');
    await rev.goto(`${base}/audit`);
    await rev.locator('input[name=files]').setInputFiles(REAL_PDF);
    const link = rev.getByRole('link', { name: '上海市普陀区社会福利院2024年单位预算.pdf' });
    await expect.poll(() => link.count(), { timeout: 120_000 }).toBe(1);
    await link.click();
    await rev.waitForURL(/\/audit\/file\/\d+/);
    const image = rev.locator('img.pageimg');
    await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), { timeout: 60_000 }).toBeGreaterThan(500);
    await expect.poll(() => rev.locator('.sheet .box').count()).toBeGreaterThan(0);
    expect(await rev.locator('.findings .item').count()).toBeGreaterThan(0);
    // The highlight sits on the page image, inside its bounds.
    const [img, box] = await Promise.all([image.boundingBox(), rev.locator('.sheet .box').first().boundingBox()]);
    expect(box!.x).toBeGreaterThanOrEqual(img!.x - 4);
    expect(box!.y + box!.height).toBeLessThanOrEqual(img!.y + img!.height + 4);
    if (SHOTS) await rev.screenshot({ path: join(SHOTS, 'platform-audit.png') });
  }, 200_000);
});
