// Full-disk cases for `npm run bench:hostile`: a small tmpfs, nearly full, holding an older report and an
// older annotated PDF. Needs root (mount); skipped with a note otherwise. The test suite mocks the write instead.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from './hostile-corpus.js';

export function fullDiskCases(dir: string): { cases: HostileCase[]; cleanup: () => void } {
  const disk = join(dir, 'full-disk');
  mkdirSync(disk);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', disk], { stdio: 'ignore' });
  } catch {
    console.log('（没有权限挂载 tmpfs，跳过磁盘已满的用例；测试中以模拟写入失败代替）');
    return { cases: [], cleanup: () => {} };
  }
  const cleanup = () => execFileSync('umount', ['-l', disk], { stdio: 'ignore' });
  writeFileSync(join(disk, 'report.html'), '<p>上次的报告</p>');
  writeFileSync(join(disk, '标注.pdf'), '%PDF-1.7 上次的标注副本');
  const s = statfsSync(disk);
  writeFileSync(join(disk, 'filler'), Buffer.alloc(Math.max(0, Number(s.bavail * s.bsize) - 8192)));
  const p = (name: string) => join(dir, name);
  const cases: HostileCase[] = [
    { name: 'disk-full-report', what: '磁盘已满时覆盖旧报告', argv: ['check', p('seed.txt'), '--format', 'html', '-o', join(disk, 'report.html')], codes: [2], err: /写入报告.*失败：磁盘空间不足。原有的文件保持不变/ },
    { name: 'disk-full-annotate', what: '磁盘已满时覆盖旧的标注 PDF', argv: ['check', p('in.pdf'), '--annotate', join(disk, '标注.pdf')], codes: [2], err: /写入标注 PDF.*失败：磁盘空间不足。原有的文件保持不变/ },
    { name: 'disk-full-render', what: '磁盘已满时 render', argv: ['render', p('facts.yaml'), '-o', join(disk, 'render')], codes: [2], err: /失败：磁盘空间不足/ },
  ];
  return { cases, cleanup };
}
