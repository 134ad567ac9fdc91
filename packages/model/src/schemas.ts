// zod schemas for every boundary that carries the vocabulary: the extraction contract of
// MODEL.md (plus evidence), and the graph write that the ingest hands to its writer.
import { z } from 'zod';
import { claimTerm } from './terms.ts';
import {
  CLAIM_TYPES,
  ENTITY_LABELS,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PREDICATES,
  ROLE_CLASSES,
  ROLE_STATUSES,
  UNIT_KINDS,
} from './vocabulary.ts';

const offset = z.number().int().nonnegative();

/** A span of `Article.text` in UTF-16 code units, as JavaScript strings count. */
export const SpanSchema = z
  .object({ start: offset, end: offset })
  .refine((s) => s.end > s.start, { message: 'a span must end after it starts' });
export type Span = z.infer<typeof SpanSchema>;

/** Where a claim was read: the sentence, the exact span, and how sure the extractor is. */
export const EvidenceSchema = z.object({
  sentence: offset,
  start: offset,
  end: offset,
  text: z.string().min(1).describe('the whole sentence the claim was read from'),
  confidence: z.number().min(0).max(1),
  rule: z.string().min(1).optional().describe('id of the extraction rule that produced the claim'),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const name = z.string().trim().min(1);
const mentions = z.array(SpanSchema).default([]);

export const PersonItemSchema = z.object({ name, aliases: z.array(name).default([]), mentions });
export const OrganizationItemSchema = z.object({
  name,
  aliases: z.array(name).default([]),
  kind: z.enum(ORGANIZATION_KINDS).default('other'),
  mentions,
});
export const UnitItemSchema = z.object({
  name,
  org: name.nullable().default(null),
  kind: z.enum(UNIT_KINDS).default('other'),
  mentions,
});
export const PlaceItemSchema = z.object({
  name,
  aliases: z.array(name).default([]),
  kind: z.enum(PLACE_KINDS).default('other'),
  mentions,
});

/** Attributes a source gives a claim: hedging, denial, attribution and the term it states. */
const claimQualifiers = {
  hedged: z.boolean().optional(),
  negated: z.boolean().optional(),
  attributedTo: z.string().optional(),
  ...claimTerm,
};

export const RoleItemSchema = z.object({
  person: name,
  role: z.enum(ROLE_CLASSES),
  org: name.nullable().default(null),
  place: name.nullable().default(null),
  status: z.enum(ROLE_STATUSES).default('unknown'),
  title: z.string().optional().describe('the words the text used for the role'),
  evidence: EvidenceSchema.optional(),
  ...claimQualifiers,
});

export const RelationItemSchema = z.object({
  subject: name,
  predicate: z.enum(PREDICATES as [string, ...string[]]),
  object: name,
  evidence: EvidenceSchema.optional(),
  ...claimQualifiers,
});

/** MODEL.md's extraction contract, each item optionally carrying its evidence. */
export const ExtractionSchema = z.object({
  persons: z.array(PersonItemSchema).default([]),
  organizations: z.array(OrganizationItemSchema).default([]),
  units: z.array(UnitItemSchema).default([]),
  places: z.array(PlaceItemSchema).default([]),
  roles: z.array(RoleItemSchema).default([]),
  relations: z.array(RelationItemSchema).default([]),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
export type PersonItem = z.infer<typeof PersonItemSchema>;
export type OrganizationItem = z.infer<typeof OrganizationItemSchema>;
export type UnitItem = z.infer<typeof UnitItemSchema>;
export type PlaceItem = z.infer<typeof PlaceItemSchema>;
export type RoleItem = z.infer<typeof RoleItemSchema>;
export type RelationItem = z.infer<typeof RelationItemSchema>;

/**
 * An article's address: http(s) only. Other schemes (`javascript:`, `data:`, `file:`) would run
 * or open something when a reader follows the link, so they are refused wherever an article enters.
 */
export const ArticleUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'must be an http:// or https:// address',
});

/** Metadata of one article as read, before cleaning decides its id. */
export const ArticleMetaSchema = z.object({
  url: ArticleUrlSchema.optional(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  publishedAt: z.string().optional().describe('ISO 8601 date or date-time'),
  language: z.string().optional(),
  sourceId: z.string().optional().describe('an id the source gave the article (JSONL `id`)'),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** One line of a JSONL file of articles (the CLI and the browser read the same lines). */
export const JsonlArticleSchema = z.object({
  text: z.string(),
  id: z.union([z.string(), z.number()]).optional(),
  url: ArticleMetaSchema.shape.url,
  title: z.string().optional(),
  outlet: z.string().optional(),
  publishedAt: z.string().optional(),
});
export type JsonlArticle = z.infer<typeof JsonlArticleSchema>;

export const ArticleSchema = ArticleMetaSchema.extend({
  id: z.string().min(1).describe('content hash of the cleaned text'),
  text: z.string().min(1),
  language: z.string().min(2),
});
export type Article = z.infer<typeof ArticleSchema>;

/** One article's extraction: what `extract` prints and what the ingest plans a write from. */
export const ArticleExtractionSchema = z.object({
  article: ArticleSchema,
  extraction: ExtractionSchema,
  extractor: z.string().min(1).describe('name@version'),
});
export type ArticleExtraction = z.infer<typeof ArticleExtractionSchema>;

// ---- the graph write: resolved entities with deterministic ids, and claim edges ----

export const EntityRecordSchema = z.object({
  id: z.string().min(1),
  label: z.enum(ENTITY_LABELS),
  name,
  key: z.string().min(1),
  latin: z.string().optional(),
  crossKey: z
    .string()
    .optional()
    .describe(
      "a strong person name's consonant skeleton (crossScriptKey), shared by its spellings in either script",
    ),
  aliases: z.array(z.string()).default([]),
  kind: z.string().optional(),
  weak: z.boolean().default(false),
  mentions: z.array(SpanSchema).default([]),
  searchText: z
    .string()
    .default('')
    .describe('folded spellings of name and aliases, for the full-text index'),
});
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

export const ClaimRecordSchema = z.object({
  id: z.string().min(1),
  type: z.enum(CLAIM_TYPES),
  from: z.string().min(1),
  to: z.string().min(1),
  role: z.enum(ROLE_CLASSES).optional(),
  title: z.string().optional(),
  status: z.enum(ROLE_STATUSES).optional(),
  place: z.string().optional(),
  sentence: offset,
  start: offset,
  end: offset,
  evidence: z.string().min(1),
  confidence: z.number().min(0).max(1),
  extractor: z.string().min(1),
  rule: z.string().min(1).optional(),
  asOf: z.string().optional(),
  ...claimQualifiers,
});
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;

export const GraphWriteSchema = z
  .object({
    article: ArticleSchema,
    outlet: EntityRecordSchema.optional().describe('the Organization that published the article'),
    entities: z.array(EntityRecordSchema),
    claims: z.array(ClaimRecordSchema),
    extractor: z
      .string()
      .min(1)
      .optional()
      .describe('name@version of the extraction: the Article records it, re-extraction replaces its family'),
  })
  .superRefine((write, ctx) => {
    const ids = new Set(write.entities.map((e) => e.id));
    if (write.outlet) ids.add(write.outlet.id);
    for (const [i, claim] of write.claims.entries()) {
      for (const end of ['from', 'to'] as const) {
        if (!ids.has(claim[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['claims', i, end],
            message: `unknown entity id ${claim[end]}`,
          });
        }
      }
      if (claim.end > write.article.text.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['claims', i, 'end'],
          message: 'evidence span is past the text',
        });
      }
    }
  });
export type GraphWrite = z.infer<typeof GraphWriteSchema>;
