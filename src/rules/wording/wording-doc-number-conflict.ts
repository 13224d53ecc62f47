import type { Location } from '../engine/types.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { citations, correctedDocNumber, sameDocNumber, sameTitle, type Citation, type DocNumber } from './doc-numbers.js';
import { textUnits, type TextUnit } from './text-units.js';

interface Cited {
  c: Citation & { docNo: DocNumber };
  unit: TextUnit;
}

const BATCHED = /下达|拨付|分配|清算/;

const show = (d: DocNumber) => d.raw.replace(/\s+/g, '');

/** Group items: each group holds items equal to its first item. */
function groups<T>(items: T[], same: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const it of items) {
    const g = out.find((x) => same(x[0], it));
    if (g) g.push(it);
    else out.push([it]);
  }
  return out;
}

function loc(x: Cited): Location {
  const text = x.unit.text.slice(x.c.start, x.c.docNo.end);
  return x.unit.loc(text, x.c.start, x.c.docNo.end);
}

export default defineRule({
  id: 'wording-doc-number-conflict',
  severity: 'error',
  category: 'wording',
  title: '同一文件的文号或名称前后不一致',
  message: '同一文件在不同位置的引用不一致：{detail}',
  description: `收集全文（说明文字、名词解释、各绩效目标表的立项依据和项目概况等）中“《文件名称》（文号）”形式的引用，检查：

- 同一文件名称（规范化后相同，或只差一两个字且其中的数字相同）却写成了**不同的文号**——至少有一处文号是错的（错误）；
  资金下达、拨付、分配类通知常以同一标题分批印发，这类标题只作警告；
- 同一文号对应的**文件名称写法不同**——至少有一处名称引错了（警告）。

文号比较时不区分括号样式（〔〕【】()），括号样式由 wording-doc-number-brackets 检查。

示例：一张绩效目标表写《关于财政拨款的行政事业单位工会经费有关问题的通知》（总工发【2003】26号），另一张写
《关于财政拨款的行政事业单位计提工会经费有关问题的通知》（总工发【2003】25号）。`,
  *check({ doc }) {
    const cited: Cited[] = [];
    for (const unit of textUnits(doc))
      for (const c of citations(unit.text)) if (c.docNo && c.key) cited.push({ c: c as Cited['c'], unit });

    // Same title, different numbers.
    for (const g of groups(cited, (a, b) => sameTitle(a.c.key, b.c.key))) {
      const variants = groups(g, (a, b) => sameDocNumber(a.c.docNo, b.c.docNo));
      if (variants.length < 2) continue;
      const nums = variants.map((v) => `“${show(v[0].c.docNo)}”`);
      const d: FindingDraft = {
        // Fund allocation notices are often issued in batches under one title: then it may be two documents.
        severity: BATCHED.test(g[0].c.title) ? 'warning' : undefined,
        params: { detail: `《${g[0].c.title}》分别写作${nums.join('和')}` },
        locations: variants.map((v) => loc(v[0])),
        actual: variants.map((v) => `${v[0].unit.label}：${show(v[0].c.docNo)}`).join('；'),
        suggestion: `核对原文件，统一为正确的文号（如“${correctedDocNumber(variants[0][0].c.docNo)}”或“${correctedDocNumber(variants[1][0].c.docNo)}”之一）`,
      };
      yield d;
    }

    // Same number, different titles.
    for (const g of groups(cited, (a, b) => sameDocNumber(a.c.docNo, b.c.docNo))) {
      const variants = groups(g, (a, b) => a.c.key === b.c.key);
      if (variants.length < 2) continue;
      const titles = variants.map((v) => `《${v[0].c.title}》`);
      yield {
        severity: 'warning',
        params: { detail: `文号“${show(g[0].c.docNo)}”对应的文件名称分别写作${titles.join('和')}` },
        locations: variants.map((v) => loc(v[0])),
        actual: variants.map((v) => `${v[0].unit.label}：《${v[0].c.title}》`).join('；'),
        suggestion: '核对原文件，统一文件名称的写法',
      };
    }
  },
});
