import { describe, expect, it } from 'vitest';
import { importFile } from './index.js';
import { disclosureIdentity, pairParts, type DisclosureIdentity, type PartCandidate } from './pairing.js';

// Pages cut from one Beijing disclosure published as 附件1 (情况说明) and 附件2 (报表).
const NARRATIVE = 'test/fixtures/parts/fuzhongxin-shuoming.pdf';
const TABLES = 'test/fixtures/parts/fuzhongxin-baobiao.pdf';
const DEPARTMENT = '北京城市副中心工程建设管理办公室';

describe('disclosureIdentity', () => {
  it('reads the narrative part by its title, and the table part by its 部门整体支出绩效目标表', async () => {
    expect(disclosureIdentity(await importFile(NARRATIVE))).toEqual({ content: 'narrative', department: DEPARTMENT, year: 2026, kind: '预算', scope: '部门' });
    // Its first line is a table title ("预算01表收支总表"), which names no department.
    expect(disclosureIdentity(await importFile(TABLES))).toEqual({ content: 'tables', department: DEPARTMENT, year: 2026, kind: '预算', scope: '部门' });
  });
});

const id = (content: DisclosureIdentity['content'], more: Partial<DisclosureIdentity> = {}): DisclosureIdentity => ({ content, department: '某市某局', year: 2026, kind: '预算', scope: '部门', ...more });
const file = (path: string, identity: DisclosureIdentity): PartCandidate => ({ file: path, identity });

describe('pairParts', () => {
  it('pairs a narrative-only and a tables-only file of one department and year, narrative first', async () => {
    const read = async (f: string) => file(f, disclosureIdentity(await importFile(f)));
    const pairs = pairParts([await read(TABLES), await read(NARRATIVE)]);
    expect(pairs.map((p) => [p.narrative, p.tables])).toEqual([[NARRATIVE, TABLES]]);
    expect(pairs[0].reason).toContain(`${DEPARTMENT}2026年部门预算`);
  });
  it('never pairs complete documents, other departments, years or kinds, or a part whose department is not read', () => {
    const n = file('d/a-说明.pdf', id('narrative'));
    expect(pairParts([file('d/b.pdf', id('complete')), n])).toEqual([]);
    expect(pairParts([n, file('d/b.pdf', id('tables', { department: '某市另一局' }))])).toEqual([]);
    expect(pairParts([n, file('d/b.pdf', id('tables', { year: 2025 }))])).toEqual([]);
    expect(pairParts([n, file('d/b.pdf', id('tables', { kind: '决算' }))])).toEqual([]);
    expect(pairParts([n, file('d/b.pdf', id('tables', { department: undefined }))])).toEqual([]);
    expect(pairParts([n, file('d/b.pdf', id('narrative'))])).toEqual([]);
  });
  it('lets file names break a tie, and pairs nothing when they cannot', () => {
    const n = file('d/某局-附件1.pdf', id('narrative'));
    const near = file('d/某局-附件2.pdf', id('tables'));
    const far = file('d/其他-报表.pdf', id('tables'));
    expect(pairParts([n, far, near]).map((p) => p.tables)).toEqual([near.file]);
    expect(pairParts([n, file('d/x1.pdf', id('tables')), file('d/x2.pdf', id('tables'))])).toEqual([]);
    // Two narratives wanting one table part: neither is guessed.
    expect(pairParts([file('d/x1.pdf', id('narrative')), file('d/x2.pdf', id('narrative')), file('d/y.pdf', id('tables'))])).toEqual([]);
  });
});
