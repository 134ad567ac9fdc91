// The rule table's row types. A row is data (an id, a trigger naming a lexicon list, named finders
// for its arguments, the predicate it yields, its confidence, examples that run as tests) or, for
// a construction no row can say, a named matcher: a small function with the same id and examples.
import { PREDICATES, type Predicate, ROLE_CLASSES, ROLE_STATUSES } from '@shabaka/model';
import { z } from 'zod';
import { LEXICON_NAMES } from '../lexicon/index.ts';
import type { ClaimContext } from './context.ts';

/** Named phases, in the order they run: titles bind first, so relations can read who holds what. */
export const PHASES = ['roles', 'relations', 'structure'] as const;
export type Phase = (typeof PHASES)[number];

const MentionTypes = z.array(z.enum(['person', 'organization', 'unit', 'place'])).min(1);
const reach = z.number().int().min(1).max(40);

/** How a rule finds an argument, from the trigger token. */
export const FinderSchema = z.discriminatedUnion('find', [
  /** The nearest mention before the trigger. */
  z.object({
    find: z.literal('nearestBefore'),
    types: MentionTypes,
    within: reach,
    sameClause: z.boolean().default(false),
  }),
  /**
   * The mention that ends just before the trigger, with nothing between but quotes and definite
   * words outside any mention (its adjectives: `وكالة أعماق الإخبارية التابعة`), never a noun.
   */
  z.object({ find: z.literal('adjacentBefore'), types: MentionTypes, within: reach }),
  /** The first mention that starts after the trigger. */
  z.object({ find: z.literal('firstAfter'), types: MentionTypes, within: reach }),
  /** The mention right after a word of the `through` list (a preposition), found after the trigger. */
  z.object({
    find: z.literal('objectAfter'),
    through: z.enum(LEXICON_NAMES),
    types: MentionTypes,
    within: reach,
  }),
]);
export type Finder = z.infer<typeof FinderSchema>;

const name = z.string().min(1);
/** A sentence of the project's own wording and the claims the rule must make from it. */
export const ExampleSchema = z.object({
  text: name,
  roles: z
    .array(
      z.object({
        person: name,
        role: z.enum(ROLE_CLASSES),
        org: name.optional(),
        status: z.enum(ROLE_STATUSES).optional(),
      }),
    )
    .default([]),
  relations: z
    .array(
      z.object({ subject: name, predicate: z.enum(PREDICATES as [Predicate, ...Predicate[]]), object: name }),
    )
    .default([]),
});
export type Example = z.infer<typeof ExampleSchema>;

const common = {
  id: z.string().regex(/^[a-z-]+(\.[a-z-]+)+$/, 'ids look like `area.construction`'),
  phase: z.enum(PHASES),
  description: name,
  examples: z.array(ExampleSchema).min(1),
};

export const RelationRowSchema = z.object({
  ...common,
  kind: z.literal('relation'),
  trigger: z.object({ lexicon: z.enum(LEXICON_NAMES) }),
  subject: FinderSchema,
  object: FinderSchema,
  predicate: z.enum(PREDICATES as [Predicate, ...Predicate[]]),
  confidence: z.number().min(0).max(1),
});
export type RelationRow = z.infer<typeof RelationRowSchema>;

export type MatchFn = (ctx: ClaimContext, i: number) => void;
export const MatcherRowSchema = z.object({
  ...common,
  kind: z.literal('matcher'),
  match: z.custom<MatchFn>((f) => typeof f === 'function', 'a matcher needs a match function'),
  /**
   * The lists one of which must hold a reading of the token at i for the matcher to do anything
   * there: the interpreter tries it at no other token. Without them it is tried at every token.
   */
  triggers: z.array(z.enum(LEXICON_NAMES)).min(1).optional(),
});
export type MatcherRow = z.infer<typeof MatcherRowSchema>;

export const RuleSchema = z.discriminatedUnion('kind', [RelationRowSchema, MatcherRowSchema]);
export type Rule = z.infer<typeof RuleSchema>;
export type RuleInput = z.input<typeof RuleSchema>;
