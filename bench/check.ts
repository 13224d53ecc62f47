// Check speed on the seed: in-process import + check, and the whole CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { importText } from '../src/import/text/index.js';
import { checkDocument } from '../src/rules/engine/run.js';
import { time } from './util.js';

export const SEED = 'test/fixtures/seed/zezhou-2026.txt';

export function benchCheck(): void {
  const text = readFileSync(SEED, 'utf8');
  for (let i = 0; i < 20; i++) checkDocument(importText(text)); // warm up the JIT
  const importMs = time(200, () => importText(text));
  const doc = importText(text);
  const checkMs = time(200, () => checkDocument(doc));
  const bothMs = time(200, () => checkDocument(importText(text)));
  const cli = time(10, () => {
    const r = spawnSync(process.execPath, ['dist/cli/main.js', 'check', SEED, '--format', 'json'], { encoding: 'utf8' });
    if (r.status === 2) throw new Error(r.stderr);
  });
  console.log('\n检查（示例文件：泽州县总工会 2026，13 张表）');
  console.log(`  导入（文本 → 文档模型），200 次中位数：  ${importMs.toFixed(2)} ms`);
  console.log(`  全部规则检查，200 次中位数：            ${checkMs.toFixed(2)} ms`);
  console.log(`  导入 + 检查（进程内），中位数：          ${bothMs.toFixed(2)} ms   （目标 < 20 ms）`);
  console.log(`  整个命令行（node dist/cli/main.js），10 次中位数：${cli.toFixed(0)} ms`);
}
