import { normalizeName } from '../../model/names.js';
import { claimLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { closest } from './names.js';

export default defineRule({
  id: 'narrative-name-exists',
  severity: 'error',
  category: 'narrative',
  title: '说明中的科目名称在报表中不存在',
  message: '说明提到的“{name}”不是报表中的科目名称{hint}',
  description: `情况说明列举支出用途时写出的功能分类科目名称（“一般公共服务支出650.24万元”），必须是报表中列示的科目名称。
写错的名称（如把“一般公共服务支出”写成“一般公共预算服务支出”）会被指出，并给出最接近的正确名称。`,
  *check({ figures, ref }) {
    const names = figures.functionalNames();
    if (!names.size) return;
    for (const { claim, section } of figures.claims('name')) {
      if (claim.role !== 'functional') continue;
      const n = normalizeName(claim.name);
      if (names.has(n)) continue;
      const known = ref.functional.findByName(n);
      const near = closest(n, names);
      // Only names that are classification names (in the reference list) or near-misses of a printed one;
      // other "…支出" subjects (机关运行经费支出, 公务接待费支出) are not functional classes.
      const nearMiss = near && near.distance <= Math.max(2, Math.floor(n.length / 3));
      if (!known.length && !nearMiss) continue;
      const hint = nearMiss ? `，应为“${near.name}”？` : '（科目存在，但本部门报表未列示）';
      yield {
        params: { name: claim.name, hint },
        locations: [claimLoc(section, claim)],
        expected: nearMiss ? near.name : '报表中的科目名称',
        actual: claim.name,
        suggestion: nearMiss ? `改为“${near.name}”` : '核对科目名称或补列报表',
      };
    }
  },
});
