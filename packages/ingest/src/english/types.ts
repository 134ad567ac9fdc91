// An English rule row: the Arabic table's shape (id, phase, description, examples that run as
// tests) with a matcher over the English context.
import { z } from 'zod';
import { ExampleSchema, PHASES } from '../rules/types.ts';
import type { EnglishContext } from './context.ts';

export type EnglishMatchFn = (ctx: EnglishContext, i: number) => void;

export const EnglishRuleSchema = z.object({
  id: z.string().regex(/^en\.[a-z-]+(\.[a-z-]+)+$/, 'English ids look like `en.area.construction`'),
  phase: z.enum(PHASES),
  description: z.string().min(1),
  examples: z.array(ExampleSchema).min(1),
  match: z.custom<EnglishMatchFn>((f) => typeof f === 'function', 'a rule needs a match function'),
});
export type EnglishRule = z.infer<typeof EnglishRuleSchema>;
export type EnglishRuleInput = z.input<typeof EnglishRuleSchema>;
