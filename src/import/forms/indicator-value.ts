import type { IndicatorValue } from '../../model/performance.js';
import { toHalfWidth } from '../../money/parse.js';

const OPS: [RegExp, IndicatorValue['operator']][] = [
  [/^(≥|>=|＞=|大于等于|不低于|不少于|至少)/, '≥'],
  [/^(≤|<=|小于等于|不高于|不超过|不多于|至多)/, '≤'],
  [/^(>|＞|大于|高于|多于)/, '>'],
  [/^(<|＜|小于|低于|少于)/, '<'],
  [/^(=|＝|等于)/, '='],
];

/** Parse a 指标值 such as "≥30人", "100%", "1000元/户", "提高90%", "七月", "2026年1月", "合规". */
export function parseIndicatorValue(raw: string): IndicatorValue {
  const v: IndicatorValue = { raw };
  let s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  if (s === '') return v;
  if (/^\d{4}年(\d{1,2}月)?(\d{1,2}日)?/.test(s) || /^(\d{1,2}|[一二三四五六七八九十]{1,3})月/.test(s) || /^(每月|每季度|每年|全年|年底|年初|上半年|下半年)/.test(s)) {
    v.word = s;
    return v;
  }
  for (const [re, op] of OPS) {
    const m = re.exec(s);
    if (m) {
      v.operator = op;
      s = s.slice(m[0].length);
      break;
    }
  }
  const pre = /^(提高|提升|降低|下降|增长|减少|增加|达到|控制在)/.exec(s);
  if (pre) {
    v.prefix = pre[1];
    s = s.slice(pre[1].length);
  }
  const num = /^(\d+(?:\.\d+)?)(.*)$/.exec(s);
  if (num) {
    v.number = num[1];
    v.unit = num[2] || undefined;
    return v;
  }
  v.word = raw.trim();
  return v;
}
