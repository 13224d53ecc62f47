import type { FormFunds, Indicator } from '../../model/performance.js';
import { parseIndicatorValue } from './indicator-value.js';
import { squash } from '../../model/columns.js';

// The vocabulary of 绩效目标表: field and fund labels, indicator levels, and small token classifiers.

export const FORM_TITLE = /绩效目标(申报)?表$|绩效目标表[（(].*[)）]$/;

export const LEVEL1 = /^(产出指标|效益指标|满意度指标|成本指标)$/;
export const LEVEL2 = /^(数量指标|质量指标|时效指标|成本指标|经济成本指标|社会成本指标|生态环境成本指标|经济效益(指标)?|社会效益(指标)?|生态效益(指标)?|可持续(发展)?影响(指标)?|服务对象满意度(指标)?)$/;

const FIELD_LABELS: [RegExp, string][] = [
  [/^项目名称$/, '项目名称'],
  [/^主管部门(及代码)?$/, '主管部门及代码'],
  [/^实施单位$/, '实施单位'],
  [/^项目属性$/, '项目属性'],
  [/^项目(日)?期$/, '项目期'],
  [/^项目资金[（(](元|万元)[)）]$/, '项目资金'],
  [/^项目概况$/, '项目概况'],
  [/^立项依据$/, '立项依据'],
  [/^项目设立(的)?必要性$/, '项目设立必要性'],
  [/^保证项目实施的制度(、|和)措施$/, '保证项目实施的制度、措施'],
  [/^项目实施计划$/, '项目实施计划'],
  [/^总体目标$/, '总体目标'],
  [/^(负责人|经办人|联系电话|填报日期)[:：]?$/, '$1'],
  [/^部门名称$|^单位名称$/, '部门名称'],
];

const FUND_LABELS: [RegExp, keyof FormFunds][] = [
  [/^实施期资金总额[:：]?$/, 'total'],
  [/^年度资金总额[:：]?$/, 'annual'],
  [/^(其中[:：])?中央财政资金$/, 'central'],
  [/^省级财政资金$/, 'provincial'],
  [/^市县(\(区\)|（区）)?财政资金$/, 'local'],
  [/^单位自筹$/, 'self'],
  [/^其他资金$/, 'other'],
];

export function fieldOf(token: string): string | undefined {
  const t = squash(token);
  for (const [re, name] of FIELD_LABELS) {
    const m = re.exec(t);
    if (m) return name === '$1' ? m[1] : name;
  }
  return undefined;
}

export function fundOf(token: string): keyof FormFunds | undefined {
  const t = squash(token);
  for (const [re, key] of FUND_LABELS) if (re.test(t)) return key;
  return undefined;
}

/**
 * A line of a flattened form that is not Chinese at all but prose in Latin letters: an extraction tool's summary
 * standing in for the form ("Table with columns for Department Name, …"). A row of figures ("44,169.357532 |
 * 28,016.258321 | …", the funds of Beijing's 部门整体支出绩效目标表) has no letters and is the form's own content.
 */
export function isForeignSummary(text: string): boolean {
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const letters = (text.match(/[A-Za-z]/g) ?? []).length;
  return text.length > 40 && cjk < text.length * 0.05 && letters >= text.replace(/\s+/g, '').length * 0.5;
}

/** "实施期资金总额：366,992" → label and value, when the part before the last colon is a known label. */
export function splitLabelled(cell: string): string[] {
  const i = Math.max(cell.lastIndexOf('：'), cell.lastIndexOf(':'));
  if (i <= 0) return [cell];
  const label = cell.slice(0, i);
  if (!fieldOf(label) && !fundOf(label)) return [cell];
  return [cell.slice(0, i), cell.slice(i + 1)];
}

export function looksLikeValue(tok: string): boolean {
  const v = parseIndicatorValue(tok);
  return v.number !== undefined || v.operator !== undefined || tok.length <= 4;
}

export function looksLikeIndicatorName(tok: string): boolean {
  return tok.length >= 4 && /(率|数|人数|户数|时间|日期|标准|费用|满意度|质量|效益|次数|范围|成本|覆盖)$/.test(tok);
}

/**
 * Merged level-2 cells are printed on the middle row of their group, so the first row of a group can
 * land under the previous label. Move a money-valued indicator into the 成本指标 group that follows it.
 */
export function reassignMergedLabels(indicators: Indicator[]): void {
  for (const period of ['实施期', '年度'] as const) {
    const list = indicators.filter((i) => i.period === period);
    for (let i = 0; i < list.length - 1; i++) {
      const ind = list[i];
      const unit = ind.value.unit ?? '';
      if (ind.level2 === '成本指标' || !/^(元|万元)$/.test(unit)) continue;
      const next = list.slice(i + 1).find((n) => n.level2 !== ind.level2);
      if (next?.level2 === '成本指标') ind.level2 = '成本指标';
    }
  }
}
