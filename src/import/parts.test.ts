import { describe, expect, it } from 'vitest';
import { importText } from './text/index.js';
import { joinParts } from './parts.js';
import { checkDocument } from '../rules/engine/run.js';

const HEAD = '泽州县测试局\n2026年度部门预算公开\n';
const narrative = importText(HEAD + '第一部分 情况说明\n一、收支预算总体情况\n2026年收入预算合计10.00万元，支出预算合计10.00万元。\n', { file: '说明.txt' });
const tables = importText(HEAD + '2026年部门收支预算总表\n单位：万元\n' + ['项目\t预算数\t项目\t预算数', '一般公共预算拨款收入\t10.00\t一般公共服务支出\t10.00', '本年收入合计\t10.00\t本年支出合计\t10.00'].join('\n') + '\n', { file: '报表.txt' });

describe('joinParts', () => {
  it('reads the parts of one disclosure as one document, each place keeping its file', () => {
    const doc = joinParts([narrative, tables]);
    expect(doc.tables.map((t) => t.source.file)).toEqual(['报表.txt']);
    expect(doc.sections.map((s) => s.source.file)).toEqual(['说明.txt']);
    expect(doc.meta.profileReason).toMatch(/^2 个文件合为一份公开文件检查/);
    expect(new Set([...doc.tables.map((t) => t.id), ...narrative.tables.map((t) => t.id)]).size).toBe(doc.tables.length + narrative.tables.length);
  });
  it('no longer reports a narrative-only part as missing its tables', () => {
    const alone = checkDocument(narrative).filter((f) => f.ruleId === 'completeness-required-tables');
    expect(alone.map((f) => f.actual)).toEqual(['本文件只有说明，没有报表']);
    const whole = checkDocument(joinParts([narrative, tables])).filter((f) => f.ruleId === 'completeness-required-tables');
    expect(whole.every((f) => f.actual !== '本文件只有说明，没有报表')).toBe(true);
  });
  it('refuses parts of different years or kinds, and a single part', () => {
    const other = importText('泽州县测试局\n2025年度部门预算公开\n', { file: 'b.txt' });
    expect(() => joinParts([narrative, other])).toThrow(/年度不同/);
    expect(() => joinParts([narrative])).toThrow(/至少两个文件/);
  });
});
