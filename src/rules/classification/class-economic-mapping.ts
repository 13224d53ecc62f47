import { normalizeName } from '../../model/names.js';
import type { ReferenceSet } from '../../reference/index.js';
import { rowLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { economicRows, economicTables, type EconomicRow } from './economic-rows.js';

/** The 政府经济分类 款 a 部门 款 maps to (机关 口径), when the mapping is known and unambiguous. */
function mapped(er: EconomicRow, ref: ReferenceSet): { code: string; name: string } | undefined {
  const klass = er.klass?.entries.find((e) => e.level === '类')?.code;
  const own = er.entries.filter((e) => e.level === '款' && (!klass || e.parent === klass));
  const gov = [...new Set(own.map((e) => ref.economicMapping.get(e.code)).filter((c): c is string => !!c))];
  if (gov.length !== 1) return undefined;
  const entry = ref.economicGovernment.get(gov[0]);
  return entry ? { code: entry.code, name: entry.name } : undefined;
}

export default defineRule({
  id: 'class-economic-mapping',
  severity: 'warning',
  category: 'classification',
  title: '政府预算支出经济分类科目填写不正确',
  message: '“{table}”中“{row}”对应的政府预算支出经济科目“{alt}”{problem}',
  description: `基本支出经济分类表中，部门预算支出经济分类款级科目旁边的“政府预算支出经济科目名称”一栏，
应按财政部《政府预算和部门预算支出经济分类科目对照表》填写对应的**政府预算支出经济分类款级科目**：

- 填的是类级科目名称（如“工资福利支出”“机关商品和服务支出”）而不是款级名称：应填款级科目名称。
  注意“工资福利支出”“商品和服务支出”也是政府经济分类 505（对事业单位经常性补助）下的款级名称，事业单位的支出
  这样填是对的；内置参考表未收录 505 类，无法判断时只作提示，请按单位性质核对（机关一般对应 501/502 下的款）；
- 对照关系已知（内置对照表为机关口径）而所填款级名称属于同一类下的另一款：警告，并给出应填的名称。
  所填名称属于另一类（例如事业单位口径）或对照关系未知时不报告。

示例：“差旅费”对应的政府预算支出经济科目应为“办公经费”（50201），表中填了“会议费”。`,
  *check({ doc, ref }) {
    const gov = ref.economicGovernment;
    for (const t of economicTables(doc.tables)) {
      for (const er of economicRows(t, ref)) {
        const alt = er.row.altName;
        if (er.level !== '款' || !alt) continue;
        const at = { table: t.title, row: er.row.name, alt };
        const m = mapped(er, ref);
        const govHits = gov.findByName(alt);
        if (govHits.some((e) => e.level === '款')) {
          const altEntry = govHits.find((e) => e.level === '款')!;
          const target = m ? gov.get(m.code) : undefined;
          if (!m || !target || normalizeName(alt) === normalizeName(m.name) || altEntry.parent !== target.parent) continue;
          yield {
            params: { ...at, problem: `与对照关系不符，应为“${m.name}”` },
            locations: [rowLoc(t, er.row)],
            expected: m.name,
            actual: alt,
            suggestion: `按《政府预算和部门预算支出经济分类科目对照表》改为“${m.name}”（${m.code}）`,
          };
          continue;
        }
        const govClass = govHits.some((e) => e.level === '类');
        const deptClass = ref.economicDepartment.findByName(alt).some((e) => e.level === '类');
        if (!govClass && !deptClass) continue;
        const sure = govClass || gov.complete;
        yield {
          severity: sure ? 'warning' : 'info',
          params: {
            ...at,
            problem: govClass
              ? '是政府经济分类的类级科目名称，应填政府经济分类款级科目名称'
              : sure
                ? '是部门经济分类的类级科目名称，应填政府经济分类款级科目名称'
                : '是部门经济分类的类级科目名称；除事业单位口径（505类下同名款）外，应填政府经济分类款级科目名称',
          },
          locations: [rowLoc(t, er.row)],
          expected: m ? `${m.name}（机关口径）` : undefined,
          actual: alt,
          suggestion: m
            ? `核对单位性质：机关（行政）单位应填“${m.name}”；事业单位应填505类下对应的款级科目`
            : '按单位性质填写对应的政府预算支出经济分类款级科目名称（机关一般为501/502类下的款，事业单位为505类下的款）',
        };
      }
    }
  },
});
