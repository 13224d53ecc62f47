import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../model/errors.js';
import { importText } from '../text/index.js';
import { MAX_CHARS, MAX_LINES } from './index.js';

const seed = readFileSync(new URL('../../../test/fixtures/seed/zezhou-2026.txt', import.meta.url), 'utf8');

function refusal(text: string): GongkaiError | undefined {
  try {
    importText(text, { file: 'big.txt' });
  } catch (e) {
    if (e instanceof GongkaiError) return e;
    throw e;
  }
  return undefined;
}

describe('how much text the line reader takes', () => {
  it('refuses more lines with text than the limit, naming the file, the count and the limit', () => {
    const text = `${seed}\n${'201\t一般公共服务支出\t1.00\n'.repeat(MAX_LINES)}`;
    const e = refusal(text);
    expect(e?.code).toBe('too-much-text');
    expect(e?.message).toMatch(new RegExp(`文件“big\\.txt”有 ${text.split('\n').filter((l) => l.trim()).length} 行文字，超过 ${MAX_LINES} 行的上限`));
  });

  it('refuses more characters than the limit, even on one line', () => {
    const e = refusal(`${seed}\n${'长'.repeat(MAX_CHARS)}`);
    expect(e?.code).toBe('too-much-text');
    expect(e?.message).toMatch(new RegExp(`有 \\d+ 个字符的文字，超过 ${MAX_CHARS} 个的上限`));
  });

  it('counts neither blank lines nor the spaces around text', () => {
    const padded = seed.replace(/\n/g, `${' '.repeat(50)}\n`) + '\n'.repeat(MAX_LINES) + ' '.repeat(MAX_CHARS);
    expect(refusal(padded)).toBeUndefined();
  });
});
