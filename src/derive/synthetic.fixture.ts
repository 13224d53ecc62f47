import { builtinReference } from '../reference/index.js';
import type { FactsInput } from '../facts/schema.js';

/** Deterministic pseudo-random integers (a fixed LCG), so the synthetic department is the same on every run. */
function rng(seed: number): (lo: number, hi: number) => number {
  let s = seed >>> 0;
  return (lo, hi) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + (s % (hi - lo + 1));
  };
}

const yuan = (fen: bigint) => `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;

/** Split an amount into n parts that add up exactly. */
function split(total: bigint, n: number): bigint[] {
  const part = total / BigInt(n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total - part * BigInt(n - 1) : part));
}

const PERSONNEL = ['30101', '30102', '30103', '30107', '30108', '30109', '30110', '30112', '30113', '30302', '30307'];
const PUBLIC = ['30201', '30211', '30213', '30215', '30216', '30228', '30231', '30239', '30299'];

/**
 * A large department: `units` units, `lines` functional lines (real 项 codes of the reference list), `projects`
 * projects with full performance forms, funds from several sources (政府性基金, 单位资金) and some carry-over;
 * `plain` keeps to 一般公共预算 of this year only.
 */
export function syntheticFacts(opts: { lines?: number; projects?: number; units?: number; plain?: boolean } = {}): FactsInput {
  const { lines: nLines = 300, projects: nProjects = 80, units: nUnits = 10, plain = false } = opts;
  const r = rng(20260101);
  const items = [...builtinReference(2026).functional.entries()].filter((e) => e.level === '项');
  const dept = '晋城市测试局';
  const units = Array.from({ length: nUnits }, (_, k) => ({
    name: k === 0 ? dept : `晋城市测试局第${k}中心`,
    type: k === 0 ? ('行政单位' as const) : k < 3 ? ('参照公务员法管理事业单位' as const) : ('事业单位' as const),
    overallTarget: k < 4,
  }));
  const lines = Array.from({ length: nLines }, (_, i) => {
    const unit = i % nUnits;
    const item = items[(unit * 11 + Math.floor(i / nUnits)) % items.length];
    const basic = BigInt(r(1_000_000, 50_000_000));
    return { code: item.code, name: item.name, unit: units[unit].name, basic: { gpb: basic, unit_funds: !plain && i % 5 === 0 ? BigInt(r(100_000, 2_000_000)) : 0n }, project: {} as Record<string, bigint>, carry: 0n };
  });
  const projects = Array.from({ length: nProjects }, (_, p) => {
    const line = lines[(p * 3) % nLines];
    const amount: Record<string, bigint> = { gpb: BigInt(r(500_000, 80_000_000)) };
    if (!plain && p % 10 === 3) amount.gov_fund = BigInt(r(1_000_000, 9_000_000));
    if (!plain && p % 7 === 2) amount.unit_funds = BigInt(r(100_000, 900_000));
    for (const [k, v] of Object.entries(amount)) line.project[k] = (line.project[k] ?? 0n) + v;
    const carry = !plain && p % 9 === 4 ? BigInt(r(100_000, 5_000_000)) : 0n;
    line.carry += carry;
    const total = Object.values(amount).reduce((a, b) => a + b, 0n) + carry;
    return {
      name: `测试项目${String(p + 1).padStart(3, '0')}`,
      unit: line.unit,
      category: p % 4 === 0 ? ('特定目标类' as const) : ('其他运转类' as const),
      amount: Object.fromEntries(Object.entries(amount).map(([k, v]) => [k, yuan(v)])),
      ...(carry ? { carryover: { gpb: yuan(carry) } } : {}),
      form: {
        attribute: '经常性项目(长期开展)',
        term: '1年',
        overview: `保障${line.name}相关工作正常开展。`,
        basis: '依据本级政府年度工作安排。',
        necessity: '履行部门职能所必需。',
        measures: '严格执行财务管理制度，专款专用。',
        plan: '全年分季度组织实施。',
        goals: { period: `按期完成测试项目${p + 1}的各项任务。`, annual: `年内完成测试项目${p + 1}的年度任务。` },
        indicators: {
          产出指标: {
            数量指标: { 完成任务数量: `≥${r(2, 20)}项` },
            质量指标: { 验收合格率: '100%' },
            时效指标: { 完成时间: '2026年12月' },
            成本指标: { 项目成本: `≤${total / 100n}元` },
          },
          效益指标: { 社会效益: { 服务保障能力: '持续提升' } },
          满意度指标: { 服务对象满意度: { 服务对象满意度: '≥90%' } },
        },
      },
    };
  });
  const basicGpb = lines.reduce((a, l) => a + l.basic.gpb, 0n);
  const pub = basicGpb / 5n;
  const economic = [
    ...split(basicGpb - pub, PERSONNEL.length).map((v, i) => ({ code: PERSONNEL[i], personnel: yuan(v) })),
    ...split(pub, PUBLIC.length).map((v, i) => ({ code: PUBLIC[i], public: yuan(v) })),
  ];
  const operating = split(pub / 2n, 3);
  const govFund = lines.reduce((a, l) => a + (l.project.gov_fund ?? 0n), 0n);
  const total = lines.reduce((a, l) => a + l.basic.gpb + l.basic.unit_funds + Object.values(l.project).reduce((x, y) => x + y, 0n) + l.carry, 0n);
  const gpbCurrent = lines.reduce((a, l) => a + l.basic.gpb + (l.project.gpb ?? 0n), 0n);
  const amounts = (m: Record<string, bigint>) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== 0n).map(([k, v]) => [k, yuan(v)]));
  return {
    department: { name: dept, year: 2026, region: '晋城市', adminLevel: 'city', code: '901', duties: '负责全市测试工作的统筹协调。', organisation: '内设综合科、业务科，下属9个事业单位。', staffing: { administrative: { authorised: 40, actual: 38 }, publicService: { authorised: 60, actual: 55 }, institutional: { authorised: 300, actual: 280 }, retired: 120 } },
    units: units.map((u, k) => (k < 3 ? { ...u, operatingCost: { gpb: yuan(operating[k]) } } : u)),
    expenditure: lines.map((l) => ({
      code: l.code,
      name: l.name,
      unit: l.unit,
      basic: amounts(l.basic),
      ...(Object.keys(l.project).length ? { project: amounts(l.project) } : {}),
      ...(l.carry ? { carryover: { project: { gpb: yuan(l.carry) } } } : {}),
    })),
    basicEconomic: economic,
    ...(govFund ? { govFund: { income: [{ code: '1030148', name: '国有土地使用权出让收入', amount: yuan(govFund) }] } } : {}),
    threePublic: { reception: { gpb: '120000.00' }, vehiclePurchase: { gpb: '250000.00' }, vehicleOperation: { gpb: '300000.00' } },
    procurement: { goods: '3500000.00', works: '12000000.00', services: '800000.00' },
    assets: { vehicles: { authorised: 12, leader: 0, emergency: 4, enforcement: 6, other: 1 }, officeSpace: '8650.5' },
    projects,
    overallPerformance: { goals: { annual: '全面完成年度工作任务。' }, indicators: { 产出指标: { 数量指标: { 重点工作完成数: '≥10项' } } } },
    lastYear: { incomeTotal: yuan((total * 9n) / 10n), expenditureTotal: yuan((total * 9n) / 10n), gpbCurrent: yuan(gpbCurrent + 123_456n), threePublic: { reception: '150000.00', vehicleOperation: '300000.00' }, operatingCost: yuan(pub / 2n + 5_000_000n) },
    reasons: { total: '项目支出增加', gpb: '重点项目增加', threePublic: '更新两辆到期公务用车', operatingCost: '落实过紧日子要求' },
  };
}
