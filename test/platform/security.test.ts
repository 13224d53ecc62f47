import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFactsText, factsToPlain } from '../../src/facts/index.js';
import { publishFacts } from '../../server/seed.js';
import { PASSWORD, upload, world, type World } from './harness.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits the facts freely
const EXAMPLE = factsToPlain(parseFactsText(readFileSync(new URL('../../examples/zezhou-2026.facts.yaml', import.meta.url), 'utf8'))) as Record<string, any>;
const SCRIPT = '<script>alert(1)</script>';

describe('platform security', () => {
  let w: World;
  let draftId: number;
  beforeAll(async () => {
    w = await world('sqlite');
    const prep = await w.login('prep');
    draftId = (await prep.post('/api/disclosures', { year: 2026 })).body.id;
  });
  afterAll(async () => w?.close());

  it('a preparer cannot read or change another department’s draft, by API or by guessing ids', async () => {
    const other = await w.login('prep2');
    expect((await other.get('/api/disclosures')).body.items.map((d: { id: number }) => d.id)).not.toContain(draftId);
    for (let id = 1; id <= draftId + 3; id++) {
      for (const path of [`/api/disclosures/${id}`, `/api/disclosures/${id}/findings`, `/api/disclosures/${id}/revisions`, `/api/disclosures/${id}/download/json`, `/api/disclosures/${id}/diff?from=1&to=1`]) {
        const r = await other.get(path);
        expect(r.status, path).toBe(404);
        expect(JSON.stringify(r.body)).not.toContain('泽州县总工会');
      }
    }
    expect((await other.put(`/api/disclosures/${draftId}/facts`, { version: 1, facts: EXAMPLE })).status).toBe(404);
    expect((await other.post(`/api/disclosures/${draftId}/submit`, { version: 2 })).status).toBe(404);
    expect((await other.post(`/api/disclosures/${draftId}/comments`, { target: 'general', body: 'x' })).status).toBe(404);
    // A reviewer of another region sees nothing either; one of the region sees it.
    expect((await (await w.login('rev2')).get(`/api/disclosures/${draftId}`)).status).toBe(404);
    expect((await (await w.login('rev')).get(`/api/disclosures/${draftId}`)).status).toBe(200);
  });

  it('a visitor sees only published versions', async () => {
    const anon = w.client();
    expect((await anon.get(`/api/disclosures/${draftId}`)).status).toBe(401);
    expect((await anon.get('/api/disclosures')).status).toBe(401);
    const listed = (await anon.get('/api/public/disclosures')).body.items;
    expect(listed.map((p: { disclosure_id: number }) => p.disclosure_id)).not.toContain(draftId);
    // A published disclosure reopened and edited: the public still gets the published revision.
    const admin = { id: w.users.admin, username: 'admin', displayName: '管理员', role: 'admin' as const, departmentId: null, regionId: null, csrf: '' };
    const pubDisclosure = await publishFacts(w.services.db, w.services.dialect, admin, w.ids.finance, { ...EXAMPLE, department: { ...EXAMPLE.department, year: 2025 } });
    const prep2 = await w.login('prep2');
    let d = (await prep2.get(`/api/disclosures/${pubDisclosure}`)).body;
    expect((await prep2.post(`/api/disclosures/${pubDisclosure}/reopen`, { version: d.version })).status).toBe(200);
    d = (await prep2.get(`/api/disclosures/${pubDisclosure}`)).body;
    const secret = { ...d.facts, department: { ...d.facts.department, duties: '尚未公开的新职责草稿' } };
    expect((await prep2.put(`/api/disclosures/${pubDisclosure}/facts`, { version: d.version, facts: secret })).status).toBe(200);
    const pub = (await anon.get('/api/public/disclosures')).body.items.find((p: { disclosure_id: number }) => p.disclosure_id === pubDisclosure);
    expect(pub).toBeDefined();
    const html = await anon.get(`/api/public/disclosures/${pub.id}/download/html`);
    expect(html.body).toContain('中国工会章程');
    expect(html.body).not.toContain('尚未公开的新职责草稿');
    expect((await anon.get('/api/public/disclosures?q=尚未公开')).body.items).toHaveLength(0);
  });

  it('refuses writes without the CSRF token or from another site', async () => {
    const prep = await w.login('prep');
    const d = (await prep.get(`/api/disclosures/${draftId}`)).body;
    const noToken = await prep.call('PUT', `/api/disclosures/${draftId}/facts`, { version: d.version, facts: EXAMPLE }, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error).toContain('CSRF');
    const wrong = await prep.call('PUT', `/api/disclosures/${draftId}/facts`, { version: d.version, facts: EXAMPLE }, { 'x-csrf-token': 'a'.repeat(prep.csrf.length) });
    expect(wrong.status).toBe(403);
    const crossSite = await prep.put(`/api/disclosures/${draftId}/facts`, { version: d.version, facts: EXAMPLE }, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    // A login form posted from another page cannot be JSON without a preflight: refused.
    const form = new URLSearchParams({ username: 'prep', password: PASSWORD });
    expect((await w.client().call('POST', '/api/auth/login', form.toString(), { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await prep.get(`/api/disclosures/${draftId}`)).body.version).toBe(d.version);
  });

  it('escapes script in a project name, a narrative and an uploaded file name', async () => {
    const prep = await w.login('prep');
    const d = (await prep.get(`/api/disclosures/${draftId}`)).body;
    const facts = structuredClone(EXAMPLE);
    facts.projects[0].name = `工会经费${SCRIPT}`;
    facts.department.duties = `监督检查<img src=x onerror=alert(2)>工会章程执行情况`;
    facts.reasons = { expenditure: `人员调资${SCRIPT}` };
    const saved = await prep.put(`/api/disclosures/${draftId}/facts`, { version: d.version, facts });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const html = (await prep.get(`/api/disclosures/${draftId}/download/html`)).body as string;
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const r = await prep.get(`/api/disclosures/${draftId}/download/html?inline=1`);
    expect(r.headers.get('content-security-policy')).toContain('sandbox');
    // An uploaded file name with markup: stored as text, escaped in the HTML report.
    const rev = await w.login('rev');
    const name = `<img src=x onerror=alert(3)>泽州.txt`;
    const text = readFileSync(new URL('../fixtures/seed/zezhou-2026.txt', import.meta.url));
    const batch = await rev.post('/api/audits', upload(name, text, 'files'));
    expect(batch.status, JSON.stringify(batch.body)).toBe(200);
    await w.services.jobs.idle();
    const files = (await rev.get(`/api/audits/${batch.body.id}`)).body.files;
    expect(files[0]).toMatchObject({ file_name: name, status: 'done' });
    const report = (await rev.get(`/api/audit-files/${files[0].id}/report.html`)).body as string;
    expect(report).not.toContain('<img src=x');
    const result = await rev.get(`/api/audit-files/${files[0].id}`);
    expect(result.headers.get('content-type')).toContain('application/json');
    expect(result.body.report.document.file).toBe(name);
    const disposition = (await rev.get(`/api/audit-files/${files[0].id}/report.html`)).headers.get('content-disposition') ?? '';
    expect(disposition).not.toMatch(/[<>]/);
  });

  it('limits upload size and checks file types', async () => {
    const rev = await w.login('rev');
    const big = new Uint8Array(6 * 1024 * 1024).fill(65);
    const tooBig = await rev.post('/api/audits', upload('big.txt', big, 'files'));
    expect(tooBig.status).toBe(413);
    const exe = await rev.post('/api/audits', upload('tool.exe', 'MZ\u0090\u0000', 'files'));
    expect(exe.status).toBe(415);
    expect(exe.body.error).toContain('tool.exe');
    const fakePdf = await rev.post('/api/audits', upload('fake.pdf', 'not a pdf at all', 'files'));
    expect(fakePdf.status).toBe(415);
    const prep = await w.login('prep');
    expect((await prep.post('/api/audits', upload('a.txt', 'x', 'files'))).status).toBe(403);
    const d = (await prep.get(`/api/disclosures/${draftId}`)).body;
    const wrongImport = await prep.post(`/api/disclosures/${draftId}/import`, upload('notes.docx', 'PK', 'file', { version: String(d.version) }));
    expect(wrongImport.status).toBe(415);
  });

  it('rate-limits failed logins', async () => {
    const c = w.client();
    for (let i = 0; i < 5; i++) expect((await c.post('/api/auth/login', { username: 'rev2', password: `wrong-${i}` })).status).toBe(401);
    const limited = await c.post('/api/auth/login', { username: 'rev2', password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatch(/登录失败次数过多/);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
