import { z } from 'zod';
import { checkReportSchema } from '../report/json-schema.js';
import { ALL_RULES } from '../rules/catalogue.js';
import { CATEGORY_NAMES, type Rule } from '../rules/engine/types.js';
import { SEVERITY_NAMES } from '../report/summary.js';

/** Markdown page of one rule, generated from its metadata. */
export function rulePage(r: Rule): string {
  return `# ${r.id}：${r.title}

- 严重程度：${SEVERITY_NAMES[r.severity]}（${r.severity}）
- 类别：${CATEGORY_NAMES[r.category]}（${r.category}）
- 适用格式：${r.profiles?.join('、') ?? '全部'}
- 消息模板：\`${r.message}\`
- 源代码：[src/rules/${r.category}/${r.id}.ts](../../src/rules/${r.category}/${r.id}.ts)，测试：[${r.id}.test.ts](../../src/rules/${r.category}/${r.id}.test.ts)

${r.description.trim()}
`;
}

/** The catalogue index: every rule, grouped by category. */
export function catalogueIndex(rules: readonly Rule[] = ALL_RULES): string {
  const lines = ['# 规则目录', '', `本目录由 \`npm run docs:rules\` 根据规则元数据生成，共 ${rules.length} 条规则。请勿手工编辑。`, ''];
  for (const cat of Object.keys(CATEGORY_NAMES) as (keyof typeof CATEGORY_NAMES)[]) {
    const list = rules.filter((r) => r.category === cat);
    if (!list.length) continue;
    lines.push(`## ${CATEGORY_NAMES[cat]}（${cat}）`, '', '| 规则 | 严重程度 | 标题 |', '|---|---|---|');
    for (const r of list) lines.push(`| [${r.id}](${r.id}.md) | ${SEVERITY_NAMES[r.severity]} | ${r.title} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** All generated files: path relative to docs/rules → content. */
export function ruleDocFiles(): Map<string, string> {
  const files = new Map<string, string>([['README.md', catalogueIndex()]]);
  for (const r of ALL_RULES) files.set(`${r.id}.md`, rulePage(r));
  return files;
}

/** JSON Schema of `gongkai check --format json`, from the zod schema the tests validate against. */
export function reportJsonSchema(): string {
  return JSON.stringify(z.toJSONSchema(checkReportSchema), null, 2) + '\n';
}
