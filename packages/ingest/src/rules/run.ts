// The rule interpreter: runs the table's rows phase by phase over every readable token, each row
// under its own id, so every claim and every refusal can be traced to the row that made it.
import { LEXICON } from '../lexicon/index.ts';
import { stemIn } from '../text/tokens.ts';
import type { ClaimContext } from './context.ts';
import { find } from './finders.ts';
import { TriggerIndex } from './trigger-index.ts';
import { PHASES, type RelationRow, type Rule } from './types.ts';

/** Each table's rows by phase, sorted and indexed by trigger once rather than on every article. */
const PHASED = new WeakMap<readonly Rule[], TriggerIndex<Rule>[]>();

function triggersOf(row: Rule): ReadonlySet<string>[] | undefined {
  if (row.kind === 'relation') return [LEXICON[row.trigger.lexicon]];
  return row.triggers?.map((name) => LEXICON[name]);
}

function phased(rules: readonly Rule[]): TriggerIndex<Rule>[] {
  let byPhase = PHASED.get(rules);
  if (!byPhase) {
    byPhase = PHASES.map((phase) => rules.filter((r) => r.phase === phase))
      .filter((rows) => rows.length > 0)
      .map((rows) => new TriggerIndex(rows, triggersOf));
    PHASED.set(rules, byPhase);
  }
  return byPhase;
}

export function runRules(ctx: ClaimContext, rules: readonly Rule[]): void {
  for (const index of phased(rules)) {
    for (let i = 0; i < ctx.tokens.length; i++) {
      if (!ctx.readable(i)) continue;
      for (const row of index.rowsAt(ctx.tokens[i]!)) {
        ctx.rule = row.id;
        if (row.kind === 'matcher') row.match(ctx, i);
        else applyRelationRow(ctx, row, i);
      }
    }
  }
}

function applyRelationRow(ctx: ClaimContext, row: RelationRow, i: number): void {
  if (!stemIn(ctx.tokens[i], LEXICON[row.trigger.lexicon])) return;
  const sentence = ctx.tokens[i]!.sentence;
  const subject = find(ctx, row.subject, i);
  if (!subject) {
    ctx.trace?.declined(sentence, row.id, `no ${row.subject.types.join('/')} ${row.subject.find}`);
    return;
  }
  const object = find(ctx, row.object, i);
  if (!object) {
    ctx.trace?.declined(sentence, row.id, `no ${row.object.types.join('/')} ${row.object.find}`);
    return;
  }
  const from = Math.min(subject.m.first, object.m.first, i);
  const to = Math.max(subject.m.last, object.m.last, i);
  ctx.addRelation(subject.e, row.predicate, object.e, from, to, row.confidence);
}
