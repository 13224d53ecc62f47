import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { world, type World } from './harness.js';

describe('two editors of one disclosure', () => {
  let w: World;
  beforeAll(async () => {
    w = await world('sqlite');
  });
  afterAll(async () => w?.close());

  it('refuses the second save with a clear message and loses nothing', async () => {
    const first = await w.login('prep');
    const id = (await first.post('/api/disclosures', { year: 2026 })).body.id;
    const second = await w.login('prep');
    const a = (await first.get(`/api/disclosures/${id}`)).body;
    const b = (await second.get(`/api/disclosures/${id}`)).body;
    expect(a.version).toBe(b.version);
    const saveA = await first.put(`/api/disclosures/${id}/facts`, { version: a.version, facts: { ...a.facts, department: { ...a.facts.department, duties: '甲写的职责' } } });
    expect(saveA.status).toBe(200);
    const saveB = await second.put(`/api/disclosures/${id}/facts`, { version: b.version, facts: { ...b.facts, department: { ...b.facts.department, duties: '乙写的职责' } } });
    expect(saveB.status).toBe(409);
    expect(saveB.body.error).toMatch(/保存被拒绝.*王编制.*本次未保存/);
    expect(saveB.body.currentVersion).toBe(saveA.body.version);
    const now = (await second.get(`/api/disclosures/${id}`)).body;
    expect(now.facts.department.duties).toBe('甲写的职责');
    // The second editor reloads and saves on top: both edits are now in the history.
    const retry = await second.put(`/api/disclosures/${id}/facts`, { version: now.version, facts: { ...now.facts, department: { ...now.facts.department, duties: '乙写的职责' } } });
    expect(retry.status).toBe(200);
    const revisions = (await first.get(`/api/disclosures/${id}/revisions`)).body;
    expect(revisions.map((r: { number: number }) => r.number)).toEqual([3, 2, 1]);
  });

  it('lets exactly one of many simultaneous saves through', async () => {
    const c = await w.login('prep');
    const id = (await c.post('/api/disclosures', { year: 2030 })).body.id;
    const d = (await c.get(`/api/disclosures/${id}`)).body;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => c.put(`/api/disclosures/${id}/facts`, { version: d.version, facts: { ...d.facts, department: { ...d.facts.department, duties: `版本${i}` } } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect((await c.get(`/api/disclosures/${id}/revisions`)).body).toHaveLength(2);
  });
});
