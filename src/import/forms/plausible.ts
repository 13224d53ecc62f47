import { squash } from '../../model/columns.js';
import type { PerformanceForm } from '../../model/performance.js';

/** Labels of the form's own grid (funds rows, column heads) that are never an indicator's name. */
const GRID_LABEL = /^(其中[:：]?)?(财政拨款|财政资金|其他资金|资金总额|年度资金总额|实施期资金总额|资金来源|备注|绩效指标|指标值|一级指标|二级指标|三级指标|指标名称|项目实施期目标|实施期目标|年度目标|总体目标|年度绩效目标)$/;
/** A number, an amount or a comparison: a value, not a name. */
const VALUE_LIKE = /^[≥≤<>=＞＜]?\s*[\d.,，%％]+\s*(万元|元|个|人|次|天|%)?$/;

/**
 * Why a parsed form cannot be trusted, if it cannot: indicators named like the grid's own labels or like values
 * (columns read out of line), or a project name that is a table title or several names run together (forms not
 * split apart). Such a form is reported as not read, not checked indicator by indicator.
 */
export function doubtAbout(form: PerformanceForm): string | undefined {
  const names = form.indicators.map((i) => squash(i.name));
  const misread = names.filter((n) => GRID_LABEL.test(n) || VALUE_LIKE.test(n)).length;
  if (misread) return `${misread} 个指标名称是表格栏目或数值，栏目未能对齐`;
  const project = form.projectName ?? '';
  if (/绩效目标表$|^预算\d+表/.test(squash(project))) return '项目名称是表名，项目栏未能读出';
  if (project.trim().split(/\s+/).filter((w) => w.length >= 4).length >= 3) return '项目名称由多个名称连成，几张表未能分开';
  return undefined;
}
