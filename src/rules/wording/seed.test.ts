import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTextBuffer } from '../../import/text/index.js';
import { checkDocument } from '../engine/run.js';
import { WORDING_RULES } from './index.js';

const file = 'test/fixtures/seed/zezhou-2026.txt';
const doc = importTextBuffer(readFileSync(new URL('../../../test/fixtures/seed/zezhou-2026.txt', import.meta.url)), { file });
const findings = checkDocument(doc, { rules: WORDING_RULES });
const pinned = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => [f.severity, f.locations.map((l) => `${l.label}@${l.line}`).join(' + '), f.actual]);

describe('wording rules on the 泽州县总工会 2026 seed', () => {
  it('flags the 省直部门 template leftover in the glossary', () => {
    expect(pinned('wording-admin-level')).toEqual([['warning', '名词解释 › “三公”经费@652', '省直部门']]);
  });
  it('flags the 2021 送温暖 notice and its "最新文件未下达" note', () => {
    expect(pinned('wording-stale-year')).toEqual([['warning', '绩效目标表“送温暖经费” › 立项依据@535', '2021年']]);
    expect(pinned('wording-pending-notice')).toEqual([['warning', '绩效目标表“送温暖经费” › 立项依据@535', '最新文件未下达']]);
  });
  it('flags 总工发〔2003〕26号 vs 25号 and the two titles of 晋工发〔2006〕54号', () => {
    const f = findings.filter((x) => x.ruleId === 'wording-doc-number-conflict');
    expect(f.map((x) => [x.severity, x.locations.map((l) => `${l.form}@${l.line}`)])).toEqual([
      ['error', ['工会经费@452', '上解2025年上级工会经费@502']],
      ['warning', ['工会经费@452', '上解2025年上级工会经费@502']],
    ]);
    expect(f[0].message).toContain('总工发【2003】26号');
    expect(f[0].message).toContain('总工发【2003】25号');
    expect(f[1].message).toContain('54号');
  });
  it('reports every 【】 文号 once per field', () => {
    expect(pinned('wording-doc-number-brackets').map(([, where, actual]) => `${where} ${actual}`)).toEqual([
      '绩效目标表“工会经费” › 立项依据@452 晋工发【2006】54号',
      '绩效目标表“工会经费” › 立项依据@452 总工发【2003】26号',
      '绩效目标表“工会经费” › 立项依据@452 泽办发【2005】7号',
      '绩效目标表“上解2025年上级工会经费” › 立项依据@502 总工发【2003】25号',
      '绩效目标表“上解2025年上级工会经费” › 立项依据@502 泽办发【2005】7号',
      '绩效目标表“送温暖经费” › 立项依据@535 晋市工办发【2020】10号',
      '绩效目标表“养老救助经费” › 项目概况@566 泽政办发【2010】23号',
      '绩效目标表“养老救助经费” › 立项依据@567 泽政办发【2010】23号',
      '绩效目标表“养老救助经费” › 项目实施计划@570 泽政办发【2010】23号',
    ]);
  });
  it('flags the repeated 养老救助 procedure and the 实施计划 copied from 立项依据', () => {
    const f = findings.filter((x) => x.ruleId === 'wording-duplicate-text');
    expect(f.map((x) => [x.message, x.locations.map((l) => l.line)])).toEqual([
      ['绩效目标表“养老救助经费” › 保证项目实施的制度、措施中有重复文字：一段167字的文字重复出现了两次', [569, 569]],
      ['绩效目标表“养老救助经费” › 项目实施计划中有重复文字：内容与“立项依据”栏相同', [570, 567]],
    ]);
  });
  it('finds nothing else', () => {
    expect(findings).toHaveLength(16);
  });
});
