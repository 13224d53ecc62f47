import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, planOutput, readInputSync, refuseOverlap, scanInputs, writeOutput } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-files-'));
const file = (name: string, content: string | Uint8Array = '2026年部门预算\n') => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect((e as Error).name).toBe('GongkaiError');
    return (e as Error).message;
  }
  throw new Error('not refused');
};
const read = (p: string) => readInputSync(p, { what: '文件', limit: LIMITS.text });

describe('the input gate', () => {
  it('reads a regular file, also through a link, and says where it really is', () => {
    const p = file('a.txt', '预算');
    symlinkSync(p, join(dir, 'a-link.txt'));
    const r = read(join(dir, 'a-link.txt'));
    expect(r.bytes.toString()).toBe('预算');
    expect(r.file.real).toBe(p);
  });
  it('refuses devices, FIFOs and folders without opening them', () => {
    expect(refusal(() => read('/dev/zero'))).toBe('文件“/dev/zero”是设备文件，不是普通文件，已拒绝读取');
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(refusal(() => read(fifo))).toContain('是命名管道（FIFO）');
    expect(refusal(() => read(dir))).toContain('是目录，不是文件');
  });
  it('names a missing file, a dangling link and a link loop', () => {
    expect(refusal(() => read(join(dir, 'nope.txt')))).toContain('找不到文件');
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    expect(refusal(() => read(join(dir, 'dangling.txt')))).toContain('是断开的符号链接');
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    expect(refusal(() => read(join(dir, 'loop-a.txt')))).toContain('符号链接形成了循环');
  });
  it('refuses a file over its limit before reading it', () => {
    const big = file('big.txt', Buffer.alloc(2048, 'a'));
    expect(refusal(() => readInputSync(big, { what: '参考科目表', limit: { bytes: 1024, name: '测试文件' } }))).toMatch(/参考科目表“.*big.txt”有 1 MB，超过测试文件 1 MB 的上限/);
  });
  it('chooses the limit from the first bytes', () => {
    const pdf = file('x.txt', '%PDF-1.7 …');
    const seen: string[] = [];
    readInputSync(pdf, { limit: (head) => (seen.push(Buffer.from(head).toString('latin1')), LIMITS.pdf) });
    expect(seen).toEqual(['%PDF-1.7']);
  });
});

describe('outputs never harm an input', () => {
  const input = file('in.pdf', '%PDF-1.7 原件');
  it('refuses the same path, a symbolic link and a hard link to an input', () => {
    expect(refusal(() => refuseOverlap([planOutput(input, '报告')], [input]))).toMatch(/^报告“.*in.pdf”就是输入文件/);
    symlinkSync(input, join(dir, 'to-in.pdf'));
    expect(refusal(() => refuseOverlap([planOutput(join(dir, 'to-in.pdf'), '标注 PDF')], [input]))).toContain('经符号链接指向输入文件');
    linkSync(input, join(dir, 'hard.pdf'));
    expect(refusal(() => refuseOverlap([planOutput(join(dir, 'hard.pdf'), '报告')], [input]))).toContain('是同一个文件（硬链接）');
    expect(readFileSync(input, 'utf8')).toBe('%PDF-1.7 原件');
  });
  it('refuses two outputs that are one file, a folder, a dangling link and a missing folder', () => {
    const out = join(dir, 'same.json');
    expect(refusal(() => refuseOverlap([planOutput(out, '报告'), planOutput(out, 'Excel 汇总表')], []))).toContain('是同一个文件');
    expect(refusal(() => planOutput(dir, '报告'))).toContain('这是一个目录');
    symlinkSync(join(dir, 'nowhere', 'x'), join(dir, 'dangling-out.json'));
    expect(refusal(() => planOutput(join(dir, 'dangling-out.json'), '报告'))).toContain('断开的符号链接');
    expect(refusal(() => planOutput(join(dir, 'no-folder', 'r.json'), '报告'))).toContain('所在目录');
  });
  it('replaces a file whole, keeping its permissions and a link pointing at it', () => {
    const target = file('report.txt', '旧报告');
    chmodSync(target, 0o640);
    symlinkSync(target, join(dir, 'report-link.txt'));
    writeOutput(planOutput(join(dir, 'report-link.txt'), '报告'), '新报告');
    expect(readFileSync(target, 'utf8')).toBe('新报告');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(dir, 'report-link.txt'), 'utf8')).toBe('新报告');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
  it('writes to a device the user names (/dev/null) directly', () => {
    expect(() => writeOutput(planOutput('/dev/null', '报告'), 'x')).not.toThrow();
  });
  it('names the write that failed when the disk is full (/dev/full)', () => {
    expect(refusal(() => writeOutput(planOutput('/dev/full', '报告'), 'x'))).toBe('写入报告“/dev/full”失败：磁盘空间不足。没有留下不完整的文件');
  });
});

describe('folder scans', () => {
  const root = join(dir, 'scan');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'a.txt'), '1');
  writeFileSync(join(root, 'sub', 'b.pdf'), '2');
  writeFileSync(join(root, 'notes.md'), '3');
  symlinkSync('..', join(root, 'sub', 'up'));
  symlinkSync(join(root, 'sub'), join(root, 'again'));
  symlinkSync(join(root, 'sub'), join(root, 'again2'));
  symlinkSync('gone.pdf', join(root, 'dangling.pdf'));
  symlinkSync('c.txt', join(root, 'loop.txt'));
  symlinkSync('loop.txt', join(root, 'c.txt'));
  symlinkSync(join(root, 'a.txt'), join(root, 'z-same.txt'));
  const accept = (name: string) => /\.(txt|pdf)$/.test(name);
  it('enters each real folder once, keeps bad links for their own row, and lists a file once', () => {
    const paths = scanInputs([root], { accept }).map((e) => e.path.slice(root.length + 1));
    expect(paths).toEqual(['a.txt', 'c.txt', 'dangling.pdf', 'loop.txt', 'sub/b.pdf']);
  });
  it('stops at a file count and says so', () => {
    const entries = scanInputs([root], { accept, maxFiles: 2 });
    expect(entries.filter((e) => !e.problem)).toHaveLength(2);
    expect(entries.at(-1)?.problem).toContain('文件超过 2 个');
  });
});
