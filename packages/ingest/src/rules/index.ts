// The rule table: every declared row of the engine, checked against its schema once at load.
import { ROLE_RULES } from './roles.ts';
import { EVENT_RULES } from './events.ts';
import { CONTROL_RULES } from './control.ts';
import { GEOGRAPHY_RULES } from './geography.ts';
import { STRUCTURE_RULES } from './structure.ts';
import { SUCCESSION_RULES } from './successions.ts';
import { type Rule, RuleSchema } from './types.ts';

function table(rows: readonly unknown[]): Rule[] {
  const rules = rows.map((row) => RuleSchema.parse(row));
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new Error(`rule id ${rule.id} is declared twice`);
    ids.add(rule.id);
  }
  return rules;
}

export const RULES: readonly Rule[] = table([
  ...ROLE_RULES,
  ...EVENT_RULES,
  ...SUCCESSION_RULES,
  ...STRUCTURE_RULES,
  ...GEOGRAPHY_RULES,
  ...CONTROL_RULES,
]);
