/**
 * The words the claim grammar recognises around figures. Each pattern is anchored where the grammar uses it:
 * `…$` patterns end right before a figure, `^…` patterns start right after one.
 */

/** Up and down words, with what may follow them before the figure ("增加了", "增长为"). */
export const UP = '增加|增长|上升|新增|提高|增幅|增长率为|增加额为';
export const DOWN = '减少|下降|降低|减低|压减|减幅|缩减|下降率为|减少额为|降幅';
/** A change whose direction the sentence leaves to the percentage ("变化0万元，增长0%"). */
export const NEUTRAL = '变化|变动';
export const DIRECTION_BEFORE_FIGURE = new RegExp(`(${UP}|${DOWN}|${NEUTRAL})(?:了|为|约|达)?$`);
/** "下降（增长）27.78%": a template leftover between the word and the figure. */
export const DIRECTION_WITH_LEFTOVER = new RegExp(`(${UP}|${DOWN})\\((?:${UP}|${DOWN})\\)$`);

export function directionOf(word: string): '增加' | '减少' | undefined {
  if (new RegExp(`^(${UP})`).test(word)) return '增加';
  if (new RegExp(`^(${DOWN})`).test(word)) return '减少';
  return undefined;
}

/** No change: "与上年持平", "与上年预算数相同", "较上年无变化", "保持一致". */
export const FLAT = /(基本)?持平|相同|一致|无变化|没有变化|未发生变化|无增减变化|不变/;

/**
 * A comparison base: "比上年", "较2025年年初预算", "与2023年度相比", "比2023年度决算数", "同上年". The base is
 * what follows 比/较/与/同 up to 相比 or the direction word, as printed (spaces removed).
 */
export const BASE = new RegExp(
  `(?:同比|比|较|与|和|同|对比)((?:上年|去年|上一年度|上一度|本年|年初|全年|\\d{4}年)(?:(?!相比|相较|比较)[^，；：。()]){0,24}?|(?:年初|全年|调整)?预算数?|决算数?)(?:(?:相比较?|相较|比较|对比)|(?=$|${UP}|${DOWN}|${NEUTRAL}|持平|基本持平|相同|无变化|没有变化|保持|一致|\\d))`,
);

/** Percent words that close a share: "占50.79%", "占比73.33%", "占本年支出合计的100%", "所占比例为", "比重为". */
export const SHARE_BEFORE_FIGURE = /(?:占比(?:为)?|占(.*?)(?:的)?(?:比重|比例)?(?:为|是)?|所占比[重例](?:为)?|比重(?:为)?)$/;

/** "完成年初预算的98.20%", "完成预算的0%", "完成全年预算数的97.68%", "较年初完成92%". */
export const COMPLETION_BEFORE_FIGURE = /完成(?:了)?((?:年初|全年|调整)?预算数?|年初)?的?$/;
export const COMPLETION_AFTER_BASE = /完成(?:了)?((?:年初|全年|调整)?预算数?)$/;

/** Period words ahead of an amount: this year's 预算 in a 决算 is its budget, 全年/调整预算 the adjusted one. */
export const PRIOR_AMOUNT = /(?:上年|去年|上一年度?)(?:当年)?(?:预算)?(?:执行数|决算数|预算数|年初预算数?)(?:为|是)?$|(?:\d{4}年(?:度)?)(?:当年)?(?:预算)?(?:执行数|决算数)(?:为|是)?$/;
/** "2025年预算数为": last year's figure when the year is before the document's. */
export const YEAR_AMOUNT = /(\d{4})年(?:度)?(?:当年)?(?:年初)?(?:预算数?|执行数|决算数)(?:为|是)?$/;
export const ADJUSTED_AMOUNT = /(?:全年|调整)预算数?(?:为|是)?$/;
export const BUDGET_AMOUNT = /(?:年初)?预算数?(?:为|是)?$/;

/** Targets and thresholds: figures that are not statements of what the document budgets or spent. */
export const TARGET_BEFORE_FIGURE = /(?:[≥≤≧≦><]=?|不低于|不少于|不高于|不超过|低于|高于|超过|达到|力争|确保|控制在)$/;
export const THRESHOLD_AFTER_FIGURE = /^(?:\(含\))?(?:及)?(?:以上|以下)/;

/** Words that open an enumeration of parts of the amount before them. */
export const LIST_MARKER = /(其中|主要包括|包括|主要用于以下方面|主要用于以下几个方面|具体包括|分别为|按[^，；：]{0,12}分类[^，；：]{0,6}?(?:划分为|为|包括)?)[：]?$/;

/** Words that make a clause a reason, not a statement of the subject ("主要原因是…"). */
export const REASON = /^(?:(?:增加|减少|增长|下降|变动|增减)的)?(?:主要|其)?原因(?:是|为|：|主要是)?|^主要是|^主要由于|^原因是/;
