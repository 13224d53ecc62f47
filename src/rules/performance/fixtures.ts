// Test support: small text fixtures of 项目支出绩效目标表 in the flattened tab-separated layout the text
// importer reads, plus a project-expense table. Used by the *.test.ts files of this folder only.
import { amountOrNull, formatIn, money } from '../../money/index.js';
import { HEAD, table } from '../testing.js';

export interface FormSpec {
  name: string;
  /** 实施期资金总额 and 年度资金总额 as printed (元 unless unit says otherwise). */
  total?: string;
  annual?: string;
  unit?: '元' | '万元';
  /** 中央, 省级, 市县, 单位自筹, 其他 of the annual column; 市县 defaults to the annual amount. */
  sources?: { central?: string; provincial?: string; local?: string; self?: string; other?: string };
  fields?: Record<string, string>;
  goals?: [string, string];
  indicators?: IndicatorRow[];
}

/** [level1, level2, name, value] for both periods, or an object giving a different 年度 label, name or value. */
export type IndicatorRow = string[] | { l1: string; l2: string; name: string; value: string; name2?: string; value2?: string; l2b?: string };

/** A complete, correct set of indicators (every required group). */
export const STANDARD_INDICATORS: string[][] = [
  ['产出指标', '数量指标', '帮扶户数', '60户'],
  ['', '质量指标', '应帮尽帮率', '100%'],
  ['', '时效指标', '发放时间', '2月'],
  ['', '成本指标', '帮扶标准', '1000元/户'],
  ['效益指标', '社会效益', '生活水平改善', '改善'],
  ['满意度指标', '服务对象满意度', '受益人员满意度', '≥90%'],
];

export function formText(spec: FormSpec): string {
  const total = spec.total ?? spec.annual ?? '60,000';
  const annual = spec.annual ?? total;
  const s = spec.sources ?? {};
  const unit = spec.unit ?? '元';
  const lines = [
    '测试县项目支出绩效目标表',
    '(2026年度)',
    `项目名称\t${spec.name}`,
    '主管部门及代码\t001-测试局\t实施单位\t测试局',
    '项目属性\t经常性项目\t项目期\t1年',
    `项目资金(${unit})\t实施期资金总额:\t${total}\t年度资金总额:\t${annual}`,
    `\t其中:中央财政资金\t${s.central ?? '0'}\t其中:中央财政资金\t${s.central ?? '0'}`,
    `\t省级财政资金\t${s.provincial ?? '0'}\t省级财政资金\t${s.provincial ?? '0'}`,
    `\t市县(区)财政资金\t${s.local ?? annual}\t市县(区)财政资金\t${s.local ?? annual}`,
    `\t单位自筹\t${s.self ?? '0'}\t单位自筹\t${s.self ?? '0'}`,
    s.other ? `其他资金\t${s.other}\t其他资金\t${s.other}` : '其他资金\t\t其他资金',
  ];
  for (const [k, v] of Object.entries(spec.fields ?? {})) lines.push(`${k}\t${v}`);
  const [g1, g2] = spec.goals ?? ['完成项目任务。', '完成年度任务。'];
  lines.push('实施期目标\t\t年度目标', `总体目标\t${g1}\t${g2}`);
  lines.push('绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值');
  for (const r of spec.indicators ?? STANDARD_INDICATORS) {
    if (Array.isArray(r)) lines.push(['', r[0], r[1], r[2], r[3], r[1], r[2], r[3]].join('\t'));
    else lines.push(['', r.l1, r.l2, r.name, r.value, r.l2b ?? r.l2, r.name2 ?? r.name, r.value2 ?? r.value].join('\t'));
  }
  lines.push('负责人:\t经办人:\t联系电话:\t填报日期:');
  return lines.join('\n') + '\n';
}

/** 项目支出预算表 in 万元 with the given project rows [name, amount]. */
export function projectTable(rows: [string, string][]): string {
  const fen = rows.reduce((s, [, a]) => s + (amountOrNull(a, '万元')?.fen ?? 0n), 0n);
  const total = formatIn(money(fen, '万元', 2));
  return table('2026年项目支出预算表（本年预算）', [['项目名称', '合计', '一般公共预算'], ['合计', total, total], ...rows.map(([n, a]) => [n, a, a])]);
}

/** A document: cover, optional extra text, project table and forms. */
export function docText(opts: { rows?: [string, string][]; forms?: FormSpec[]; before?: string; after?: string }): string {
  return HEAD + (opts.before ?? '') + (opts.rows ? projectTable(opts.rows) + '\n' : '') + (opts.forms ?? []).map(formText).join('\n') + (opts.after ?? '');
}
