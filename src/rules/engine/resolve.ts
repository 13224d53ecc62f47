import { normalizeName } from '../../model/names.js';
import type { Figure, Figures } from './figures.js';

/**
 * Map a narrative subject ("一般公共预算拨款收入", "基本支出") to a figure of the tables, using the section
 * topic to tell 部门 totals from 财政拨款 ones. Unresolved subjects are not checked (never guessed).
 */
const PHRASES: [RegExp, string, string[]?][] = [
  [/^财政拨款收入?支出?(决算|预算)?总计$/, 'fiscal.grand'],
  [/^收入支出(决算|预算)?总计$/, 'income.grand'],
  [/(收入|收支)(预算)?总计$|^预算收入总计$|收入总预算$/, 'income.grand'],
  [/^(部门)?(预算)?收入$|^收入预算$/, 'income.grand', ['income', 'performance']],
  [/^本年收入(合计)?$/, 'income.current'],
  [/^上年结转(收入)?$/, 'income.carryover', ['change-overview', 'income']],
  [/^上年结转(收入)?$/, 'fiscal.carryover', ['fiscal-overview']],
  [/支出(预算)?总计$|^(本年)?部门预算支出总计$/, 'expense.grand'],
  [/^(部门)?支出预算$|^(部门)?预算支出$/, 'expense.total', ['expenditure']],
  [/^本年预算安排$/, 'expense.current'],
  [/^涉及(部门)?(预算)?资金$/, 'expense.total', ['performance']],
  [/项目支出总额$/, 'expense.project'],
  [/^一般公共预算(安排)?基本支出$/, 'gpb.basic'],
  [/^基本支出$/, 'expense.basic', ['expenditure', 'performance', 'change-overview']],
  [/^基本支出$/, 'gpb.basic', ['gpb-basic', 'gpb-expenditure']],
  [/^项目支出$/, 'expense.project', ['expenditure', 'performance', 'change-overview']],
  [/^项目支出$/, 'gpb.project', ['gpb-expenditure']],
  [/^财政拨款收支总预算$|^财政拨款(收支|收入)(预算)?总计$|^财政拨款收支预算总额$/, 'fiscal.grand'],
  [/^当年(财政)?拨款收入$|^本年财政拨款收入$/, 'fiscal.current'],
  [/^上年(财政拨款)?结转收入$/, 'fiscal.carryover'],
  [/^一般公共预算(拨款)?(收入)?$/, 'income.gpb', ['income', 'change-overview']],
  [/^一般公共预算(拨款)?(收入)?$/, 'fiscal.gpb', ['fiscal-overview']],
  [/^政府性基金(预算)?(拨款)?(收入)?$/, 'income.gov_fund', ['income', 'change-overview']],
  [/^政府性基金(预算)?(拨款)?(收入)?$/, 'fiscal.gov_fund', ['fiscal-overview']],
  [/^国有资本经营(预算)?(拨款)?(收入)?$/, 'income.soe', ['income', 'change-overview']],
  [/^国有资本经营(预算)?(拨款)?(收入)?$/, 'fiscal.soe', ['fiscal-overview']],
  [/^财政专户管理资金(收入)?$/, 'income.special_account'],
  [/^单位资金(收入)?$/, 'income.unit_funds'],
  [/^一般公共预算(当年)?(拨款)?支出$|^一般公共预算当年支出$/, 'gpb.total'],
  [/^人员经费$/, 'gpb.personnel'],
  [/^公用经费$/, 'gpb.public'],
  [/机关运行经费/, 'operating.total'],
  [/三公.?经费(财政拨款)?(预算)?(支出)?$/, 'threepublic.total'],
];

export function resolveSubject(figures: Figures, subject: string, topic?: string): Figure | undefined {
  // "一般公共服务支出（类）" names the 类 row; the level mark is not part of the name.
  const s = normalizeName(subject).replace(/\((类|款|项)\)/g, '');
  if (!s) return undefined;
  for (const [re, id, topics] of PHRASES) {
    if (!re.test(s)) continue;
    if (topics && (!topic || !topics.includes(topic))) continue;
    const f = figures.concept(id);
    if (f) return f;
  }
  if (/支出$/.test(s)) return figures.functionalByName(s, topic);
  return undefined;
}
