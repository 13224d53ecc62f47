import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus, snapshot } from '../bench/hostile-corpus.js';
import { run } from '../src/cli/program.js';

// Every probe of issue 9, small: exit code, message, and every file of the corpus unchanged afterwards.
// Their full-size versions, with time and memory, are in `npm run bench:hostile`.
const dir = mkdtempSync(join(tmpdir(), 'gongkai-hostile-'));
const cases = await makeCorpus(dir, 'test');

describe('hostile and careless inputs', () => {
  for (const c of cases.filter((x) => !x.processOnly))
    it(`${c.name}: ${c.what}`, async () => {
      const before = snapshot(dir);
      let out = '';
      let err = '';
      const code = await run(c.argv, { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false });
      expect(c.codes, `exit ${code}: ${err.slice(0, 300)}`).toContain(code);
      expect(err).not.toMatch(/内部错误|at .*\.[jt]s:\d+/);
      if (c.err) expect(err).toMatch(c.err);
      if (c.out) expect(out).toMatch(c.out);
      if (c.maxOut) expect(out.length).toBeLessThan(c.maxOut);
      if (c.noEscapes) expect(out.includes('\u001b') || out.includes('\u0007')).toBe(false);
      const after = snapshot(dir);
      for (const [path, hash] of before) expect(after.get(path), path).toBe(hash);
    });
});
