import { describe, expect, it } from 'vitest';
import { FIGURE, figureExclusion, notNarrativeFigure } from './measure.js';

/** Which figures of a text count as narrative figures (true) and which are goals or table rows (false). */
const counted = (text: string) => [...text.matchAll(FIGURE)].map((m) => [m[0].replace(/\s+/g, ''), !notNarrativeFigure(text, m.index, m.index + m[0].length)]);

describe('narrative figures for claim coverage', () => {
  it('counts the amounts and rates a narrative states', () => {
    expect(counted('支出1,668.14万元，比上年执行数增加 8,799.45 万元，增长 3.5%，主要原因是人员增加。')).toEqual([
      ['1,668.14万元', true],
      ['8,799.45万元', true],
      ['3.5%', true],
    ]);
  });
  it('leaves out goals, scoring rules and table rows printed as text (changsha-gonganju-2025, xian-weijianwei-2022)', () => {
    expect(counted('完工项目验收率达到90%以上，群众满意率≥80%，单价100万元以上的设备0台。')).toEqual([
      ['90%', false],
      ['80%', false],
      ['100万元', false],
    ]);
    expect(counted('全年辅警在职率高于95%得满分，低于95%高于90%得5分。').every(([, c]) => !c)).toBe(true);
    expect(counted('年度资金总额 352.74 352.74 352.66 10 99.98% 9.98')).toEqual([['99.98%', false]]);
    expect(counted('100%')).toEqual([['100%', false]]);
    expect(counted('增长 3.5%，主要原因是人员增加')).toEqual([['3.5%', true]]);
  });
  it('leaves out performance indicators and performance forms printed as text, not rates of money (xian-weijianwei-2022 p33, p61; zhongyang-guojiaxinfangju-2024 p48)', () => {
    const why = (text: string) => [...text.matchAll(FIGURE)].map((m) => figureExclusion(text, m.index, m.index + m[0].length));
    expect(why('发放满意度调查表，综合满意度为98%。')).toEqual(['indicator']);
    expect(why('该指标分值20分，得分17.90分，得分率89.50%。')).toEqual(['indicator']);
    expect(why('确保办公及网络设备正常运行率为100.0%，验收合格率达100.0%')).toEqual(['indicator', 'threshold']);
    expect(why('效益指标（30分） 社会效益指标 年采供血量增幅 上涨5%-10% 上涨6.23% 15 15 无')).toEqual(['table-text', 'threshold', 'table-text']);
    expect(why('项目实际支出760.53万元，预算执行率74.67%，资金增长率为3.5%')).toEqual([undefined, undefined, undefined]);
  });
  it('leaves out form rows whose cells carry units or dashes, ranges and ≧ goals (xian-weijianwei-2022 p57, p109, p143, p33)', () => {
    const why = (text: string) => [...text.matchAll(FIGURE)].map((m) => figureExclusion(text, m.index, m.index + m[0].length));
    expect(why('成本指标 指标1：考试费用 458万元 364.97万元 12.5 12.5')).toEqual(['table-text', 'table-text']);
    expect(why('其中：当年财政拨款 — 100% —')).toEqual(['table-text']);
    expect(why('全市村卫生计生专干补助标准 115元/人月 115元/人月 3 3')).toEqual(['table-text', 'table-text']);
    expect(why('享受中医药服务的群众满意度 ≧85% 达到')).toEqual(['threshold']);
    expect(why('同时确保临床用血数量、质量安全，年采供血量和血费收入增涨5-10%，不发生因血液质量安全事故')).toEqual(['threshold']);
    // Prose with figures apart from each other stays counted.
    expect(why('年初预算 458万元，支出决算 364.97万元，完成年初预算的 79.69%')).toEqual([undefined, undefined, undefined]);
  });
  it('leaves out rates of change of quantities that are not money (xian-weijianwei-2022 p34)', () => {
    const why = (text: string) => [...text.matchAll(FIGURE)].map((m) => figureExclusion(text, m.index, m.index + m[0].length));
    expect(why('中心血站2022年无偿献血236607人次，采血总量84.71吨，比去年同期增加0.91%。其中，采集全血372228U，比去年同期增加0.17%;采集血小板51305个治疗量，比去年同期增加6.58%。')).toEqual(['indicator', 'indicator', 'indicator']);
    expect(why('购置车辆2辆，金额50.00万元，比上年增加10.00%。')).toEqual([undefined, undefined]);
  });
  it('leaves out the progress of works, not that of money (guangzhou-shuiwuju-2026 p73)', () => {
    const why = (text: string) => [...text.matchAll(FIGURE)].map((m) => figureExclusion(text, m.index, m.index + m[0].length));
    expect(why('完成流溪河堤防白云区蚌湖桥右岸段0.829km新建堤防主体工程的80%。')).toEqual(['indicator']);
    expect(why('完成1.43km堤防交地范围内工程建设进度约30%。')).toEqual(['indicator']);
    expect(why('项目建设资金支出进度为80%，预算执行进度为75.5%。')).toEqual([undefined, undefined]);
    expect(why('工程采购授予中小企业合同金额占政府采购工程支出合同的23.65%。')).toEqual([undefined]);
  });
});
