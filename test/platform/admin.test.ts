import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload, world, type World } from './harness.js';

describe('administration and ZIP uploads', () => {
  let w: World;
  beforeAll(async () => {
    w = await world('sqlite');
  });
  afterAll(async () => w?.close());

  it('creates regions, departments and users with a one-time password; only admins may', async () => {
    const admin = await w.login('admin');
    const region = await admin.post('/api/admin/regions', { name: '陵川县' });
    expect(region.status).toBe(200);
    expect((await admin.post('/api/admin/regions', { name: '陵川县' })).status).toBe(409);
    const dep = await admin.post('/api/admin/departments', { regionId: region.body.id, name: '陵川县教育局', code: '041' });
    expect(dep.status).toBe(200);
    expect((await admin.post('/api/admin/users', { username: 'lc-prep', displayName: '孙编制', role: 'preparer' })).status).toBe(400);
    const user = await admin.post('/api/admin/users', { username: 'lc-prep', displayName: '孙编制', role: 'preparer', departmentId: dep.body.id });
    expect(user.body.password).toMatch(/^[A-Za-z0-9]{14}$/);
    const c = w.client();
    expect((await c.post('/api/auth/login', { username: 'lc-prep', password: user.body.password })).status).toBe(200);
    expect((await c.get('/api/auth/me')).body.user).toMatchObject({ role: 'preparer', departmentId: dep.body.id, regionId: region.body.id });
    // A disabled user's session ends at once.
    expect((await admin.post(`/api/admin/users/${user.body.id}/disable`, { disabled: true })).status).toBe(200);
    expect((await c.get('/api/auth/me')).body.user).toBeNull();
    const prep = await w.login('prep');
    for (const path of ['/api/admin/users', '/api/admin/regions', '/api/admin/audit-log']) expect((await prep.get(path)).status).toBe(403);
    const log = (await admin.get('/api/admin/audit-log')).body.map((e: { action: string }) => e.action);
    expect(log).toEqual(expect.arrayContaining(['region-created', 'department-created', 'user-created', 'user-disabled', 'login']));
  });

  it('opens a ZIP of disclosures and checks each file', async () => {
    const rev = await w.login('rev');
    const text = readFileSync(new URL('../fixtures/seed/zezhou-2026.txt', import.meta.url));
    const zip = zipSync({ '泽州/甲.txt': new Uint8Array(text), '泽州/乙.exe': new Uint8Array([0x4d, 0x5a, 0, 0]), '__MACOSX/._甲.txt': new Uint8Array([0]) });
    const batch = await rev.post('/api/audits', upload('两个文件.zip', zip, 'files'));
    expect(batch.status, JSON.stringify(batch.body)).toBe(200);
    expect(batch.body.files).toBe(2);
    await w.services.jobs.idle();
    const files = (await rev.get(`/api/audits/${batch.body.id}`)).body.files;
    expect(files.map((f: { file_name: string; status: string }) => [f.file_name, f.status])).toEqual([
      ['甲.txt', 'done'],
      ['乙.exe', 'failed'],
    ]);
    expect(files[1].error).toContain('乙.exe');
    expect((await rev.post('/api/audits', upload('坏的.zip', 'PK\u0003\u0004 broken', 'files'))).status).toBe(422);
  });
});
