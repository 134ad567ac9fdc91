// Per-rule precision (`pnpm eval --rules`): for each rule id the engine writes on a claim's
// evidence, how many role and relation claims it produced and how many of them are in the
// scorer's one-to-one matching with the gold.
import type { Evidence } from '@shabaka/model';
import type { ArticleResult } from './run.ts';

export const NO_RULE = '(no rule)';

export interface RuleFigures {
  /** `roles` or `relations`: the category whose matching judged the claims. */
  category: 'roles' | 'relations';
  rule: string;
  claims: number;
  matched: number;
  precision: number;
}

const ruleOf = (claim: { evidence?: Pick<Evidence, 'rule'> | undefined }) => claim.evidence?.rule ?? NO_RULE;

/** Rules by the claims they produced, most first. Roles are judged as person + class, as the `roles` figure is. */
export function ruleFigures(articles: ArticleResult[]): RuleFigures[] {
  const tally = new Map<string, RuleFigures>();
  const count = (category: RuleFigures['category'], claims: { evidence?: Evidence }[], matched: boolean) => {
    for (const claim of claims) {
      const rule = ruleOf(claim);
      const key = `${category} ${rule}`;
      const entry = tally.get(key) ?? { category, rule, claims: 0, matched: 0, precision: 0 };
      entry.claims += 1;
      if (matched) entry.matched += 1;
      tally.set(key, entry);
    }
  };
  for (const { scores } of articles) {
    count('roles', scores.roles.hits, true);
    count('roles', scores.roles.spurious, false);
    count('relations', scores.relations.hits, true);
    count('relations', scores.relations.spurious, false);
  }
  return [...tally.values()]
    .map((entry) => ({ ...entry, precision: entry.matched / entry.claims }))
    .sort(
      (a, b) => b.claims - a.claims || a.category.localeCompare(b.category) || a.rule.localeCompare(b.rule),
    );
}

export function renderRules(rules: RuleFigures[]): string {
  if (rules.length === 0) return '  rules: no role or relation claims';
  const width = Math.max('rule'.length, ...rules.map((r) => r.rule.length));
  const title =
    '  claims by rule (matched: in the one-to-one matching with the gold; roles as person + class)';
  const header = `  ${'category'.padEnd(9)}  ${'rule'.padEnd(width)}  claims  matched  precision`;
  const rows = rules.map(
    (r) =>
      `  ${r.category.padEnd(9)}  ${r.rule.padEnd(width)}  ${String(r.claims).padStart(6)}  ${String(r.matched).padStart(7)}  ${r.precision.toFixed(2).padStart(9)}`,
  );
  return [title, header, ...rows].join('\n');
}
