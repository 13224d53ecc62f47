import { describe, expect, it } from 'vitest';
import { topicOfHeading } from './sections.js';

describe('topicOfHeading', () => {
  it.each([
    ['部门预算收支数据变动情况及原因', 'change-overview'],
    ['财政拨款收支预算总体情况说明', 'fiscal-overview'],
    ['财政拨款收入支出决算总体情况说明', 'fiscal-overview'],
    ['收入支出决算总体情况说明', 'change-overview'],
    ['一般公共预算基本支出情况说明', 'gpb-basic'],
    ['一般公共预算当年支出规模变化情况', 'gpb-expenditure'],
    ['“三公”经费增减变动原因说明', 'three-public'],
    ['国有资产占有使用情况', 'assets'],
    ['名词解释', 'glossary'],
  ])('%s → %s', (heading, topic) => expect(topicOfHeading(heading)).toBe(topic));
});
