// The terms a sentence states, attached to its role and membership claims (rules/terms.ts): each
// stated date goes to the claims nearest it (those before it first), within a clause's reach, and
// only when the sentence gives one; a claim with none keeps only its article's date.
import {
  type ClaimTerm,
  type Evidence,
  type Extraction,
  periodEnd,
  periodStart,
  type RoleStatus,
} from '@shabaka/model';
import { DATE, MONTH_PATTERNS, TERM_RULES, type TermRule, termPattern } from '../rules/terms.ts';
import { foldWithOffsets } from '../text/fold.ts';
import type { Sentence } from './split.ts';

/** Characters between a claim's span and a stated date beyond which the date is about something else. */
const REACH = 80;

export interface StatedTermMatch extends ClaimTerm {
  rule: TermRule;
  /** Offsets in the sentence. */
  start: number;
  end: number;
}

const PATTERNS = new Map(TERM_RULES.map((rule) => [rule, termPattern(rule)]));
const DATE_PARTS = new RegExp(`^${DATE}$`, 'u');
const pad = (n: number) => String(n).padStart(2, '0');

/** `عام 2019` → `2019`, `آذار 2015` → `2015-03`, `June 4, 2021` → `2021-06-04`. */
export function isoOf(written: string): string | undefined {
  if (!DATE_PARTS.test(written)) return undefined;
  const year = written.match(/(?:19|20)\d{2}$/)![0];
  const rest = written.slice(0, -4);
  const month = MONTH_PATTERNS.findIndex((pattern) => pattern.test(rest));
  if (month < 0) return year;
  const day = Number(rest.match(/\d{1,2}/)?.[0] ?? 0);
  return `${year}-${pad(month + 1)}${day >= 1 && day <= 31 ? `-${pad(day)}` : ''}`;
}

/** Every term the sentence states, rows in table order, a later row not re-reading an earlier's words. */
export function statedTerms(sentence: string): StatedTermMatch[] {
  const folded = foldWithOffsets(sentence);
  const found: StatedTermMatch[] = [];
  for (const [rule, pattern] of PATTERNS) {
    for (const m of folded.text.matchAll(pattern)) {
      const start = folded.at[m.index]!;
      const end = folded.at[m.index + m[0].length]!;
      // rows for other statuses may read the same words (`في مارس 2020`: appointed, or dismissed)
      if (
        found.some(
          (f) => f.start < end && start < f.end && (!f.rule.statuses || f.rule.statuses === rule.statuses),
        )
      )
        continue;
      const dates = m.slice(1).map((d) => (d ? isoOf(d) : undefined));
      const term: ClaimTerm = {};
      for (const [k, side] of rule.gives.entries()) {
        const date = dates[k];
        if (date) term[side === 'from' ? 'validFrom' : 'validTo'] = date;
      }
      // a range that ends before it starts is not a term (`من 2019 إلى 2015` reads something else)
      if (term.validFrom && term.validTo && periodStart(term.validFrom) > periodEnd(term.validTo)) continue;
      found.push({ rule, start, end, ...term });
    }
  }
  return found;
}

interface TermClaim extends ClaimTerm {
  status?: RoleStatus;
  evidence?: Evidence;
}

const gap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, a.start - b.end, b.start - a.end);

/** Each stated term goes to the claims of its sentence nearest it that its row reads for. */
export function addStatedTerms(extraction: Extraction, sentences: readonly Sentence[]): void {
  const claims: TermClaim[] = [
    ...extraction.roles,
    ...extraction.relations.filter((r) => r.predicate === 'member_of'),
  ];
  const bySentence = new Map<number, TermClaim[]>();
  for (const c of claims)
    if (c.evidence) bySentence.set(c.evidence.sentence, [...(bySentence.get(c.evidence.sentence) ?? []), c]);
  for (const [index, group] of bySentence) {
    const sentence = sentences[index];
    if (!sentence) continue;
    for (const match of statedTerms(sentence.text)) {
      const at = { start: sentence.start + match.start, end: sentence.start + match.end };
      const reading = group.filter(
        (c) => !match.rule.statuses || match.rule.statuses.includes(c.status ?? 'unknown'),
      );
      // A stated date qualifies the claim it follows (`X قائد A منذ 2019، فيما بقي Y ...`); one
      // that opens the sentence (`Since 2019, X has led A`), the claim after it.
      const before = reading.filter((c) => c.evidence!.start < at.start && gap(c.evidence!, at) <= REACH);
      const readers = before.length > 0 ? before : reading;
      const nearest = Math.min(...readers.map((c) => gap(c.evidence!, at)));
      if (nearest > REACH) continue;
      for (const claim of readers.filter((c) => gap(c.evidence!, at) === nearest)) assign(claim, match);
    }
  }
}

/** A claim's first stated start and end stand; a later date in its sentence does not move them. */
function assign(claim: TermClaim, term: ClaimTerm): void {
  for (const field of ['validFrom', 'validTo'] as const)
    if (term[field] && !claim[field]) claim[field] = term[field];
}
