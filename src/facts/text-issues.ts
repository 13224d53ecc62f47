import { hasControl, stripControl } from '../model/control.js';
import type { FactsIssue } from './load.js';
import { formatPath } from './messages.js';

/** Longest name (department, unit, project…) and longest text accepted. */
const MAX_NAME = 100;
const MAX_TEXT = 50_000;

/**
 * Texts that no renderer should see: control characters (NUL, terminal escapes), names longer than a name
 * can be, texts longer than a disclosure. Checked before the schema, with the path of each field.
 */
export function textIssues(data: unknown): FactsIssue[] {
  return oddTexts(data).map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/** The same, with each field's path as a list of keys (to find the cell of a workbook). */
export function oddTexts(data: unknown): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: data, path: [] }];
  const seen = new Set<object>(); // YAML anchors can make shared and even cyclic structures
  while (stack.length && issues.length < 20) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const key = path[path.length - 1];
      if (hasControl(v)) issues.push({ path, message: '含有控制字符（如 NUL 或终端转义符），请删除' });
      else if (key === 'name' && v.length > MAX_NAME) issues.push({ path, message: `名称过长（${v.length} 字），不能超过 ${MAX_NAME} 字` });
      else if (v.length > MAX_TEXT) issues.push({ path, message: `文字过长（${v.length} 字），不能超过 ${MAX_TEXT} 字` });
      continue;
    }
    if (!v || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
    else {
      for (const [k, x] of Object.entries(v)) {
        if (hasControl(k)) issues.push({ path: [...path, stripControl(k)], message: '字段名含有控制字符' });
        else stack.push({ v: x, path: [...path, k] });
      }
    }
  }
  return issues;
}
