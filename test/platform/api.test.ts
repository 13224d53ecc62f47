import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets, upload, world, type World } from './harness.js';

const EXAMPLE = readFileSync(new URL('../../examples/zezhou-2026.facts.yaml', import.meta.url), 'utf8');

describe.each(targets())('platform API on %s', (target) => {
  let w: World;
  beforeAll(async () => {
    w = await world(target);
  });
  afterAll(async () => w?.close());

  it('signs in and out; a wrong password is refused in Chinese', async () => {
    const c = w.client();
    expect((await c.get('/api/auth/me')).body.user).toBeNull();
    const bad = await c.post('/api/auth/login', { username: 'prep', password: 'wrong' });
    expect(bad.status).toBe(401);
    expect(bad.body.error).toBe('用户名或密码错误');
    const p = await w.login('prep');
    const me = await p.get('/api/auth/me');
    expect(me.body.user).toMatchObject({ username: 'prep', role: 'preparer', departmentId: w.ids.union });
    expect(me.body.csrf).toBe(p.csrf);
    expect((await p.post('/api/auth/logout')).status).toBe(200);
    expect((await p.get('/api/auth/me')).body.user).toBeNull();
  });

  it('session cookie is HttpOnly and SameSite', async () => {
    const res = await w.client().post('/api/auth/login', { username: 'rev', password: 'Test-password-2026' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('takes a disclosure from draft to published, with comments, a return and a resubmission', async () => {
    const prep = await w.login('prep');
    const rev = await w.login('rev');
    const created = await prep.post('/api/disclosures', { year: 2026 });
    expect(created.status).toBe(200);
    const id = created.body.id as number;
    let d = (await prep.get(`/api/disclosures/${id}`)).body;
    expect(d).toMatchObject({ status: 'draft', department_name: '泽州县总工会', revision: 1 });

    // Import the example facts file as a new revision.
    const imported = await prep.post(`/api/disclosures/${id}/import`, upload('zezhou-2026.facts.yaml', EXAMPLE, 'file', { version: String(d.version) }));
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.revision).toBe(2);
    d = (await prep.get(`/api/disclosures/${id}`)).body;
    expect(d.facts.department.duties).toContain('中国工会章程');
    const f = await prep.get(`/api/disclosures/${id}/findings`);
    const mapping = f.body.findings.filter((x: { ruleId: string }) => x.ruleId === 'class-economic-mapping');
    expect(mapping.length).toBeGreaterThan(0);

    // Fix the finding: 绩效工资 maps to 工资奖金津补贴.
    const facts = structuredClone(d.facts);
    const line = facts.basicEconomic.find((l: { name: string }) => l.name === '绩效工资');
    line.government = '工资奖金津补贴';
    const saved = await prep.put(`/api/disclosures/${id}/facts`, { version: d.version, facts, note: '修正经济分类' });
    expect(saved.status).toBe(200);
    const after = await prep.get(`/api/disclosures/${id}/findings`);
    expect(after.body.findings.filter((x: { ruleId: string }) => x.ruleId === 'class-economic-mapping')).toHaveLength(mapping.length - 1);

    // Diff between revisions 2 and 3 names exactly the changed field.
    const diff = await prep.get(`/api/disclosures/${id}/diff?from=2&to=3`);
    expect(diff.body.changes).toEqual([{ path: `basicEconomic[${facts.basicEconomic.indexOf(line)}].government`, kind: 'changed', before: '工资福利支出', after: '工资奖金津补贴' }]);

    // Submit; the reviewer comments on a row and returns it.
    d = (await prep.get(`/api/disclosures/${id}`)).body;
    expect((await prep.post(`/api/disclosures/${id}/submit`, { version: d.version })).body.status).toBe('submitted');
    expect((await prep.put(`/api/disclosures/${id}/facts`, { version: d.version + 1, facts })).status).toBe(409);
    const queue = await rev.get('/api/review/queue?status=submitted');
    expect(queue.body.items.map((x: { id: number }) => x.id)).toContain(id);
    expect(queue.body.counts.submitted).toBeGreaterThanOrEqual(1);
    const comment = await rev.post(`/api/disclosures/${id}/comments`, { target: 'row:t3:2012901', body: '行政运行支出比上年增幅较大，请在说明中写明原因' });
    expect(comment.status).toBe(200);
    d = (await rev.get(`/api/disclosures/${id}`)).body;
    expect((await rev.post(`/api/disclosures/${id}/return`, { version: d.version })).status).toBe(400);
    expect((await rev.post(`/api/disclosures/${id}/return`, { version: d.version, message: '请补充增减原因' })).body.status).toBe('returned');

    // The preparer fixes and resubmits; the reviewer approves and publishes.
    d = (await prep.get(`/api/disclosures/${id}`)).body;
    expect(d.comments.map((x: { body: string }) => x.body)).toEqual(['行政运行支出比上年增幅较大，请在说明中写明原因', '请补充增减原因']);
    const fixed = { ...d.facts, reasons: { ...(d.facts.reasons ?? {}), expenditure: '主要是人员调资增加' } };
    const s2 = await prep.put(`/api/disclosures/${id}/facts`, { version: d.version, facts: fixed });
    expect(s2.status).toBe(200);
    expect((await prep.post(`/api/disclosures/${id}/submit`, { version: s2.body.version })).status).toBe(200);
    expect((await prep.post(`/api/disclosures/${id}/approve`, { version: s2.body.version + 1 })).status).toBe(403);
    expect((await rev.post(`/api/disclosures/${id}/approve`, { version: s2.body.version + 1 })).body.status).toBe('approved');
    expect((await rev.post(`/api/disclosures/${id}/publish`, { version: s2.body.version + 2 })).body.status).toBe('published');

    // The public finds it by search and downloads it without the draft mark.
    const anon = w.client();
    const listed = await anon.get('/api/public/disclosures?q=总工会');
    const pub = listed.body.items.find((x: { disclosure_id: number }) => x.disclosure_id === id);
    expect(pub).toMatchObject({ department_name: '泽州县总工会', region_name: '泽州县', year: 2026 });
    expect(pub.summary.total).toBe('6502400.00');
    expect((await anon.get('/api/public/disclosures?q=不存在的词语')).body.items).toHaveLength(0);
    const html = await anon.get(`/api/public/disclosures/${pub.id}/download/html`);
    expect(html.status).toBe(200);
    expect(html.body).not.toContain('仅供内部审核');
    const draftHtml = await prep.get(`/api/disclosures/${id}/download/html`);
    expect(draftHtml.body).toContain('仅供内部审核');
    // Publishing queued a background render of every download format, stored once for all servers.
    await w.services.jobs.idle();
    if (target === 'sqlite') {
      const stored = await w.services.db.selectFrom('blobs').select(['owner', 'bytes']).where('owner', 'like', 'render:%').execute();
      expect(stored.map((b) => b.owner.replace(/r\d+/, 'r#')).sort()).toEqual(['render:r#-final.docx', 'render:r#-final.html', 'render:r#-final.pdf', 'render:r#-final.xlsx']);
    }
    const pdf = await anon.get(`/api/public/disclosures/${pub.id}/download/pdf`);
    expect(Buffer.from(pdf.body as Uint8Array).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers.get('content-disposition')).toContain(encodeURIComponent('泽州县总工会'));
    const json = await anon.get(`/api/public/disclosures/${pub.id}/download/json`);
    expect(json.body.department.name).toBe('泽州县总工会');
    expect(json.body.draft).toBe(false);
    const csv = await anon.get(`/api/public/disclosures/${pub.id}/download/csv`);
    expect(csv.body).toContain('"表三","2026年预算支出总表","万元","2012901","行政运行","合计","306.42"');

    // History: revisions and an audit trail of who did what.
    const revisions = await prep.get(`/api/disclosures/${id}/revisions`);
    expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([4, 3, 2, 1]);
    const history = await prep.get(`/api/disclosures/${id}/history`);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(['disclosure-created', 'revision-saved', 'submit', 'return', 'approve', 'publish', 'comment']));
  });

  it('sums a region and compares a department across years', async () => {
    const anon = w.client();
    const facets = await anon.get('/api/public/facets');
    expect(facets.body.regions.map((r: { name: string }) => r.name)).toContain('泽州县');
    const overview = await anon.get(`/api/public/regions/${w.ids.zezhou}/overview`);
    expect(overview.body.total).toBe('6502400.00');
    expect(overview.body.byClass).toEqual([{ code: '201', name: '一般公共服务支出', amount: '6502400.00' }]);
    const years = await anon.get(`/api/public/departments/${w.ids.union}/years`);
    expect(years.body.map((y: { year: number }) => y.year)).toEqual([2026]);
  });

  it('starts next year from last year and publishes a new version without losing the old one', async () => {
    const prep = await w.login('prep');
    const next = await prep.post('/api/disclosures', { year: 2027, from: 'previous' });
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    const d = (await prep.get(`/api/disclosures/${next.body.id}`)).body;
    expect(d.facts.department.year).toBe(2027);
    expect(d.facts.expenditure).toHaveLength(2);
    expect((await prep.post('/api/disclosures', { year: 2027 })).status).toBe(409);
  });

  it('documents the API', async () => {
    const doc = await w.client().get('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    for (const path of ['/api/auth/login', '/api/disclosures/{id}/facts', '/api/public/disclosures', '/api/audits', '/api/review/queue']) expect(Object.keys(doc.body.paths)).toContain(path);
    const page = await w.client().get('/api/docs');
    expect(page.body).toContain('/api/public/disclosures');
  });

  it('validates requests with clear Chinese errors', async () => {
    const prep = await w.login('prep');
    const bad = await prep.post('/api/disclosures', { year: 'next' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^请求不正确：year/);
    const id = (await prep.get('/api/disclosures')).body.items[0].id;
    const d = (await prep.get(`/api/disclosures/${id}`)).body;
    const invalid = await prep.put(`/api/disclosures/${id}/facts`, { version: d.version, facts: { ...d.facts, expenditure: [{ code: '201', name: 'x' }] } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.issues[0].path).toMatch(/^expenditure\[0\]/);
  });
});
