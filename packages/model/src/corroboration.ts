// The API contract of how sure a consolidated claim is: its independent sources (republished
// copies counted once), its confidence and its state. Served with every claim edge and claim.
import { z } from 'zod';
import { StatedTermSchema } from './terms.ts';
import { CLAIM_STATES, CONFIDENCE_LEVELS } from './vocabulary.ts';

export const CorroborationSchema = z
  .object({
    independentSources: z
      .number()
      .int()
      .describe(
        'distinct outlets behind the consolidated claim, a story republished by several counted once',
      ),
    outlets: z.array(z.string()).describe("the independent outlets: each story's original publisher"),
    articles: z.number().int().describe('articles behind the consolidated claim'),
    copies: z.number().int().describe('of those, republished copies of a story already counted'),
    confidence: z
      .enum(CONFIDENCE_LEVELS)
      .describe('high: two or more independent outlets agree and nothing contradicts the claim'),
    contradicted: z.boolean().describe('the claim takes part in a contradiction (GET /api/contradictions)'),
    state: z
      .enum(CLAIM_STATES)
      .optional()
      .describe('announced by the group itself, confirmed by another party after that, or denied'),
    stated: StatedTermSchema.optional().describe(
      'the term the sources state (a precise range the text gives), when any states one',
    ),
    firstCited: z
      .string()
      .optional()
      .describe(
        'the earliest article date behind the claim: it holds at least from then (a date, not a range the text gave)',
      ),
    lastCited: z.string().optional().describe('the latest article date behind the claim'),
  })
  .meta({ id: 'Corroboration' });
export type Corroboration = z.infer<typeof CorroborationSchema>;
