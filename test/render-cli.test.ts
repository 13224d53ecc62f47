import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRender } from '../src/cli/render.js';

const out = mkdtempSync(join(tmpdir(), 'gongkai-render-'));

describe('gongkai render', () => {
  it('derives the example, checks it clean and writes HTML', async () => {
    const r = await runRender('examples/zezhou-2026.facts.yaml', ['html'], out, { draft: true });
    expect(r.errors).toBe(0);
    expect(r.files).toHaveLength(1);
    const html = readFileSync(r.files[0], 'utf8');
    expect(html).toContain('2026年预算支出总表');
    expect(html).toContain('仅供内部审核');
  });
  it('refuses an unknown format and a broken facts file in Chinese', async () => {
    await expect(runRender('examples/zezhou-2026.facts.yaml', ['odt' as 'html'], out)).rejects.toThrow(/不支持的输出格式/);
    await expect(runRender('README.md', ['html'], out)).rejects.toThrow(/[\u4e00-\u9fff]/);
  });
});
