import type { Money } from '../money/index.js';
import type { Percent } from '../money/percent.js';
import type { SourceRef } from './document.js';

/**
 * Checkable statements read from narrative text by the claim grammar (src/claims). `subject` is what the figure
 * is about, as a reader names it ("基本支出", "一般公共预算拨款收入", "行政运行"): from the sentence, else the item
 * label or heading it stands under, else the sentence before; rules resolve it against the tables.
 */
export type Claim = AmountClaim | ChangeClaim | ShareClaim | CompletionClaim | ListClaim | CountClaim | NameClaim;

interface ClaimBase {
  /** The sentence the claim was read from. */
  text: string;
  /** Where it was printed; `span` covers the claim's figures in the paragraph text. */
  source: SourceRef;
  /** How the subject was bound: named in the sentence, or taken from the item label/heading or sentence before. */
  via?: 'sentence' | 'context' | 'heading';
  /** The classification line the subject names, when printed with a code or a 类/款/项 path. */
  line?: LineRef;
}

/** "一般公共服务支出（类）财政事务（款）行政运行（项）", "2080505-机关事业单位基本养老保险缴费支出", "（503）". */
export interface LineRef {
  code?: string;
  path?: { name: string; level: '类' | '款' | '项' }[];
}

/** Which figure an amount is, when not this year's (预算 in a 预算 document, 决算 in a 决算 document). */
export type AmountPeriod = 'prior' | 'budget' | 'adjusted';

export interface AmountClaim extends ClaimBase {
  type: 'amount';
  subject: string;
  value: Money;
  period?: AmountPeriod;
  /**
   * An item of a list of parts of a stated whole ("支出预算650.24万元，其中：基本支出…，项目支出…"); `complete`
   * when the list announces all parts (其中, 包括), not the main ones (主要用于, 主要包括).
   */
  partOf?: PartOf;
  /** The lists of parts this amount is the whole of (ids as in `partOf.list`). */
  heads?: string[];
}

/**
 * Membership of a list of parts: the list's id (unique within its section), whether the list gives all parts,
 * and the whole's subject (the funds it counts decide which table the parts come from).
 */
export interface PartOf {
  list: string;
  complete: boolean;
  of: string;
  /** The parts are the enumerated paragraphs after the whole ("项目支出…，具体包括：" then "1.…" "2.…"). */
  enumerated?: boolean;
}

export interface ChangeClaim extends ClaimBase {
  type: 'change';
  subject: string;
  /** This year's figure of the subject, when the text states it (in the sentence or the one it continues). */
  current?: Money;
  /** Last year's figure, when the text states it ("比上年执行数P万元增加…", "上年执行数为0.00万元"). */
  prior?: Money;
  direction: '增加' | '减少' | '持平';
  amount?: Money;
  percent?: Percent;
  /** Word used with the percentage: 增长/下降/减少/增加. */
  percentWord?: string;
  /** "上年", "2025年预算", "上年执行数" … as printed. */
  base: string;
  /** A change broken down after "其中"/"主要是" ("收入减少X，其中一般公共预算收入减少A，…"). */
  partOf?: PartOf;
  heads?: string[];
}

export interface ShareClaim extends ClaimBase {
  type: 'share';
  subject: string;
  value?: Money;
  percent: Percent;
  /** The whole the share is of: named ("占本年支出合计的"), else the list's whole or the enclosing total. */
  of?: string;
  ofValue?: Money;
  /** Shares of one whole listed together carry the same group number (for "sums to 100%" checks). */
  group?: number;
}

/** "完成年初预算的98.20%": a 决算 figure as a share of the budget it was planned against. */
export interface CompletionClaim extends ClaimBase {
  type: 'completion';
  subject: string;
  value?: Money;
  percent: Percent;
  /** "年初预算", "预算", "全年预算数" as printed. */
  base: string;
  baseValue?: Money;
}

export interface ListClaim extends ClaimBase {
  type: 'list';
  /** What the list enumerates, e.g. "人员经费". */
  subject: string;
  items: string[];
  /** "等" at the end: the list may be partial. */
  open: boolean;
  /** The amount stated with the subject ("人员经费315.61万元，主要包括…"). */
  value?: Money;
}

export interface CountClaim extends ClaimBase {
  type: 'count';
  subject: string;
  count: number;
  /** Classifier as printed: 个, 辆, 台（套）, 人次… */
  unit?: string;
  /** Amount stated together with the count ("5个，共计金额320.00万元"). */
  amount?: Money;
}

export interface NameClaim extends ClaimBase {
  type: 'name';
  /** A classification name the text mentions, e.g. "一般公共服务支出". */
  name: string;
  /** The class it looks like: functional 类 names end in 支出. */
  role: 'functional' | 'economic';
}
