import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTextBuffer } from '../../import/text/index.js';
import { checkDocument } from '../engine/run.js';
import { COMPLETENESS_RULES } from './index.js';

const file = 'test/fixtures/seed/zezhou-2026.txt';
const doc = importTextBuffer(readFileSync(new URL('../../../test/fixtures/seed/zezhou-2026.txt', import.meta.url)), { file });
const findings = checkDocument(doc, { rules: COMPLETENESS_RULES });

describe('completeness rules on the 泽州县总工会 2026 seed', () => {
  it('has all 13 tables, all required sections, empty-table notes and a TOC matching the body', () => {
    for (const id of ['completeness-required-tables', 'completeness-required-sections', 'completeness-empty-table-note', 'completeness-toc'])
      expect(findings.filter((f) => f.ruleId === id)).toEqual([]);
  });
  it('reports the 仅供内部审核 watermark and the lost 整体支出绩效目标 form', () => {
    expect(findings.map((f) => [f.ruleId, f.severity, f.locations[0].line])).toEqual([
      ['completeness-unplaced', 'warning', 420],
      ['completeness-draft-mark', 'info', 3], // the first 仅供内部审核 line
    ]);
    expect(findings[0].message).toContain('整体支出绩效目标申报表');
  });
});
