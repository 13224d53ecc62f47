import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinReference } from './index.js';
import { entriesFromRows, readOfficialList, withOfficialList } from './import.js';

const ref = builtinReference(2026);
const dir = mkdtempSync(join(tmpdir(), 'gongkai-ref-'));

describe('built-in reference lists', () => {
  it('looks codes up with name, level and parent', () => {
    const e = ref.functional.get('2012901')!;
    expect(e).toMatchObject({ name: '行政运行', level: '项', parent: '20129' });
    expect(ref.functional.get('20129')?.name).toBe('群众团体事务');
    expect(ref.economicDepartment.get('30101')?.name).toBe('基本工资');
    expect(ref.economicMapping.get('30101')).toBe('50101');
  });
  it('looks names up, ignoring bracket width', () => {
    expect(ref.economicDepartment.findByName('维修(护)费').map((e) => e.code)).toContain('30213');
    expect(ref.functional.findByName('一般公共服务支出')[0].code).toBe('201');
  });
  it('tells a wrong name from an unknown code and an old name', () => {
    expect(ref.functional.lookup('201', '一般公共服务支出').status).toBe('ok');
    expect(ref.functional.lookup('201', '一般公共预算服务支出').status).toBe('name-mismatch');
    expect(ref.functional.lookup('2999999', '某某支出').status).toBe('unknown');
    expect(ref.functional.lookup('20805', '行政事业单位离退休').status).toBe('former-name');
    expect(ref.functional.complete).toBe(false);
  });
  it("judges a name by the document's own year: right then, old later, unchecked before the list's years", () => {
    // 20805 was printed 行政事业单位离退休 up to 2019 and 行政事业单位养老支出 from 2023 (names-history.csv).
    const years = ref.functional.get('20805')!.nameYears!;
    expect(years).toContainEqual({ name: '行政事业单位离退休', from: 2017, to: 2019 });
    expect(ref.functional.lookup('20805', '行政事业单位离退休', 2018).status).toBe('ok');
    expect(ref.functional.lookup('20805', '行政事业单位离退休', 2024).status).toBe('former-name');
    expect(ref.functional.lookup('20805', '行政事业单位离退休', 2021)).toMatchObject({ status: 'unverified', from: 2023 });
    expect(ref.functional.lookup('20805', '养老支出', 2020).status).toBe('unverified');
    expect(ref.functional.lookup('20805', '养老支出', 2024).status).toBe('name-mismatch');
    // A code whose current name the list has from 2017 on is judged in 2017 as today.
    expect(ref.economicDepartment.lookup('30201', '办公用品费', 2017).status).toBe('name-mismatch');
  });
});

describe('importing an official list', () => {
  it('reads code/name rows and skips headings', () => {
    const rows = [['2026年政府收支分类科目'], ['科目编码', '科目名称'], ['213', '农林水支出'], ['21301', '农业农村'], ['2130101', '行政运行'], ['说明：略', '']];
    expect(entriesFromRows(rows).map((e) => [e.code, e.level, e.parent])).toEqual([
      ['213', '类', undefined],
      ['21301', '款', '213'],
      ['2130101', '项', '21301'],
    ]);
  });
  it('reads separate 类/款/项 columns', () => {
    const rows = [['类', '款', '项', '科目名称'], ['213', '', '', '农林水支出'], ['', '01', '', '农业农村'], ['', '', '01', '行政运行'], ['', '', '02', '一般行政管理事务']];
    expect(entriesFromRows(rows).map((e) => e.code)).toEqual(['213', '21301', '2130101', '2130102']);
  });
  it('loads CSV and XLSX, and replaces or extends the built-in list', async () => {
    const csv = join(dir, 'list.csv');
    writeFileSync(csv, '科目编码,科目名称\n213,农林水支出\n21301,农业农村\n');
    const list = await readOfficialList(csv, 'functional');
    expect(list.complete).toBe(true);
    const extended = withOfficialList(ref, list, 'extend');
    expect(extended.functional.get('213')?.name).toBe('农林水支出');
    expect(extended.functional.get('201')?.name).toBe('一般公共服务支出');
    const replaced = withOfficialList(ref, list, 'replace');
    expect(replaced.functional.get('201')).toBeUndefined();
    expect(replaced.functional.lookup('201', '一般公共服务支出').status).toBe('unknown');

    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('科目');
    ws.addRows([['科目编码', '科目名称'], ['214', '交通运输支出'], ['21401', '公路水路运输']]);
    const xlsx = join(dir, 'list.xlsx');
    await wb.xlsx.writeFile(xlsx);
    expect((await readOfficialList(xlsx, 'functional')).get('21401')?.name).toBe('公路水路运输');
  });
  it('refuses an unreadable or empty list in Chinese', async () => {
    const bad = join(dir, 'bad.doc');
    writeFileSync(bad, 'x');
    await expect(readOfficialList(bad, 'functional')).rejects.toThrow(/不受支持/);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '名称\n没有编码\n');
    await expect(readOfficialList(empty, 'functional')).rejects.toThrow(/没有找到/);
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, 'PK\u0003\u0004garbage');
    await expect(readOfficialList(broken, 'functional')).rejects.toThrow(/已损坏/);
  });
});
