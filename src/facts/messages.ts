import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否（true 或 false）',
  object: '键值表',
  array: '列表',
  record: '键值表',
  literal: '固定值',
};

function kindOf(v: unknown): string {
  if (v === undefined) return '空缺';
  if (v === null) return '空值';
  if (Array.isArray(v)) return '列表';
  if (typeof v === 'number') return Number.isInteger(v) ? '整数' : '小数';
  if (typeof v === 'string') return `文本“${v.length > 20 ? v.slice(0, 20) + '…' : v}”`;
  return TYPE_NAMES[typeof v] ?? typeof v;
}

/** Chinese message for a zod issue; custom messages set in the schema are kept. */
export function chineseError(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return '缺少必填项';
      return `应为${TYPE_NAMES[iss.expected] ?? iss.expected}，实际是${kindOf(iss.input)}`;
    case 'invalid_value':
      return `应为以下之一：${iss.values.map(String).join('、')}；实际是${kindOf(iss.input)}`;
    case 'too_small':
      if (iss.origin === 'string' && Number(iss.minimum) === 1) return '不能为空';
      if (iss.origin === 'array') return `至少要有${iss.minimum}项`;
      return `不能小于${iss.minimum}`;
    case 'too_big':
      if (iss.origin === 'array') return `最多${iss.maximum}项`;
      return `不能大于${iss.maximum}`;
    case 'invalid_format':
      return `格式不正确：${kindOf(iss.input)}`;
    case 'unrecognized_keys':
      return `有未知的字段：${iss.keys.join('、')}（请检查拼写，字段名见 docs/facts-format.md）`;
    case 'invalid_key': {
      const inner = iss.issues?.[0] as { values?: unknown[] } | undefined;
      return `“${String(iss.input)}”不是允许的名称${inner?.values ? `（应为 ${inner.values.join('、')}）` : ''}`;
    }
    case 'invalid_union':
      return `格式不正确：${kindOf(iss.input)}`;
    case 'not_multiple_of':
      return `应为${iss.divisor}的倍数`;
    default:
      return undefined;
  }
}

/** "projects[2].form.funds" from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out === '' ? String(k) : `.${String(k)}`;
  return out || '（文件顶层）';
}

/** The name of the list item a path points into (（“送温暖经费”）), read from the raw input, to help find it. */
export function itemHint(path: readonly PropertyKey[], input: unknown): string {
  let node: unknown = input;
  let hint = '';
  for (const k of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[k];
    if (typeof k === 'number' && node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      const label = typeof o.name === 'string' ? o.name : typeof o.code === 'string' ? o.code : undefined;
      if (label) hint = `（“${label}”）`;
    }
  }
  return hint;
}
