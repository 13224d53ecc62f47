import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.js';
import { formatIn } from '../money/index.js';
import { formatPercent } from '../money/percent.js';
import type { Claim } from '../model/claims.js';

const meta = { department: '泽州县总工会' };
const claims = (s: string) => extractClaims(s, { line: 1 }, meta);
const brief = (c: Claim) => {
  switch (c.type) {
    case 'amount':
      return `amount ${c.subject}=${formatIn(c.value, '万元', 2)}`;
    case 'change':
      return `change ${c.subject} ${c.direction} ${c.amount ? formatIn(c.amount, '万元', 2) : ''} ${c.percent ? formatPercent(c.percent) : ''} base=${c.base}`;
    case 'share':
      return `share ${c.subject} ${formatPercent(c.percent)} of ${c.of}`;
    case 'count':
      return `count ${c.subject}=${c.count}${c.amount ? ' ' + formatIn(c.amount, '万元', 2) : ''}`;
    case 'list':
      return `list ${c.subject}: ${c.items.join('|')}${c.open ? ' 等' : ''}`;
    case 'name':
      return `name ${c.name}`;
  }
};

describe('extractClaims', () => {
  it('reads totals, parts and a year-on-year change with its subject', () => {
    expect(claims('2026年度泽州县总工会预算收入总计650.24万元，其中：本年收入650.24万元，上年结转0万元，比上年增加127.27万元，增长24.34%，主要原因是本年专项经费增加。').map(brief)).toEqual([
      'amount 预算收入总计=650.24',
      'amount 本年收入=650.24',
      'amount 上年结转=0.00',
      'change 预算收入总计 增加 127.27 24.34% base=上年',
    ]);
  });
  it('reads shares of the sentence head', () => {
    expect(claims('支出预算650.24万元，其中：基本支出330.24万元，占50.79%；项目支出320万元，占49.21%。').map(brief)).toEqual([
      'amount 支出预算=650.24',
      'amount 基本支出=330.24',
      'share 基本支出 50.79% of 支出预算',
      'amount 项目支出=320.00',
      'share 项目支出 49.21% of 支出预算',
    ]);
  });
  it('reads a change against a named year and a decrease', () => {
    expect(claims('本部门2026年所属1家行政单位机关运行经费财政拨款预算14.63万元,比2025年预算减少1.05万元,减少7.18%。').map(brief)).toEqual([
      'amount 机关运行经费财政拨款预算=14.63',
      'change 机关运行经费财政拨款预算 减少 1.05 7.18% base=2025年预算',
    ]);
  });
  it('reads enumerated lists with their subject', () => {
    expect(claims('人员经费315.61万元,主要包括:基本工资、津贴补贴、奖金等;').map(brief)).toEqual(['list 人员经费: 基本工资|津贴补贴|奖金 等', 'amount 人员经费=315.61']);
  });
  it('reads counts with their amounts and explicit share bases', () => {
    expect(claims('纳入绩效目标管理的二级项目5个，共计金额320.00万元。公开项目绩效目标5个，涉及项目金额320.00万元，占部门（单位）项目支出总额的100%。').map(brief)).toEqual([
      'count 纳入绩效目标管理的二级项目=5 320.00',
      'amount 纳入绩效目标管理的二级项目=320.00',
      'count 公开项目绩效目标=5 320.00',
      'amount 公开项目绩效目标=320.00',
      'share 公开项目绩效目标 100% of 部门(单位)项目支出总额',
    ]);
  });
  it('marks functional class names used to describe spending', () => {
    expect(claims('主要用于以下方面:一般公共服务支出650.24万元,占100.00%等。').map(brief)).toContain('name 一般公共服务支出');
  });
  it('keeps the source span of each amount', () => {
    const c = claims('基本支出330.24万元。').find((x) => x.type === 'amount')!;
    expect(c.source.span).toEqual([4, 12]); // "330.24万元"
  });
});

describe('completion rates of a 决算', () => {
  it('reads "完成年初预算的X%" as the 决算 figure over the 预算 figure', () => {
    expect(claims('一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。').map(brief)).toContain('share 支出决算为 98.20% of 一般公共预算财政拨款支出年初预算为');
  });
});

describe('changes written as 与…相比', () => {
  it('reads the subject, its stated current figure and the change', () => {
    const c = extractClaims('上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。', { line: 1 }, { department: '上海市普陀区财政局' });
    expect(c.map(brief)).toEqual([
      'amount 收入支出总计=2995.39',
      'change 收入支出总计 减少 56.95 1.87% base=2023年度',
    ]);
    expect(c[1].type === 'change' && c[1].current && formatIn(c[1].current, '万元', 2)).toBe('2995.39');
  });
});
