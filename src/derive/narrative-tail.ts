import { fenOf } from '../facts/amount.js';
import { unitName, unitsOf } from '../facts/helpers.js';
import { formatIn, money } from '../money/index.js';
import { amt, pct, type Ctx } from './context.js';
import { dateText, type Sections } from './narrative-base.js';

/** 十 绩效管理情况: the overall target and the project targets. */
export function performanceSection(ctx: Ctx, s: Sections, part: string): void {
  const { ledger: l, year: Y, dept } = ctx;
  const f = ctx.facts;
  const total = l.total();
  s.add(part, '十', '绩效管理情况', []);
  const units = unitsOf(f);
  const reporting = units.filter((u) => u.overallTarget);
  const reportingFunds = f.expenditure
    .filter((x) => reporting.some((u) => u.name === unitName(f, x.unit)))
    .reduce((a, x) => a + fenOf(x.basic) + fenOf(x.project) + fenOf(x.carryover?.basic) + fenOf(x.carryover?.project), 0n);
  s.add(
    part,
    '1',
    '整体绩效目标',
    [
      f.overallPerformance
        ? `${Y}年${dept}编报部门整体支出绩效目标，涉及部门预算资金${amt(ctx, total)}，其中基本支出${amt(ctx, l.total({ kind: ['basic'] }))}，项目支出${amt(ctx, l.total({ kind: ['project'] }))}。` +
          `机关及下属预算单位${units.length}个，其中${reporting.length}个单位（包括机关）编报了单位整体绩效目标，涉及资金${amt(ctx, reportingFunds)}。`
        : `${Y}年${dept}未编报部门整体支出绩效目标。`,
    ],
    { sub: true },
  );
  // Targets are set for this year's money (表十二); carry-over projects had theirs set in earlier years.
  const amountOf = (p: (typeof f.projects)[number]) => fenOf(p.amount);
  const managed = f.projects.filter((p) => p.form && amountOf(p) !== 0n);
  const published = managed.filter((p) => p.publish);
  const byCategory = (ps: typeof managed, word: string) =>
    (['其他运转类', '特定目标类'] as const)
      .map((c) => {
        const mine = ps.filter((p) => p.category === c);
        return `${c}项目${mine.length}个，${word}${amt(ctx, mine.reduce((a, p) => a + amountOf(p), 0n))}`;
      })
      .join('；');
  const sum = (ps: typeof managed) => ps.reduce((a, p) => a + amountOf(p), 0n);
  const share = pct(sum(published), l.total({ period: ['cur'], kind: ['project'] }));
  // With carry-over projects the base is this year's project money only, and the text says so.
  const base = l.total({ period: ['car'], kind: ['project'] }) ? '本年预算项目支出' : '部门（单位）项目支出总额';
  const texts = managed.length
    ? [
        `${Y}年${dept}纳入绩效目标管理的二级项目${managed.length}个，共计金额${amt(ctx, sum(managed))}。其中：${byCategory(managed, '涉及金额')}。` +
          `公开项目绩效目标${published.length}个，涉及项目金额${amt(ctx, sum(published))}${share ? `，占${base}的${share}` : ''}。` +
          (published.length ? `其中：${byCategory(published, '涉及项目金额')}。` : ''),
      ]
    : [`${Y}年${dept}无纳入绩效目标管理的项目。`];
  if (published.length) texts.push('公开的项目绩效目标表附后。');
  s.add(part, '2', '项目绩效目标', texts, { sub: true });
}

const VEHICLES: [keyof NonNullable<ReturnType<typeof assetsOf>>['vehicles'], string][] = [
  ['leader', '领导用车'],
  ['confidential', '机要通信用车'],
  ['emergency', '应急保障用车'],
  ['enforcement', '执法执勤用车'],
  ['special', '特种专业技术用车'],
  ['institutional', '事业单位业务用车'],
  ['other', '其他公务用车'],
];

/** "220.41" / "220" → "220.41" / "220.00" without going through floats. */
function areaText(s: string): string {
  const [i, f = ''] = s.split('.');
  return `${i}.${f.padEnd(2, '0')}`;
}

function assetsOf(ctx: Ctx) {
  return ctx.facts.assets ?? { vehicles: {}, equipment: undefined, officeSpace: undefined, asOf: undefined };
}

/** 十一 国有资产占有使用情况 and 十二 其他说明. */
export function assetsAndOther(ctx: Ctx, s: Sections, part: string): void {
  const a = assetsOf(ctx);
  const asOf = `截至${dateText(a.asOf ?? `${ctx.year - 1}-12-31`)}，${ctx.dept}`;
  s.add(part, '十一', '国有资产占有使用情况', []);
  const v = a.vehicles;
  const actual = VEHICLES.reduce((t, [k]) => t + (v[k] ?? 0), 0);
  s.add(part, '1', '车辆情况', [`${asOf}共有公务用车编制${v.authorised ?? 0}辆，实有${actual}辆，其中：${VEHICLES.map(([k, n]) => `${n}${v[k] ?? 0}辆`).join('，')}。`], { sub: true });
  if (a.officeSpace !== undefined) s.add(part, '2', '房屋情况', [`${asOf}使用的办公用房建筑总面积${areaText(a.officeSpace)}平方米。`], { sub: true });
  const equipment = a.equipment ?? [
    { type: '通用设备', threshold: money(50_000_000n), count: 0 },
    { type: '专用设备', threshold: money(100_000_000n), count: 0 },
  ];
  const threshold = (fen: bigint) => formatIn(money(fen), '万元', fen % 1_000_000n === 0n ? 0 : 2);
  s.add(
    part,
    a.officeSpace !== undefined ? '3' : '2',
    '其他国有资产占有使用情况',
    [`${equipment.map((e) => `${asOf}占有使用价值${threshold(e.threshold.fen)}万元（原值）以上的${e.type}${e.count}台（套）`).join('；')}。`],
    { sub: true, topic: 'assets' },
  );
  const notes = ctx.facts.notes ?? {};
  s.add(part, '十二', '其他说明', []);
  s.add(part, '（一）', '政府购买服务指导性目录', [notes.purchaseServices ?? '本部门无需说明的政府购买服务指导性目录事项。'], { sub: true });
  s.add(part, '（二）', '其他', [notes.other ?? '本部门无其他说明事项。'], { sub: true });
}
