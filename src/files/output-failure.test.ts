import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A disk that fills up in the middle of a write: the first chunk goes through, the next fails with ENOSPC.
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const writeSync = ((fd: number, data: Uint8Array, off: number, len: number) => {
    if (!disk.full) return fs.writeSync(fd, data, off, len);
    if (len > 4) return fs.writeSync(fd, data, off, 4);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  }) as unknown as typeof fs.writeSync;
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

const { planOutput, writeOutput } = await import('./output.js');

describe('a write that fails half-way', () => {
  it('leaves the older copy whole, no partial file, and names the write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-full-'));
    const old = join(dir, '标注.pdf');
    writeFileSync(old, '%PDF-1.7 上次的标注副本');
    disk.full = true;
    try {
      expect(() => writeOutput(planOutput(old, '标注 PDF'), Buffer.alloc(4096, 1))).toThrow(`写入标注 PDF“${old}”失败：磁盘空间不足。原有的文件保持不变`);
      expect(() => writeOutput(planOutput(join(dir, 'new.json'), '报告'), '{"a":1}')).toThrow('没有留下不完整的文件');
    } finally {
      disk.full = false;
    }
    expect(readFileSync(old, 'utf8')).toBe('%PDF-1.7 上次的标注副本');
    expect(readdirSync(dir)).toEqual(['标注.pdf']);
  });
});
