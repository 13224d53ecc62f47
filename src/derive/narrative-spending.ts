import { FISCAL_SOURCES, fenOf } from '../facts/amount.js';
import { unitsOf } from '../facts/helpers.js';
import { classRows } from './classes.js';
import { amt, num, type Ctx } from './context.js';
import { change, nameList, reason, share, type Sections } from './narrative-base.js';
import { economicClasses } from './tables-detail.js';

/** 五 一般公共预算支出 and 六 基本支出. */
export function gpbSections(ctx: Ctx, s: Sections, part: string): void {
  const { ledger: l, year: Y, dept } = ctx;
  const sel = { period: ['cur'] as const, sources: ['gpb'] as const };
  const gpb = l.total(sel);
  s.add(part, '五', '一般公共预算支出情况说明', []);
  s.add(part, '（一）', '一般公共预算当年支出规模变化情况', [`${Y}年度${dept}一般公共预算当年支出${amt(ctx, gpb)}${change(ctx, gpb, ctx.facts.lastYear?.gpbCurrent)}${reason(ctx.facts.reasons?.gpb)}。`], { sub: true });
  const classes = classRows(ctx)
    .map((c) => ({ name: c.name, fen: l.get(c.code, sel) }))
    .filter((c) => c.fen !== 0n);
  const structure = classes.length
    ? `${Y}年度${dept}一般公共预算当年支出${amt(ctx, gpb)}，主要用于以下方面：${classes.map((c) => `${c.name}${amt(ctx, c.fen)}${share(c.fen, gpb)}`).join('；')}。`
    : `${Y}年度${dept}无一般公共预算当年支出。`;
  const chart = s.chart('一般公共预算当年拨款结构图', {
    id: 'gpb-structure',
    title: '一般公共预算当年拨款结构图',
    kind: 'pie',
    unit: ctx.unit,
    items: classes.map((c) => ({ name: c.name, value: num(ctx, c.fen) })),
  });
  s.add(part, '（二）', '一般公共预算当年支出结构情况', classes.length ? [structure, chart] : [structure], { sub: true });

  const eco = economicClasses(ctx).flatMap((c) => c.lines);
  const personnel = eco.reduce((t, x) => t + x.personnel, 0n);
  const pub = eco.reduce((t, x) => t + x.public, 0n);
  const list = (fen: bigint, items: { name: string; fen: bigint }[]) => (fen === 0n ? '' : `，主要包括：${nameList(items)}`);
  s.add(part, '六', '一般公共预算基本支出情况说明', [
    `${Y}年度${dept}一般公共预算安排基本支出${amt(ctx, personnel + pub)}，其中：`,
    `人员经费${amt(ctx, personnel)}${list(personnel, eco.map((x) => ({ name: x.name, fen: x.personnel })))}。`,
    `公用经费${amt(ctx, pub)}${list(pub, eco.map((x) => ({ name: x.name, fen: x.public })))}。`,
  ]);
}

/** 七 “三公”经费, 八 机关运行经费, 九 政府采购. */
export function costSections(ctx: Ctx, s: Sections, part: string): void {
  const { year: Y, dept } = ctx;
  const f = ctx.facts;
  const t = f.threePublic ?? {};
  const lt = f.lastYear?.threePublic;
  const fiscal = (...xs: Parameters<typeof fenOf>[0][]) => xs.reduce((a, x) => a + fenOf(x, FISCAL_SOURCES), 0n);
  const total = fiscal(t.abroad, t.reception, t.vehiclePurchase, t.vehicleOperation);
  const lastOf = (...xs: ({ fen: bigint } | undefined)[]) => (lt ? { fen: xs.reduce((a, x) => a + (x?.fen ?? 0n), 0n), unit: '元' as const, decimals: 2 } : undefined);
  const lastTotal = lastOf(lt?.abroad, lt?.reception, lt?.vehiclePurchase, lt?.vehicleOperation);
  const base = `${Y - 1}年预算`;
  let text: string;
  if (total === 0n && !lastTotal?.fen) text = `本部门${Y}年无“三公”经费财政拨款预算。`;
  else {
    const vehicle = fiscal(t.vehiclePurchase, t.vehicleOperation);
    text =
      `本部门${Y}年“三公”经费财政拨款预算${amt(ctx, total)}${change(ctx, total, lastTotal, base)}${reason(f.reasons?.threePublic)}。` +
      `其中：因公出国（境）费${amt(ctx, fiscal(t.abroad))}${change(ctx, fiscal(t.abroad), lastOf(lt?.abroad), base)}；` +
      `公务接待费${amt(ctx, fiscal(t.reception))}${change(ctx, fiscal(t.reception), lastOf(lt?.reception), base)}；` +
      `公务用车购置及运行费${amt(ctx, vehicle)}${change(ctx, vehicle, lastOf(lt?.vehiclePurchase, lt?.vehicleOperation), base)}。` +
      `公务用车购置及运行费中，公务用车购置费${amt(ctx, fiscal(t.vehiclePurchase))}，公务用车运行维护费${amt(ctx, fiscal(t.vehicleOperation))}。`;
  }
  s.add(part, '七', '“三公”经费增减变动原因说明', [text]);

  const units = unitsOf(f);
  const admin = units.filter((u) => u.type === '行政单位').length;
  const civil = units.filter((u) => u.type === '参照公务员法管理事业单位').length;
  const cost = units.reduce((a, u) => a + fenOf(u.operatingCost, FISCAL_SOURCES), 0n);
  const who = [admin ? `${admin}家行政单位` : '', civil ? `${civil}家参照公务员法管理的事业单位` : ''].filter(Boolean).join('和');
  s.add(part, '八', '机关运行经费增减变动原因说明', [
    who || cost
      ? `本部门${Y}年所属${who || '单位'}机关运行经费财政拨款预算${amt(ctx, cost)}${change(ctx, cost, f.lastYear?.operatingCost, base)}${reason(f.reasons?.operatingCost)}。`
      : `本部门${Y}年所属单位均为事业单位，无机关运行经费财政拨款预算。`,
  ]);

  const p = f.procurement ?? {};
  const [goods, works, services] = [p.goods?.fen ?? 0n, p.works?.fen ?? 0n, p.services?.fen ?? 0n];
  s.add(part, '九', '政府采购情况', [
    `${Y}年${dept}政府采购预算总额${amt(ctx, goods + works + services)}。其中：政府采购货物预算${amt(ctx, goods)}、政府采购工程预算${amt(ctx, works)}、政府采购服务预算${amt(ctx, services)}。`,
  ]);
}
