import { normalizeName } from '../../model/names.js';
import { halfQuantum, money } from '../../money/index.js';
import { within } from '../../money/tolerance.js';
import { cellLoc, formLoc } from '../engine/locate.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { defineRule } from '../engine/types.js';
import { findProjectRow, formAmount, formName, projectForms, projectRows, rowAmount } from './common.js';

export default defineRule({
  id: 'perf-form-amount-vs-project',
  severity: 'error',
  category: 'performance',
  title: '绩效目标表资金与项目支出表不一致',
  message: '项目“{project}”绩效目标表的{field}为{formAmount}，项目支出表列为{rowAmount}',
  description: `每张项目支出绩效目标表的“年度资金总额”（没有年度栏时取“实施期资金总额”）应等于项目支出预算表中同名项目的金额。
项目名称按规范化后的名称匹配（全角/半角括号、空格等不计）。

两处金额的计量单位常常不同：绩效目标表多以“元”填列，项目支出表多以“万元”保留两位小数。比较时容差取较粗一方末位的半个单位，
例如 366,992元 与 36.70万元 相差 8元，在 50元 以内，视为一致；若项目支出表为 36.60万元 则相差 992元，报告错误。

**示例**：绩效目标表“送温暖经费”年度资金总额 60,000元，项目支出表“送温暖经费”6.50万元——相差 5,000元。`,
  *check({ doc }) {
    const rows = projectRows(doc);
    const carry = projectRows(doc, 'project-carryover');
    if (!rows.length) return;
    for (const f of projectForms(doc)) {
      const amount = formAmount(f);
      const r = findProjectRow(rows, formName(f));
      const ra = r && rowAmount(r);
      if (!amount || !r || !ra) continue;
      const tol = halfQuantum(amount.value) + halfQuantum(ra.value);
      if (within(amount.value.fen, ra.value.fen, tol)) continue;
      // A form may cover the project's carry-over money too.
      const c = findProjectRow(carry, formName(f));
      const ca = c && rowAmount(c);
      if (ca && within(amount.value.fen, ra.value.fen + ca.value.fen, tol + halfQuantum(ca.value))) continue;
      // A department's form may cover a project that several of its units list under one name.
      const same = rows.filter((x) => normalizeName(x.row.name) === normalizeName(r.row.name)).map(rowAmount).filter((x) => x !== undefined);
      if (same.length > 1 && within(amount.value.fen, same.reduce((t, x) => t + x.value.fen, 0n), tol * BigInt(same.length))) continue;
      const unit = ra.value.unit;
      yield {
        // Several units list a project of that name (which of them the form covers cannot be told for sure), or
        // An implementation period of several years may well exceed the year's amount.
        ...(same.length > 1 || (amount.field === '实施期资金总额' && amount.value.fen > ra.value.fen) ? { severity: 'warning' as const } : {}),
        params: { project: formName(f), field: amount.field, formAmount: fmt(amount.value), rowAmount: fmt(ra.value) },
        locations: [formLoc(f, amount.field, fmt(amount.value)), cellLoc(r.table, r.row, ra.key)],
        expected: fmt(ra.value),
        actual: `${fmt(amount.value)}（${fmt(money(amount.value.fen, unit), unit, 2)}）`,
        difference: fmtDiff(amount.value.fen, ra.value.fen, '元'),
        suggestion: `核对项目“${formName(f)}”的预算金额，使绩效目标表的${amount.field}与项目支出预算表一致（允许的舍入误差为 ${fmt(money(tol, '元'), '元', 2)}）`,
      };
    }
  },
});
