import { describe, expect, it } from 'vitest';
import { claimsOnDemand, extractClaims, extractSectionClaims, type ClaimMeta } from './extract.js';
import { formatIn } from '../money/index.js';
import { formatPercent } from '../money/percent.js';
import type { Claim } from '../model/claims.js';
import type { Paragraph } from '../model/document.js';

const pct = (p: { digits: bigint; decimals: number }) => formatPercent(p);
const brief = (c: Claim): string => {
  switch (c.type) {
    case 'amount':
      return `amount ${c.subject}=${formatIn(c.value)}${c.value.unit}${c.period ? ' ' + c.period : ''}`;
    case 'change':
      return `change ${c.subject} ${c.direction}${c.amount ? ' ' + formatIn(c.amount) : ''}${c.percent ? ' ' + pct(c.percent) : ''} /${c.base}`;
    case 'share':
      return `share ${c.subject} ${pct(c.percent)} of ${c.of ?? '-'}`;
    case 'completion':
      return `completion ${c.subject} ${pct(c.percent)} /${c.base}`;
    case 'count':
      return `count ${c.subject}=${c.count}${c.unit ?? ''}${c.amount ? ' ' + formatIn(c.amount) : ''}`;
    case 'list':
      return `list ${c.subject}: ${c.items.join('|')}${c.open ? ' 等' : ''}`;
    case 'name':
      return `name ${c.name}`;
  }
};
const read = (s: string, meta: ClaimMeta = {}) => extractClaims(s, { line: 1 }, meta).filter((c) => c.type !== 'name').map(brief);
/** Claims of the last paragraph of a section, read in context. */
function inSection(heading: string, texts: string[], meta: ClaimMeta = {}): string[] {
  const paragraphs: Paragraph[] = texts.map((text) => ({ text, source: { line: 1 }, claims: [] }));
  extractSectionClaims({ heading, paragraphs }, meta);
  return paragraphs[paragraphs.length - 1].claims.filter((c) => c.type !== 'name').map(brief);
}

describe('a: current amount, change amount and rate', () => {
  it('reads the seed sentence with its list, binding the change to the total, not the last item', () => {
    expect(read('2026年度泽州县总工会预算收入总计650.24万元，其中：本年收入650.24万元，上年结转0万元，比上年增加127.27万元，增长24.34%，主要原因是本年专项经费增加。', { department: '泽州县总工会' })).toEqual([
      'amount 预算收入总计=650.24万元',
      'amount 本年收入=650.24万元',
      'amount 上年结转=0万元',
      'change 预算收入总计 增加 127.27 24.34% /上年',
    ]);
  });
  it('reads wrapped, spaced figures and a named year base', () => {
    expect(read('2026 年财政拨款“三公”经费预算 223.80 万元，比 2025年财政拨款“三公”经费年初预算减少 32.23 万元，下降12.59%，主要原因：落实过紧日子要求。')).toEqual([
      'amount 三公经费=223.80万元',
      'change 三公经费 减少 32.23 12.59% /2025年财政拨款“三公”经费年初预算',
    ]);
  });
  it('reads one figure that states two lines ("收、支总计各增加")', () => {
    expect(read('国家信访局 2024 年度收、支总计 22066.59 万元，与 2023 年相比，收、支总计各增加 5834.37 万元，增长 35.74%。')).toEqual([
      'amount 收入总计=22066.59万元',
      'amount 支出总计=22066.59万元',
      'change 收入总计 增加 5834.37 35.74% /2023年',
      'change 支出总计 增加 5834.37 35.74% /2023年',
    ]);
  });
  it('binds each change of a list to its own item, and an aside to the amount it follows', () => {
    expect(read('其中：因公出国（境）费22.06万元，比上年增加0万元，增长0%；公务用车购置及运行维护费210.95万元（公务用车购置费96万元，比上年减少76万元；公务用车运行维护费114.95万元，比上年减少19.5万元。）比上年减少95.5万元，下降31.2%。')).toEqual([
      'amount 因公出国(境)费=22.06万元',
      'change 因公出国(境)费 增加 0 0% /上年',
      'amount 公务用车购置及运行维护费=210.95万元',
      'amount 公务用车购置费=96万元',
      'change 公务用车购置费 减少 76 /上年',
      'amount 公务用车运行维护费=114.95万元',
      'change 公务用车运行维护费 减少 19.5 /上年',
      'change 公务用车购置及运行维护费 减少 95.5 31.2% /上年',
    ]);
  });
  it('reads a rate in parentheses and a change stated verb first in the reason', () => {
    expect(read('2022 年本部门预算收入较上年增加 6915.49 万元（10.2%），主要原因是今年预算中增加了对企业补助 13082 万元；')).toEqual([
      'change 预算收入 增加 6915.49 10.2% /上年',
      'change 对企业补助 增加 13082 /上年',
    ]);
  });
});

describe('b: prior and current stated, with a rate', () => {
  it('reads the prior inside the comparison', () => {
    expect(read('2026 年度收入预算 44169.36 万元，比 2025 年年初预算数 44021.20 万元增加 148.16 万元，增长 0.34%。', { year: 2026 })).toEqual([
      'amount 收入预算=44169.36万元',
      'amount 收入预算=44021.20万元 prior',
      'change 收入预算 增加 148.16 0.34% /2025年年初预算数',
    ]);
  });
  it('reads a prior execution figure, this year and a rate without a change amount', () => {
    const c = inSection('2024年单位预算编制说明', ['6. “住房保障支出（类）住房改革支出（款）住房公积金（项）”33.58万元，主要用于在职人员公积金缴费。', '2023年当年预算执行数为33.74万元，2024年预算安排33.58万元，比2023年预算执行数减少0.47%。'], { year: 2024 });
    expect(c).toEqual(['amount 住房公积金=33.74万元 prior', 'amount 住房公积金=33.58万元', 'change 住房公积金 减少 0.47% /2023年预算执行数']);
  });
});

describe('b: a prior stated after its change (wuxi-xinfangju-2025 p30)', () => {
  it('takes last year’s figure in the aside after the change as the change’s prior, on a zero base too', () => {
    const cs = extractClaims('2.信访事务（款）行政运行（项）支出307.15万元，与上年相比增加307.15万元（去年预算数为0万元，无法计算增减比率）。', { line: 1 }, { year: 2025 });
    const change = cs.find((c) => c.type === 'change');
    expect(change?.type === 'change' && change.prior && formatIn(change.prior)).toBe('0');
  });
});

describe('lists of enumerated paragraphs (shenzhen-fagaiwei-2026 p6)', () => {
  const section = (texts: string[]) => {
    const paragraphs: Paragraph[] = texts.map((text) => ({ text, source: { line: 1 }, claims: [] }));
    extractSectionClaims({ heading: '深圳市发展和改革委员会（本级）', paragraphs });
    return paragraphs.map((p) => p.claims.find((c) => c.type === 'amount'));
  };
  it('makes the items after "具体包括：" all the parts of the amount before it, until an enumerator of another style', () => {
    const [whole, a, b, next] = section(['（四）项目支出816.32万元，具体包括：', '1.党建活动6.50万元，主要用于基层党组织开展党建活动。', '2.发展改革综合管理业务809.82万元，主要用于文件资料编印。', '（五）增人增资30.00万元，主要用于满足单位在预算执行中的增人及晋级增资。']);
    expect(whole?.type === 'amount' && whole.heads?.length).toBe(1);
    for (const part of [a, b]) expect(part?.type === 'amount' && part.partOf).toMatchObject({ complete: true, of: '项目支出', enumerated: true });
    expect(next?.type === 'amount' && next.partOf).toBeFalsy();
  });
  it('takes the items after "其中：" as some of the parts only (a template lists other categories there; beijing-caizhengju-2026 p7)', () => {
    const [, a] = section(['（二）项目支出。项目支出预算16153.10万元，占本年支出预算36.57%。其中：', '1.事业单位经营支出0万元。']);
    expect(a?.type === 'amount' && a.partOf?.complete).toBe(false);
  });
});

describe('c: the subject or this year’s figure stands in the heading or the sentence before', () => {
  it('takes the item of the sentence before', () => {
    expect(inSection('3.一般公共预算当年拨款具体使用情况', ['（2）公共安全支出（类）公安（款）行政运行（项）260,448.73 万元，主要用于公安机关行政单位的基本支出。', '比上年执行数增加 8,799.45 万元，增长 3.5%，主要原因是在职人数增加。'])).toEqual([
      'change 行政运行 增加 8799.45 3.5% /上年执行数',
    ]);
  });
  it('takes the heading when the sentence names nothing', () => {
    expect(inSection('（二）公务接待费', ['2026 年预算安排 5.00 万元，与上年持平。'])).toEqual(['amount 公务接待费=5.00万元', 'change 公务接待费 持平 /上年']);
  });
  it('takes an item label printed as a sentence of its own', () => {
    expect(inSection('（七）一般公共预算“三公”经费预算情况说明', ['1.因公出国（境）费用。', '2026 年预算数 123.60 万元，较2025 年年初预算减少 56.71 万元。'], { year: 2026 })).toEqual([
      'amount 因公出国(境)费用=123.60万元',
      'change 因公出国(境)费用 减少 56.71 /2025年年初预算',
    ]);
  });
  it('takes the first item label of a list opened by 其中 on the line before', () => {
    expect(inSection('四、财政拨款“三公”经费预算情况说明', ['2026年财政拨款“三公”经费预算223.80万元。其中：', '（一）因公出国（境）费用。2026年预算数127.74万元，主要用于交流。'], { year: 2026 })).toEqual(['amount 因公出国(境)费用=127.74万元']);
  });
  it('gives ten paragraphs of “与上年相比增加X万元” ten different subjects', () => {
    const c = inSection('一、收支预算总体情况说明', ['（1）一般公共服务支出（类）支出 2,906.63 万元，主要用于审计事务。', '与上年相比减少 17.08 万元，减少 0.58%。', '（2）社会保障和就业支出（类）支出 442.09 万元，主要用于社会保险。', '与上年相比增加 31.1 万元，增长 7.57%。']);
    expect(c).toEqual(['change 社会保障和就业支出 增加 31.1 7.57% /上年']);
  });
});

describe('d: shares', () => {
  it('takes the list’s whole for every share, never the item before', () => {
    expect(read('2026年度泽州县总工会支出预算650.24万元，其中：基本支出330.24万元，占50.79%；项目支出320万元，占49.21%。')).toEqual([
      'amount 支出预算=650.24万元',
      'amount 基本支出=330.24万元',
      'share 基本支出 50.79% of 支出预算',
      'amount 项目支出=320万元',
      'share 项目支出 49.21% of 支出预算',
    ]);
  });
  it('takes a named whole, and the sentence before when the list opens the sentence', () => {
    expect(read('苏州市审计局 2026 年财政拨款预算支出 4,651.67 万元，占本年支出合计的 100%。')).toEqual(['amount 财政拨款预算支出=4651.67万元', 'share 财政拨款预算支出 100% of 本年支出合计']);
    expect(inSection('（二）收入预算情况说明', ['2026 年收入预算 404,415.23 万元，比上年执行数增加15,325.38 万元，增长 3.9%。', '其中：一般公共预算拨款收入 366,195.79 万元，占90.5%；事业收入 18,536.88 万元，占 4.6%。'])).toEqual([
      'amount 一般公共预算拨款收入=366195.79万元',
      'share 一般公共预算拨款收入 90.5% of 收入预算',
      'amount 事业收入=18536.88万元',
      'share 事业收入 4.6% of 收入预算',
    ]);
  });
  it('takes the heading’s subject for a list under it', () => {
    expect(inSection('2.一般公共预算当年拨款结构情况', ['一般公共服务（类）支出 5,140.00 万元，占 1.4%；公共安全（类）支出 299,901.02 万元，占 81.0%。'])).toEqual([
      'amount 一般公共服务支出=5140.00万元',
      'share 一般公共服务支出 1.4% of 一般公共预算当年拨款',
      'amount 公共安全支出=299901.02万元',
      'share 公共安全支出 81.0% of 一般公共预算当年拨款',
    ]);
  });
});

describe('e: completion of a 决算, budget and adjusted figures, zero bases', () => {
  it('reads budget, adjusted and actual figures and the completion rate', () => {
    expect(read('一般公共预算财政拨款支出年初预算为 0 万元，全年预算为321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。', { kind: '决算' })).toEqual([
      'amount 一般公共预算财政拨款支出=0万元 budget',
      'amount 一般公共预算财政拨款支出=321.02万元 adjusted',
      'amount 一般公共预算财政拨款支出=307.82万元',
      'completion 一般公共预算财政拨款支出 95.89% /年初预算',
    ]);
  });
  it('reads a budget figure between 完成 and 的', () => {
    expect(read('佛山市轨道交通局 2019 年度“三公”经费财政拨款支出决算为 0.16 万元，完成预算 0 万元的 0% 。', { kind: '决算' })).toEqual([
      'amount 三公经费=0.16万元',
      'amount 三公经费=0万元 budget',
      'completion 三公经费 0% /预算',
    ]);
  });
  it('reads a stated zero prior in an aside', () => {
    expect(read('（9）其他收入 25,335 万元，与上年相比增加 25,335 万元（去年预算数为 0 万元，无法计算增减比率）。')).toEqual([
      'amount 其他收入=25335万元',
      'change 其他收入 增加 25335 /上年',
      'amount 其他收入=0万元 prior',
    ]);
  });
});

describe('f: no change, zero change, counts and per-item amounts', () => {
  it('reads 持平 for every item of a “均” list', () => {
    expect(read('其中：因公出国（境）费用 100.00万元，公务接待费 63.80 万元，均与上年持平。')).toEqual([
      'amount 因公出国(境)费用=100.00万元',
      'amount 公务接待费=63.80万元',
      'change 因公出国(境)费用 持平 /上年',
      'change 公务接待费 持平 /上年',
    ]);
  });
  it('keeps “增加0.00万元，增长0.00%，与上年持平” one change', () => {
    expect(read('公务用车购置费 330.00 万元，比上年增加 0.00 万元，增长 0.00%，与上年持平。')).toEqual(['amount 公务用车购置费=330.00万元', 'change 公务用车购置费 增加 0.00 0.00% /上年']);
  });
  it('reads counts with the noun before or after the classifier, and their money', () => {
    expect(read('北京市财政局共 32 个内设机构、12 个直属事业单位。')).toEqual(['count 内设机构=32个', 'count 直属事业单位=12个']);
    expect(read('2026 年计划购置车辆 1 辆、12 万元，主要是机要通信用车；单价 100 万元以上设备 0 台（套）、0 万元。')).toEqual([
      'count 计划购置车辆=1辆 12',
      'amount 计划购置车辆=12万元',
      'count 单价100万元以上设备=0台(套) 0',
      'amount 单价100万元以上设备=0万元',
    ]);
  });
  it('leaves staffing quotas, thresholds, targets and years alone', () => {
    expect(read('截止 2021 年底，西安市交通运输局行政事业单位编制人数 1318 人，其中：行政编制 71 人，事业编制 1247 人；实有人数 1133 人。')).toEqual(['count 实有人数=1133人']);
    expect(read('各业务应用系统可用性均不低于98%；确保完成8个业务系统运维。')).toEqual([]);
  });
});

describe('lists and spans', () => {
  it('reads enumerated lists with their subject', () => {
    expect(extractClaims('人员经费315.61万元,主要包括:基本工资、津贴补贴、奖金等;', { line: 1 }).map(brief)).toContain('list 人员经费: 基本工资|津贴补贴|奖金 等');
  });
  it('points each claim at its printed figures', () => {
    const text = '机关运行经费支出 184.65 万元，比 2023 年度增加 2.55 万元，增长 1.40%。';
    const [amount, change] = extractClaims(text, { line: 1 }).filter((c) => c.type !== 'name');
    expect(text.slice(...amount.source.span!)).toBe('184.65 万元');
    expect(text.slice(...change.source.span!)).toBe('2.55 万元，增长 1.40%');
  });
});

describe('breakdowns of a change', () => {
  const parts = (s: string) => extractClaims(s, { line: 1 }, {}).flatMap((c) => (c.type === 'change' ? [`${c.subject}${c.partOf ? ' ∈ ' + c.partOf.of : c.heads ? ' (whole)' : ''}`] : []));
  it('reads "主要是A增加X，B增加Y" right after a change as its main parts (chongqing-xuanchuanbu-2026, page 3)', () => {
    expect(parts('收入比2025年增加2,734.52万元，主要是一般公共预算拨款增加800.94万元，政府性基金预算拨款增加1,066.60万元。')).toEqual([
      '收入 (whole)',
      '一般公共预算拨款 ∈ 收入',
      '政府性基金预算拨款 ∈ 收入',
    ]);
  });
  it('keeps changes named in a reason apart from the change they explain', () => {
    expect(parts('支出比2025年增加74.73万元，主要原因是新增了科技影视产业奖补资金1000万元、压减专项资金190万元。')).not.toContain('科技影视产业奖补资金 ∈ 支出');
    expect(parts('支出比2025年增加74.73万元，主要是由于新增了科技影视产业奖补资金1000万元。').some((x) => x.includes('∈'))).toBe(false);
  });
});

describe('claims read on demand', () => {
  const text = '2026年一般公共预算拨款收入1,234.56万元，比上年增加100万元，增长8.8%。';
  it('gives what an eager read gives, with the text, source and meta of the moment it was set', () => {
    const meta: ClaimMeta = { department: '某某局', kind: '预算', year: 2026 };
    const p: Paragraph = { text, source: { line: 7, page: 3 }, claims: [] };
    claimsOnDemand(p, meta);
    const eager = extractClaims(text, { line: 7, page: 3 }, { ...meta });
    p.text = '改写后的段落';
    p.source.page = 9;
    meta.kind = '决算';
    expect(p.claims).toEqual(eager);
    expect(p.claims.length).toBeGreaterThan(1);
    expect(p.claims).toBe(p.claims); // read once, then kept
    expect(structuredClone(p).claims).toEqual(eager);
  });
  it('is replaced unread when claims are assigned (a check binding the section in context)', () => {
    const p: Paragraph = { text, source: { line: 1 }, claims: [] };
    claimsOnDemand(p, {});
    extractSectionClaims({ heading: '一、收支预算总体情况', paragraphs: [p] });
    const bound = p.claims;
    expect(bound.map(brief)).toEqual(inSection('一、收支预算总体情况', [text]));
    expect(p.claims).toBe(bound);
  });
});

describe('a list of parts after a colon', () => {
  const parts = (s: string) => extractClaims(s, { line: 1 }, {}).flatMap((c) => (c.type === 'amount' ? [`${c.subject}${c.partOf ? ' ∈ ' + c.partOf.of : c.heads ? ' (whole)' : ''}`] : []));
  it('takes amounts set apart by 、 after “总额X万元：” as its parts, up to the end of the part (chongqing-shuiliju-2026 p7)', () => {
    expect(parts('所属各预算单位政府采购预算总额11884.37万元：政府采购货物预算2703.49万元、政府采购工程预算239.56万元、政府采购服务预算8941.32万元；其中一般公共预算拨款政府采购11307.34万元。')).toEqual([
      '政府采购预算总额 (whole)',
      '政府采购货物预算 ∈ 政府采购预算总额',
      '政府采购工程预算 ∈ 政府采购预算总额',
      '政府采购服务预算 ∈ 政府采购预算总额',
      '一般公共预算拨款政府采购',
    ]);
  });
  it('does not take a colon before clauses as a list', () => {
    expect(parts('项目支出500万元：一是保障运转200万元，二是专项业务300万元。').some((p) => p.includes('∈'))).toBe(false);
  });
});

describe('本年支出决算 under an item label', () => {
  it('is the amount of the labelled line (xian-weijianwei-huizong-2022 p20)', () => {
    const c = inSection('十、政府性基金预算财政拨款收入支出决算情况说明', ['1.其他支出（类）其他政府性基金及对应专项债务收入安排的支出（款）其他地方自行试点项目收益专项债券收入安排的支出（项）。本年支出决算568,051.63万元，主要用于：西安市儿童医院新院区建设。'], { kind: '决算' });
    expect(c[0]).toBe('amount 其他地方自行试点项目收益专项债券收入安排的支出=568051.63万元');
  });
});

describe('subjects named with 全年, 同比 and 和…相比 (zhongyang-guojiaxinfangju-2024 p25, changchun-xinfangju-benji-2026 p17–18)', () => {
  it('reads 财政拨款的机关运行经费预算 as the 机关运行经费 line (shanghai-shenjiju-2026 p20)', () => {
    expect(read('2026年上海市审计局财政拨款的机关运行经费预算为2,180.26万元。', { department: '上海市审计局' })).toEqual(['amount 机关运行经费=2180.26万元']);
  });
  it('reads 全年…费支出 as the 三公 item', () => {
    expect(read('全年因公出国（境）团组数1个；全年因公出国（境）费支出4.69万元。')).toContain('amount 因公出国(境)费=4.69万元');
  });
  it('reads 同比上年 and 和2025年相比 as bases', () => {
    expect(read('2026年财政拨款收入1682.76万元同比上年增长3.08%。')).toContain('change 财政拨款收入 增加 3.08% /上年');
    expect(read('2026年公务接待费为0.86万元，和2025年相比预算减低0.27万元，主要原因是过紧日子。')).toContain('change 公务接待费 减少 0.27 /2025年');
  });
});

describe('三公 items and counted nouns as published (foshan-guidaojiaotongju-2019 p27–28)', () => {
  it('reads 公务用车运行及维护支出 and 公务用车购置支出 as the 三公 items', () => {
    expect(read('公务用车运行及维护支出0万元，2019年局（部、委）机关无公务用车。')).toContain('amount 公务用车运行维护费=0万元');
    expect(read('其中：公务用车购置支出为0万元，2019年公务用车购置数0辆。')).toContain('amount 公务用车购置费=0万元');
  });
  it('keeps 公共 in a counted noun (共 is no verb there)', () => {
    expect(read('2019年度我部门组织对7个一般公共预算项目支出开展绩效自评，其中一级项目6个，二级项目1个，共涉及资金940.15万元。')[0]).toBe('count 一般公共预算项目=7个 940.15');
  });
});
