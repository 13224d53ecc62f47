import type { Slot } from '../sentence.js';
import type { SentenceState } from '../state.js';

/** Aggregates that end in 支出 but are no functional class (基本支出, 支出总计, 一般公共预算支出…). */
const AGGREGATE = /^(基本|项目|本年|当年|一般公共预算|一般公共预算当年|财政拨款|政府性基金预算?|国有资本经营预算?|部门预算|部门|预算|年度|上年结转|事业单位经营|上缴上级|对附属单位补助)?(拨款)?(安排的?)?支出$|(基本支出|项目支出|支出总计|支出合计|本年支出|当年支出|预算支出|拨款支出|经营支出|补助支出|上级支出)$/;

/** Economic classification names (部门/政府预算支出经济分类) are no functional classes: 机关工资福利支出, 商品和服务支出… */
const ECONOMIC = /工资福利|商品和?服务|个人和家庭|资本性|经常性补助|对企业|对社会保障基金|债务|转移性|基本建设|公用|人员|经营|^总/;

/**
 * A functional class named with an amount ("一般公共服务支出650.24万元"): the name rules compare it with the
 * names the tables print. Only subjects the sentence names itself, ending in 支出 and not an aggregate.
 */
export function nameClaim(st: SentenceState, slot: Slot, lead: string, subject: string): void {
  if (!/支出$/.test(subject) || AGGREGATE.test(subject) || ECONOMIC.test(subject) || subject.length < 4 || /[、，]/.test(subject)) return;
  // Items of a 项目 or 经济 list are not functional classes; a class is named on its own in the lead.
  if (!lead.endsWith(subject.slice(-4)) && !/\(类\)/.test(lead)) return;
  st.out.push({ type: 'name', text: subject, source: st.slotSource(slot), name: subject, role: 'functional' });
}
