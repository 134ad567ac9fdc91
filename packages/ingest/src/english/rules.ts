// The English rule table: every row checked against its schema once at load, run phase by phase
// over every token under its own id (as rules/run.ts runs the Arabic table).
import { PHASES } from '../rules/types.ts';
import type { EnglishContext } from './context.ts';
import { ENGLISH_TIE_RULES } from './relations-ties.ts';
import { ENGLISH_RELATION_RULES } from './relations.ts';
import { ENGLISH_ROLE_RULES } from './roles.ts';
import { type EnglishRule, EnglishRuleSchema } from './types.ts';

function table(rows: readonly unknown[]): EnglishRule[] {
  const rules = rows.map((row) => EnglishRuleSchema.parse(row));
  const ids = new Set(rules.map((r) => r.id));
  if (ids.size !== rules.length) throw new Error('an English rule id is declared twice');
  return rules;
}

export const ENGLISH_RULES: readonly EnglishRule[] = table([
  ...ENGLISH_ROLE_RULES,
  ...ENGLISH_RELATION_RULES,
  ...ENGLISH_TIE_RULES,
]);

export function runEnglishRules(ctx: EnglishContext, rules: readonly EnglishRule[] = ENGLISH_RULES): void {
  for (const phase of PHASES) {
    const rows = rules.filter((r) => r.phase === phase);
    for (let i = 0; i < ctx.tokens.length; i++) {
      if (!ctx.tokens[i]!.word) continue;
      for (const row of rows) {
        ctx.rule = row.id;
        row.match(ctx, i);
      }
    }
  }
}
