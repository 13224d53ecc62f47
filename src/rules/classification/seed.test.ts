import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTextBuffer } from '../../import/text/index.js';
import { checkDocument } from '../engine/run.js';
import { CLASSIFICATION_RULES } from './index.js';

const file = 'test/fixtures/seed/zezhou-2026.txt';
const doc = importTextBuffer(readFileSync(new URL('../../../test/fixtures/seed/zezhou-2026.txt', import.meta.url)), { file });
const findings = checkDocument(doc, { rules: CLASSIFICATION_RULES });

describe('classification rules on the 泽州县总工会 2026 seed', () => {
  it('accepts the functional codes (201 → 20129 → 2012901/2012999) and the economic names and columns', () => {
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('only asks to check 绩效工资 → “工资福利支出” (a 类 name, or a 505 款 for 事业单位)', () => {
    expect(findings.map((f) => [f.ruleId, f.severity, f.locations[0].row, f.actual])).toEqual([['class-economic-mapping', 'info', '绩效工资', '工资福利支出']]);
  });
});
