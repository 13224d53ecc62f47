import { FISCAL_SOURCES, SOURCES, type SourceKey } from '../facts/amount.js';
import { classRows } from './classes.js';
import { amt, type Ctx } from './context.js';
import { change, reason, share, type Sections } from './narrative-base.js';

/** 第一部分 概况: 职责 and 机构设置 (with the staffing figures). */
export function overviewPart(ctx: Ctx, s: Sections): void {
  const d = ctx.facts.department;
  const self = d.scope === '单位' ? '本单位' : '本部门';
  const paras = (t: string) => t.split(/\n\s*\n|\n/).map((x) => x.trim()).filter(Boolean);
  s.add('概况', '一', `${self}职责`, paras(d.duties));
  const org = paras(d.organisation);
  const st = d.staffing;
  if (st) {
    const posts: string[] = [];
    if (st.administrative) posts.push(`行政编制${st.administrative.authorised}个，实有人数${st.administrative.actual}人`);
    if (st.publicService) posts.push(`参照公务员法管理事业编制${st.publicService.authorised}个，实有人数${st.publicService.actual}人`);
    if (st.institutional) posts.push(`事业编制${st.institutional.authorised}个，实有人数${st.institutional.actual}人`);
    const others: string[] = [];
    if (st.retired !== undefined) others.push(`退休人员${st.retired}人`);
    if (st.survivors !== undefined) others.push(`享受遗属补助人数${st.survivors}人`);
    const text = (posts.length ? `${ctx.dept}${posts.join('；')}。` : '') + (others.length ? `另有${others.join('，')}。` : '');
    if (text) org.push(text);
  }
  s.add('概况', '二', '机构设置情况', org);
}

const INCOME_WORDS: Record<SourceKey, string> = {
  gpb: '一般公共预算拨款收入',
  gov_fund: '政府性基金预算拨款收入',
  soe: '国有资本经营预算拨款收入',
  special_account: '财政专户管理资金收入',
  unit_funds: '单位资金',
};

/** 一 to 四: totals and their changes, income, expenditure, 财政拨款 overview. */
export function summarySections(ctx: Ctx, s: Sections, part: string): void {
  const { ledger: l, year: Y, dept } = ctx;
  const f = ctx.facts;
  const cur = l.total({ period: ['cur'] });
  const car = l.total({ period: ['car'] });
  const total = cur + car;
  const why = f.reasons;
  s.add(part, '一', '部门预算收支数据变动情况及原因', [
    `${Y}年度${dept}预算收入总计${amt(ctx, total)}${change(ctx, total, f.lastYear?.incomeTotal)}${reason(why?.total)}。其中：本年收入${amt(ctx, cur)}，上年结转${amt(ctx, car)}。` +
      `${Y}年度${dept}预算支出总计${amt(ctx, total)}${change(ctx, total, f.lastYear?.expenditureTotal)}${reason(why?.expenditure ?? why?.total)}。其中：本年预算安排${amt(ctx, cur)}，上年结转${amt(ctx, car)}。`,
  ]);

  const parts = SOURCES.map((k) => {
    const v = l.total({ period: ['cur'], sources: [k] });
    return `${INCOME_WORDS[k]}${amt(ctx, v)}${share(v, total)}`;
  });
  parts.push(`上年结转${amt(ctx, car)}${share(car, total)}`);
  s.add(part, '二', '收入预算情况说明', [`${Y}年度${dept}预算收入${amt(ctx, total)}，主要包括${parts.join('；')}。`]);

  const basic = l.total({ kind: ['basic'] });
  const project = l.total({ kind: ['project'] });
  s.add(part, '三', '支出预算情况说明', [`${Y}年度${dept}支出预算${amt(ctx, total)}，其中：基本支出${amt(ctx, basic)}${share(basic, total)}；项目支出${amt(ctx, project)}${share(project, total)}。`]);

  const fCur = l.total({ period: ['cur'], sources: FISCAL_SOURCES });
  const fCar = l.total({ period: ['car'], sources: FISCAL_SOURCES });
  const bySource = FISCAL_SOURCES.map((k) => `${INCOME_WORDS[k].replace(/收入$/, '')}${amt(ctx, l.total({ period: ['cur'], sources: [k] }))}`);
  const carryBy = FISCAL_SOURCES.filter((k) => l.total({ period: ['car'], sources: [k] }) !== 0n).map(
    (k) => `${INCOME_WORDS[k].replace(/拨款收入$/, '')}结转${amt(ctx, l.total({ period: ['car'], sources: [k] }))}`,
  );
  const spent = classRows(ctx)
    .map((c) => ({ name: c.name, fen: l.get(c.code, { sources: FISCAL_SOURCES }) }))
    .filter((c) => c.fen !== 0n)
    .map((c) => `${c.name}${amt(ctx, c.fen)}`);
  s.add(part, '四', '财政拨款收支预算总体情况说明', [
    `${Y}年度${dept}财政拨款收支总预算${amt(ctx, fCur + fCar)}。其中：当年拨款收入${amt(ctx, fCur)}，上年结转收入${amt(ctx, fCar)}。` +
      `当年拨款收入中，${bySource.join('，')}。` +
      (carryBy.length ? `上年结转收入中，${carryBy.join('，')}。` : '') +
      (spent.length ? `支出包括：${spent.join('、')}。` : '本年无财政拨款支出。'),
  ]);
}
