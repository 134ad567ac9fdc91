// The API contract of contradictions: claims about a person that cannot all be true at once,
// each with its sources (GET /api/contradictions).
import { z } from 'zod';
import { ClaimSchema, EntityRefSchema } from './api.ts';
import { CONTRADICTION_KINDS } from './vocabulary.ts';

export const ContradictionClaimSchema = ClaimSchema.pick({
  id: true,
  type: true,
  source: true,
  target: true,
  role: true,
  status: true,
  asOf: true,
  negated: true,
  evidence: true,
  validFrom: true,
  validTo: true,
})
  .extend({
    article: z.string().optional().describe('id of the Article the claim was read from'),
    outlet: z.string().optional(),
    title: z.string().optional().describe("the article's title"),
  })
  .meta({ id: 'ContradictionClaim' });
export type ContradictionClaim = z.infer<typeof ContradictionClaimSchema>;

const CONTRADICTION_KIND_NAMES = Object.keys(CONTRADICTION_KINDS) as [
  keyof typeof CONTRADICTION_KINDS,
  ...(keyof typeof CONTRADICTION_KINDS)[],
];

export const ContradictionSchema = z
  .object({
    kind: z.enum(CONTRADICTION_KIND_NAMES),
    summary: z.string().describe('what cannot all be true, in a sentence'),
    person: EntityRefSchema,
    organization: EntityRefSchema.optional().describe('the organization or unit of the post, where one'),
    claims: z
      .array(ContradictionClaimSchema)
      .describe('the claims that disagree, oldest first, with their sources'),
  })
  .meta({ id: 'Contradiction' });
export type Contradiction = z.infer<typeof ContradictionSchema>;

export const CONTRADICTION_SCOPE = { default: 200, max: 2000 } as const;

export const ContradictionsQuerySchema = z.object({
  entity: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .describe("a person's or an organization's id: only the contradictions that involve it"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(CONTRADICTION_SCOPE.max)
    .default(CONTRADICTION_SCOPE.default)
    .describe('persons examined, at most'),
});
export type ContradictionsQuery = z.infer<typeof ContradictionsQuerySchema>;

export const ContradictionsResponseSchema = z
  .object({
    contradictions: z.array(ContradictionSchema),
    persons: z.number().int().describe('persons whose claims were examined'),
    truncated: z.boolean().describe('true when more persons had claims to examine than the limit'),
  })
  .meta({ id: 'ContradictionsResponse' });
export type ContradictionsResponse = z.infer<typeof ContradictionsResponseSchema>;
