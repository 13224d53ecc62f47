import type { Money } from '../money/index.js';
import type { Percent } from '../money/percent.js';
import type { SourceRef } from './document.js';

/**
 * Checkable statements extracted from narrative text. `subject` is the phrase the figure is about as
 * printed (e.g. "基本支出", "一般公共预算拨款收入"); rules resolve it against the tables.
 */
export type Claim = AmountClaim | ChangeClaim | ShareClaim | ListClaim | CountClaim | NameClaim;

interface ClaimBase {
  /** The exact text the claim was read from. */
  text: string;
  source: SourceRef;
}

export interface AmountClaim extends ClaimBase {
  type: 'amount';
  subject: string;
  value: Money;
}

export interface ChangeClaim extends ClaimBase {
  type: 'change';
  subject: string;
  /** The current figure the change is about, when stated in the same clause. */
  current?: Money;
  direction: '增加' | '减少' | '持平';
  amount?: Money;
  percent?: Percent;
  /** Word used with the percentage: 增长/下降/减少/增加. */
  percentWord?: string;
  /** "上年", "2025年预算" … */
  base: string;
}

export interface ShareClaim extends ClaimBase {
  type: 'share';
  subject: string;
  value?: Money;
  percent: Percent;
  /** The whole the share is of (the subject of the sentence), when known. */
  of?: string;
  ofValue?: Money;
}

export interface ListClaim extends ClaimBase {
  type: 'list';
  /** What the list enumerates, e.g. "人员经费". */
  subject: string;
  items: string[];
  /** "等" at the end: the list may be partial. */
  open: boolean;
}

export interface CountClaim extends ClaimBase {
  type: 'count';
  subject: string;
  count: number;
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
