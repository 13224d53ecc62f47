import { describe, expect, it } from 'vitest';
import type { Grid, GridCell } from './grid.js';
import { tableRows } from './table.js';
import { normalizeText } from './text.js';

/** A ruled grid from a picture of it: '<' merges a cell with its left neighbour, '^' with the one above. */
function grid(picture: string[][], page = 1, x0 = 50): Grid {
  const nr = picture.length;
  const nc = picture[0].length;
  const xs = Array.from({ length: nc + 1 }, (_, c) => x0 + 60 * c);
  const ys = Array.from({ length: nr + 1 }, (_, r) => 100 + 20 * r);
  const at = picture.map(() => new Array<number>(nc).fill(-1));
  const cells: GridCell[] = [];
  picture.forEach((row, r) =>
    row.forEach((t, c) => {
      if (t === '<') at[r][c] = at[r][c - 1];
      else if (t === '^') at[r][c] = at[r - 1][c];
      else {
        at[r][c] = cells.length;
        cells.push({ r0: r, c0: c, r1: r + 1, c1: c + 1, text: t, box: [xs[c], ys[r], 60, 20] });
      }
      const cell = cells[at[r][c]];
      cell.r1 = Math.max(cell.r1, r + 1);
      cell.c1 = Math.max(cell.c1, c + 1);
    }),
  );
  return { page, xs, ys, cells, at, box: [xs[0], ys[0], xs[nc] - xs[0], ys[nr] - ys[0]] };
}

const text = (g: Grid[]) => tableRows(g).map((r) => (r.header ? 'H ' : '') + r.cells.map((c) => c.text).join('|'));

describe('tableRows', () => {
  it('keeps 类|款|项 columns apart, as printed (the table reader merges them, across pages)', () => {
    const g = grid([
      ['项目', '<', '<', '<', '支出'],
      ['功能分类科目编码', '<', '<', '科目名称', '合计'],
      ['类', '款', '项', '^', '^'],
      ['201', '', '', '一般公共服务支出', '10.00'],
      ['', '05', '', '财政事务', '10.00'],
      ['合计', '<', '<', '<', '10.00'],
    ]);
    expect(text([g])).toEqual(['H 项目||||支出', 'H 功能分类科目编码|||科目名称|合计', 'H 类|款|项||', '201|||一般公共服务支出|10.00', '|05||财政事务|10.00', '|||合计|10.00']);
  });

  it('splits a header row that shares its line with the 合计 row', () => {
    const g = grid([
      ['项目', '<', '<', '<', '本年支出合计'],
      ['科目编码', '<', '<', '科目名称', '^'],
      ['类', '款', '项', '合计', '5.00'],
      ['201', '', '', '一般公共服务支出', '5.00'],
    ]);
    expect(text([g])).toEqual(['H 项目||||本年支出合计', 'H 科目编码|||科目名称|', 'H 类|款|项||', '|||合计|5.00', '201|||一般公共服务支出|5.00']);
  });

  it('keeps the 合计 of an empty table as a row, apart from sub-column labels on its line', () => {
    const g = grid([
      ['项目', '<', '本年支出', '<'],
      ['科目编码', '科目名称', '^', '<'],
      ['合计', '<', '基本支出', '项目支出'],
      ['', '', '', ''],
    ]);
    expect(text([g])).toEqual(['H 项目||本年支出|', 'H 科目编码|科目名称||', 'H ||基本支出|项目支出', '|合计||']);
  });

  it('keeps both totals of an empty two-sided table: the second 合计 stands under the name columns of 支出', () => {
    const g = grid([
      ['收入', '<', '<', '支出', '<', '<'],
      ['科目编码', '科目名称', '金额', '科目编码', '科目名称', '合计'],
      ['合计', '<', '', '合计', '<', ''],
    ]);
    expect(text([g]).slice(-1)).toEqual(['|合计|||合计|']);
  });

  it('joins a continuation page, dropping its repeated header and aligning its columns', () => {
    const first = grid([
      ['科目编码', '科目名称', '合计'],
      ['201', '一般公共服务支出', '3.00'],
    ]);
    const next = grid(
      [
        ['科目编码', '科目名称', '合计'],
        ['20101', '人大事务', '3.00'],
      ],
      2,
    );
    const rows = tableRows([first, next]);
    expect(rows.map((r) => [r.page, r.cells.map((c) => c.text).join('|')])).toEqual([
      [1, '科目编码|科目名称|合计'],
      [1, '201|一般公共服务支出|3.00'],
      [2, '20101|人大事务|3.00'],
    ]);
  });

  it('puts the text of a continuation column that spans two columns of the first part under the first one', () => {
    const first = grid([
      ['总体目标', '实施期目标', '年度目标', '<'],
      ['^', '实施期一', '年度一', '<'],
    ]);
    first.xs = [50, 110, 170, 200, 290];
    // On the next page only the row's rest: its last cell spans the third and fourth columns, without a rule between.
    const xs = [50, 110, 170, 290];
    const cells: GridCell[] = ['', '实施期二', '年度二'].map((t, c) => ({ r0: 0, c0: c, r1: 1, c1: c + 1, text: t, box: [xs[c], 40, xs[c + 1] - xs[c], 20] }));
    const next: Grid = { page: 2, xs, ys: [40, 60], cells, at: [[0, 1, 2]], box: [50, 40, 240, 20] };
    expect(text([first, next]).slice(-1)).toEqual(['|实施期二|年度二|']);
  });

  it('unfolds side-by-side panels into one list, left panel first', () => {
    const g = grid([
      ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
      ['301', '工资福利支出', '9.00', '302', '商品和服务支出', '2.00'],
      ['', '', '', '30201', '办公费', '2.00'],
      ['人员经费合计', '<', '9.00', '公用经费合计', '<', '2.00'],
    ]);
    expect(text([g])).toEqual([
      'H 科目编码|科目名称|决算数',
      '301|工资福利支出|9.00',
      '|人员经费合计|9.00',
      '302|商品和服务支出|2.00',
      '30201|办公费|2.00',
      '|公用经费合计|2.00',
    ]);
  });

  it('does not unfold a two-sided 收入 | 支出 table', () => {
    const g = grid([
      ['收入', '<', '支出', '<'],
      ['项目', '决算数', '项目', '决算数'],
      ['一、财政拨款收入', '1.00', '一、一般公共服务支出', '1.00'],
    ]);
    expect(text([g])).toHaveLength(3);
  });

  it('keeps the first row of an empty two-sided table as data', () => {
    const g = grid([
      ['收入', '<', '支出', '<'],
      ['项目', '决算数', '项目', '决算数'],
      ['一、一般公共预算财政拨款收入', '', '一、一般公共服务支出', ''],
      ['', '', '二、外交支出', ''],
    ]);
    expect(text([g])).toEqual(['H 收入||支出|', 'H 项目|决算数|项目|决算数', '一、一般公共预算财政拨款收入||一、一般公共服务支出|', '||二、外交支出|']);
  });

  it('drops column-number rows', () => {
    const g = grid([
      ['项目', '合计', '基本支出'],
      ['栏次', '1', '2'],
      ['合计', '3.00', '3.00'],
    ]);
    expect(text([g])).toEqual(['H 项目|合计|基本支出', '合计|3.00|3.00']);
  });
});

describe('text normalisation', () => {
  it('maps Kangxi and supplement radicals to ordinary characters', () => {
    expect(normalizeText('⼀般公共预算⽀出')).toBe('一般公共预算支出');
    expect(normalizeText('⻔诊')).toBe('门诊');
  });
  it('removes spaces the layout put between CJK characters, keeps them between Latin words', () => {
    expect(normalizeText('因 公 出 国 （ 境 ） 费')).toBe('因公出国（境）费');
    expect(normalizeText('中共上海市普陀区委社会工作部 2024 年度')).toBe('中共上海市普陀区委社会工作部2024年度');
    expect(normalizeText('Microsoft Word 2010')).toBe('Microsoft Word 2010');
  });
});
