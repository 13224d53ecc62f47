import { fewOrOneNote } from '../engine/aggregate.js';
import { rowLoc, tableLoc } from '../engine/locate.js';
import { fen } from '../engine/format.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { economicRows, economicTables, type EconomicRow } from './economic-rows.js';

const label = (er: EconomicRow) => [er.row.code, er.row.name].filter(Boolean).join(' ');
const hasAmount = (er: EconomicRow) => Object.values(er.row.cells).some((c) => fen(c.value) !== 0n);

export default defineRule({
  id: 'class-economic-name',
  severity: 'warning',
  category: 'classification',
  title: '部门预算支出经济分类科目名称或归属不规范',
  message: '“{table}”中“{row}”{problem}',
  description: `一般公共预算基本支出经济分类表按**部门预算支出经济分类**列示（常常只印名称、不印编码），并应细化到款级：

- 款级名称应是部门预算支出经济分类的规范名称；印了编码的，编码与名称应一致；
- 款级科目应列在其所属的类下面（例如“办公费”属于“商品和服务支出”，不能列在“工资福利支出”下）；
- 每个有金额的类级科目下面应列出款级科目；
- 把政府预算支出经济分类的名称（如“工资奖金津补贴”）填进部门经济分类栏也是错误的。

名称不在内置参考表中的（内置表不完整）只作提示；载入完整的官方科目表后作为警告。
一张表中多数编码行（超过四成）的名称与编码不符时，该表是按地方编码口径列示的（如上海按顺序编 302 01、02……），只给一条提示，不逐行报告。

示例：“工资福利支出”类下列有“办公费”；或“商品和服务支出”类下面没有任何款级科目。`,
  *check({ doc, ref }) {
    const complete = ref.economicDepartment.complete;
    for (const t of economicTables(doc.tables)) {
      const rows = economicRows(t, ref);
      const hasClassRows = rows.some((r) => r.level === '类');
      const mismatches: FindingDraft[] = [];
      for (const [i, er] of rows.entries()) {
        const at = { table: t.title, row: label(er) };
        const loc = [rowLoc(t, er.row)];
        if (er.level === '类') {
          const next = rows[i + 1];
          if (hasAmount(er) && (!next || next.level === '类'))
            yield { params: { ...at, problem: '下面没有列出款级科目（应细化到款级）' }, locations: loc, suggestion: `在“${er.row.name}”下列出各款级科目及金额` };
        }
        if (er.row.code) {
          const res = ref.economicDepartment.lookup(er.row.code, er.row.name, ref.year);
          if (res.status === 'unverified') {
            yield {
              severity: 'info',
              params: { ...at, problem: `与内置参考表的名称“${res.entry.name}”不同；内置表只有${res.from}年起的名称，${ref.year}年的名称未核对` },
              locations: loc,
              actual: er.row.name,
              suggestion: `对照${ref.year}年《部门预算支出经济分类科目》核对名称`,
            };
            continue;
          }
          if (res.status === 'name-mismatch' || res.status === 'former-name') {
            const d: FindingDraft = {
              severity: res.status === 'former-name' ? 'info' : 'warning',
              params: { ...at, problem: res.status === 'former-name' ? `使用了旧称，${ref.year}年的名称为“${res.entry.name}”` : `与编码${er.row.code}的规范名称“${res.entry.name}”不符` },
              locations: loc,
              expected: res.entry.name,
              actual: er.row.name,
              suggestion: `改为“${res.entry.name}”`,
            };
            if (res.status === 'name-mismatch') mismatches.push(d);
            else yield d;
            continue;
          }
        }
        if (er.level !== '款') continue;
        if (!er.entries.length) {
          const gov = ref.economicGovernment.hasName(er.row.name);
          yield {
            severity: gov || complete ? 'warning' : 'info',
            params: { ...at, problem: gov ? '是政府预算支出经济分类科目名称，此栏应填部门预算支出经济分类科目' : complete ? '不是部门预算支出经济分类的款级科目' : '不在内置部门预算支出经济分类参考表中，无法核对' },
            locations: loc,
            actual: er.row.name,
            suggestion: gov ? '改填对应的部门预算支出经济分类款级科目名称' : '对照《部门预算支出经济分类科目》核对名称',
          };
          continue;
        }
        const parents = er.entries.map((e) => e.parent).filter((p): p is string => !!p);
        const expectedClass = parents.map((p) => ref.economicDepartment.get(p)?.name ?? p)[0];
        if (!er.klass) {
          if (hasClassRows)
            yield { params: { ...at, problem: `排在所有类级科目之前，没有列在所属的类“${expectedClass}”下` }, locations: loc, expected: expectedClass, suggestion: `把该行移到“${expectedClass}”下` };
          continue;
        }
        const klassCodes = er.klass.entries.filter((e) => e.level === '类').map((e) => e.code);
        if (!klassCodes.length || parents.some((p) => klassCodes.includes(p))) continue;
        yield {
          params: { ...at, problem: `列在“${er.klass.row.name}”下，但它属于“${expectedClass}”` },
          locations: [rowLoc(t, er.row), rowLoc(t, er.klass.row)],
          expected: expectedClass,
          actual: er.klass.row.name,
          suggestion: `把该行移到“${expectedClass}”下，并相应调整两个类的合计`,
        };
      }
      // Most codes naming other lines: the table numbers a local scheme (Shanghai numbers 302 01, 02 … in order).
      const coded = rows.filter((r) => r.row.code).length;
      yield* fewOrOneNote(mismatches, coded, (n) => ({
        params: { table: t.title, row: '编码与名称', problem: `有${n}处（共${coded}个编码行）与全国部门预算支出经济分类的规范名称不符，本表似按地方编码口径列示，未逐项核对` },
        locations: [tableLoc(t)],
        suggestion: '如按全国口径公开，对照《部门预算支出经济分类科目》核对编码与名称',
      }));
    }
  },
});
