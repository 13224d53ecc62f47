import type { AmountClaim, ChangeClaim } from '../../model/claims.js';
import type { Paragraph, Section } from '../../model/document.js';
import { abs, halfQuantum, type Money } from '../../money/index.js';
import type { Figures } from '../engine/figures.js';
import { formatPercent } from '../../money/percent.js';
import { fmt } from '../engine/format.js';
import { claimLoc } from '../engine/locate.js';
import { scopeOf, subjectKey, type Scope } from '../engine/resolve.js';
import { defineRule, type FindingDraft } from '../engine/types.js';
import { figuresOf } from './compare.js';
import { coverClaim } from '../engine/coverage.js';
import { normalizeName } from '../../model/names.js';

/** Subjects too generic to compare across sections. */
const GENERIC = /^(上年结转|本年收入|涉及金额|金额|资金|共计|合计|预算|支出|收入|涉及资金|涉及项目金额|年初预算|全年预算)$/;

const baseKey = (s: string) => s.replace(/\s+/g, '').replace(/[“”"]/g, '').replace(/(?:数|相比)$/, '');

interface Seen<T> {
  claim: T;
  section: Section;
  paragraph: Paragraph;
  /** This year's figure of a change, looked up once (a change is compared with every earlier one of its key). */
  current?: Money | null;
}

const tolOf = (a: { unit: '元' | '万元' | '亿元'; decimals: number }, b: typeof a) => (halfQuantum(a) > halfQuantum(b) ? halfQuantum(a) : halfQuantum(b));

function changeText(c: ChangeClaim): string {
  return `${c.direction}${c.amount ? fmt(c.amount) : ''}${c.percent ? (c.amount ? '，' : '') + formatPercent(c.percent) : ''}`;
}

/** Do two changes of one subject on one base say different things? */
function differ(a: ChangeClaim, b: ChangeClaim): boolean {
  if (a.direction !== b.direction && a.direction !== '持平' && b.direction !== '持平') return true;
  if (a.amount && b.amount && abs(a.amount.fen - b.amount.fen) > tolOf(a.amount, b.amount)) return true;
  if (a.direction === '持平' && b.amount && b.amount.fen !== 0n) return true;
  if (b.direction === '持平' && a.amount && a.amount.fen !== 0n) return true;
  return false;
}

/** The funds an amount counts, when the text says: its whole's ("一般公共预算基本支出…，其中：人员支出…"), else its section's. */
function fundsOf(claim: AmountClaim, section: Section): Scope | undefined {
  const whole = claim.partOf ? scopeOf(claim.partOf.of) : undefined;
  if (whole) return whole;
  const t = section.topic ?? '';
  return /^gpb-/.test(t) ? 'gpb' : t === 'fiscal-overview' ? 'fiscal' : /^(expenditure|income|change-overview)$/.test(t) ? 'all' : undefined;
}

/** The table line a claim resolves to, when it names a classification line; '' otherwise. */
function lineKey(figures: Figures, c: ChangeClaim, section: Section): string {
  if (!c.line) return '';
  return figuresOf(figures, { subject: c.subject, line: c.line }, section)[0]?.location.label ?? '';
}

/** This year's figure a change is about: as stated, else the line it resolves to. */
function currentOf(figures: Figures, c: ChangeClaim, section: Section): Money | undefined {
  return c.current ?? figuresOf(figures, { subject: c.subject, line: c.line }, section)[0]?.value;
}

/** Two changes are about one figure when they resolve to one line (or one subject of one topic) of one size. */
function sameScope(figures: Figures, a: Seen<ChangeClaim>, b: Seen<ChangeClaim>): boolean {
  if (!a.claim.line && !(a.section.topic && a.section.topic === b.section.topic)) return false;
  const current = (s: Seen<ChangeClaim>) => (s.current === undefined ? (s.current = currentOf(figures, s.claim, s.section) ?? null) : s.current);
  const [x, y] = [current(a), current(b)];
  return !!x && !!y && abs(x.fen - y.fen) <= tolOf(x, y);
}

export default defineRule({
  id: 'narrative-conflicting-figures',
  severity: 'error',
  category: 'narrative',
  title: '说明中同一数字前后不一致',
  message: '“{subject}”{what}在说明中写作{first}，又写作{second}',
  description: `同一事项在情况说明的不同位置出现时，说法必须一致：同一主语、同一口径的金额，以及同一主语、同一比较基数（如“比2025年执行数”）的增减额和增减方向。
金额只比较报表中没有对应数、只在说明里出现的（如“政府采购预算总额”“委托业务费”）；能与报表核对的金额由“说明中的金额与报表不一致”规则核对。
主语按句中写明的、上下文确定的科目或事项区分（十段“与上年相比增加X万元”各说各的科目，不会混为一谈）：增减按同一科目行（编码、类款项）或同一小节主题下的同一事项比较，
且两处所说的本年数须相同（本年数不同说明口径不同，如部门预算与财政拨款）；金额只在主题明确的小节之间比较（各下属单位分节列示的同名项目不比较），且口径（全部资金、一般公共预算、财政拨款，看所属总数或小节）已知时须相同。
同一小节中先列出“包括在职人员经费2,468.30万元、公用经费……”、再以“（一）在职人员经费……”逐项说明的，逐项说明与所列分项核对，不一致报警告。`,
  *check({ figures }) {
    const amounts = new Map<string, Seen<AmountClaim>>();
    const restatements = new Map<Section, Map<string, AmountClaim>>();
    const changes = new Map<string, Seen<ChangeClaim>[]>();
    for (const section of figures.doc.sections)
      for (const paragraph of section.paragraphs)
        for (const claim of paragraph.claims) {
          if (claim.type === 'amount') {
            const key = `${subjectKey(claim.subject)}|${claim.period ?? ''}`;
            if (claim.via !== 'sentence' || subjectKey(claim.subject).length < 4 || GENERIC.test(subjectKey(claim.subject))) continue;
            if (figuresOf(figures, claim, section).length) continue;
            // "对个人和家庭的补助支出" restated as "对个人和家庭补助支出": the 的 names no other item.
            const again = restated(restatements, claim, section, key.replace(/的/g, ''));
            if (again) yield again;
            const prev = amounts.get(key);
            if (!prev) {
              amounts.set(key, { claim, section, paragraph });
              continue;
            }
            // Sections without a known topic (one per subordinate unit, say) may name the same item for another unit.
            if (prev.paragraph === paragraph || prev.section === section || !section.topic || !prev.section.topic) continue;
            if (abs(prev.claim.value.fen - claim.value.fen) <= tolOf(prev.claim.value, claim.value)) continue;
            // 人员支出 of all funds and 人员支出 of the 一般公共预算 are two figures.
            const [x, y] = [fundsOf(prev.claim, prev.section), fundsOf(claim, section)];
            if (x && y && x !== y) continue;
            yield draft(claim.subject, '', fmt(prev.claim.value), fmt(claim.value), [claimLoc(section, claim), claimLoc(prev.section, prev.claim)]);
          } else if (claim.type === 'change' && claim.subject) {
            const key = `${lineKey(figures, claim, section) || subjectKey(claim.subject)}|${baseKey(claim.base)}`;
            const list = changes.get(key) ?? [];
            const here: Seen<ChangeClaim> = { claim, section, paragraph };
            const prev = list.find((p) => p.paragraph !== paragraph && differ(p.claim, claim) && sameScope(figures, p, here));
            if (prev) yield draft(claim.subject, `比${claim.base}`, changeText(prev.claim), changeText(claim), [claimLoc(section, claim), claimLoc(prev.section, prev.claim)]);
            if (!list.length) changes.set(key, list);
            list.push(here);
          }
        }
  },
});

/**
 * "预算3,669.12万元，包括在职人员经费2,468.30万元…" then "（一）在职人员经费2,468.30万元，主要是…": an amount said again
 * in its section under the same subject (no whole, or the same whole, the same funds) is checked against the first
 * statement when the first is an item of a list of parts and the second opens an enumerated item (the breakdown
 * of that list). Equal: both are covered; different: a warning.
 */
function restated(seen: Map<Section, Map<string, AmountClaim>>, claim: AmountClaim, section: Section, strict: string): FindingDraft | undefined {
  // "包括…对个人和家庭的补助616.88万元" restated as "（三）对个人和家庭补助支出616.88万元": 对, 的 and a trailing 支出 do not change the item.
  const key = strict.replace(/^对/, '').replace(/的/g, '').replace(/支出(?=\||$)/, '');
  const inSection = seen.get(section) ?? new Map<string, AmountClaim>();
  seen.set(section, inSection);
  const first = inSection.get(key);
  if (!first) return void inSection.set(key, claim);
  // Only the breakdown of a list: the first statement an item of it, the second opening an enumerated item.
  if (!first.partOf || claim.partOf || !opensItem(claim) || fundsOf(first, section) !== fundsOf(claim, section)) return undefined;
  if (abs(first.value.fen - claim.value.fen) <= tolOf(first.value, claim.value)) {
    coverClaim(first);
    coverClaim(claim);
    return undefined;
  }
  return { ...draft(claim.subject, '', fmt(first.value), fmt(claim.value), [claimLoc(section, claim), claimLoc(section, first)]), severity: 'warning' };
}

const ITEM_OPENING = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))\s*(?:对)?/;

/** Does the claim's sentence open with an enumerator and the claim's subject ("（一）在职人员经费7,514.48万元")? */
function opensItem(c: AmountClaim): boolean {
  const m = ITEM_OPENING.exec(c.text);
  return !!m && normalizeName(c.text.slice(m[0].length)).startsWith(normalizeName(c.subject));
}

function draft(subject: string, what: string, first: string, second: string, locations: FindingDraft['locations']): FindingDraft {
  return { params: { subject, what, first, second }, locations, expected: first, actual: second, suggestion: '核对两处说法，统一为与报表一致的数' };
}
