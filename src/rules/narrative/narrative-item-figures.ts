import { coverClaim } from '../engine/coverage.js';
import { money } from '../../money/index.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { compareAmount, figuresOf } from './compare.js';

/** "一般公共服务支出（类）财政事务（款）行政运行（项）", "2080505-…", "（2010605）". */
const lineText = (l: NonNullable<import('../../model/claims.js').LineRef>) => (l.path ? l.path.map((p) => `${p.name}（${p.level}）`).join('') : '') + (l.code ? `（${l.code}）` : '');

export default defineRule({
  id: 'narrative-item-figures',
  severity: 'error',
  category: 'narrative',
  title: '说明中分科目的金额与报表不符',
  message: '说明中“{item}”为{stated}，报表为{table}',
  description: `情况说明逐项说明支出时，每个科目的金额应与报表中同一科目一致。科目按说明写出的编码（“2080505-机关事业单位基本养老保险缴费支出”“财政国库业务（2010605）”）
或类、款、项名称（“一般公共服务支出（类）财政事务（款）行政运行（项）”，款、项各在其上级之下）找到报表中的行，只写名称的（“‘其他支出’科目”）
按名称找到该行（类级名称，或在按功能科目说明的小节中唯一的款、项名称；项目按项目支出表中的名称）；同一科目在几张表中（支出总表、一般公共预算支出表、
财政拨款收支总表）都能找到时，与其中任一张一致即可，都不一致时按本节所说的表报告。决算写“年初预算为…，支出决算为…”时各与相应的列比对。
差末位一个单位报“尾差”警告。名称对应不到唯一一行时不检查。`,
  *check({ figures }) {
    for (const { claim, section } of figures.claims('amount')) {
      const candidates = figuresOf(figures, claim, section);
      if (!candidates.length || !candidates.every((c) => c.line)) continue;
      coverClaim(claim);
      const v = compareAmount(claim.value, candidates);
      if (v.ok) continue;
      const unit = claim.value.unit;
      yield {
        params: { item: claim.line ? `${claim.subject}${lineText(claim.line)}` : claim.subject, stated: fmt(claim.value), table: `${fmt(v.figure.value, unit)}（${v.figure.label}）` },
        locations: [claimLoc(section, claim), v.figure.location],
        expected: fmt(money(v.figure.value.fen, unit)),
        actual: fmt(claim.value),
        difference: fmtDiff(claim.value.fen, v.figure.value.fen, unit),
        rounding: v.rounding || undefined,
        suggestion: '按报表更正说明，或更正报表',
      };
    }
  },
});
