// The LLM's answer, read leniently and then held to the contract: an item whose quote is not in
// the text, whose role class or predicate is outside the vocabulary, or whose endpoints are not
// among the extracted entities is dropped and reported. No unverifiable claim reaches the graph.
import {
  type Evidence,
  type Extraction,
  ExtractionSchema,
  nameKey,
  ORGANIZATION_KINDS,
  PLACE_KINDS,
  PREDICATES,
  ROLE_CLASSES,
  ROLE_STATUSES,
  UNIT_KINDS,
} from '@shabaka/model';
import { z } from 'zod';
import { locatePhrase, mentionsOf } from '../locate.ts';
import type { Sentence } from '../stages/split.ts';

/** What the model says an item is; a confident model still needs its quote found. */
export const DEFAULT_CONFIDENCE = 0.7;

const text = z.string().trim().min(1);
const optionalText = z.string().trim().nullish().catch(undefined);
const aliases = z.array(z.string().trim().min(1)).catch([]).default([]);
const evidence = {
  sentence: z.coerce.number().int().nonnegative().optional().catch(undefined),
  evidence_quote: optionalText,
  confidence: z.coerce.number().min(0).max(1).catch(DEFAULT_CONFIDENCE).default(DEFAULT_CONFIDENCE),
  hedged: z.boolean().optional().catch(undefined),
  negated: z.boolean().optional().catch(undefined),
  attributedTo: optionalText,
};

const LlmEntitySchema = z.object({ name: text, aliases, kind: optionalText, org: optionalText });
const LlmRoleSchema = z.object({
  person: text,
  role: text,
  org: optionalText,
  place: optionalText,
  status: optionalText,
  title: optionalText,
  ...evidence,
});
const LlmRelationSchema = z.object({ subject: text, predicate: text, object: text, ...evidence });

/** The answer's top level; its items are checked one by one, so one bad item costs only itself. */
export const LlmAnswerSchema = z.object({
  persons: z.array(z.unknown()).catch([]).default([]),
  organizations: z.array(z.unknown()).catch([]).default([]),
  units: z.array(z.unknown()).catch([]).default([]),
  places: z.array(z.unknown()).catch([]).default([]),
  roles: z.array(z.unknown()).catch([]).default([]),
  relations: z.array(z.unknown()).catch([]).default([]),
});
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;

export type DropReason =
  | 'malformed item'
  | 'name not in the text'
  | 'quote not in the text'
  | 'unknown role class'
  | 'unknown predicate'
  | 'dangling endpoint';

export interface DroppedItem {
  section: keyof Extraction;
  reason: DropReason;
  item: unknown;
}

type EntitySection = 'persons' | 'organizations' | 'units' | 'places';
const ENTITY_SECTIONS: readonly EntitySection[] = ['persons', 'organizations', 'units', 'places'];

function inVocabulary<T extends string>(
  values: readonly T[],
  value: string | null | undefined,
): T | undefined {
  return values.find((v) => v === value);
}

/** Joins the answers of several chunks of one article. */
export function mergeAnswers(answers: readonly LlmAnswer[]): LlmAnswer {
  const merged = LlmAnswerSchema.parse({});
  for (const answer of answers)
    for (const key of Object.keys(merged) as (keyof LlmAnswer)[]) merged[key].push(...answer[key]);
  return merged;
}

/** Maps the model's (already JSON-parsed) answer onto the contract, with offsets from the text. */
export function toExtraction(
  raw: unknown,
  articleText: string,
  sentences: readonly Sentence[],
): { extraction: Extraction; dropped: DroppedItem[] } {
  const answer = LlmAnswerSchema.parse(raw ?? {});
  const dropped: DroppedItem[] = [];
  const extraction = ExtractionSchema.parse({});
  /** Folded name → the entity's own spelling, per section. */
  const known = new Map<EntitySection, Map<string, string>>(ENTITY_SECTIONS.map((s) => [s, new Map()]));

  /** The extracted entity a claim names, by folded name or alias, in the sections its end allows. */
  function find(sections: readonly EntitySection[], name: string): string | undefined {
    for (const section of sections) {
      const hit = known.get(section)!.get(nameKey(name));
      if (hit) return hit;
    }
    return undefined;
  }

  for (const section of ENTITY_SECTIONS) {
    for (const item of answer[section]) {
      const parsed = LlmEntitySchema.safeParse(item);
      if (!parsed.success) {
        dropped.push({ section, reason: 'malformed item', item });
        continue;
      }
      const { name, kind, org } = parsed.data;
      const names = [name, ...parsed.data.aliases.filter((a) => nameKey(a) !== nameKey(name))];
      const index = known.get(section)!;
      if (index.has(nameKey(name))) continue; // the same entity again, from another chunk
      const mentions = mentionsOf(names, articleText);
      if (mentions.length === 0 && !names.some((n) => locatePhrase(n, articleText))) {
        dropped.push({ section, reason: 'name not in the text', item });
        continue;
      }
      for (const n of names) if (!index.has(nameKey(n))) index.set(nameKey(n), name);
      const base = { name, aliases: names.slice(1), mentions };
      if (section === 'persons') extraction.persons.push(base);
      if (section === 'organizations')
        extraction.organizations.push({ ...base, kind: inVocabulary(ORGANIZATION_KINDS, kind) ?? 'other' });
      if (section === 'places')
        extraction.places.push({ ...base, kind: inVocabulary(PLACE_KINDS, kind) ?? 'other' });
      if (section === 'units')
        extraction.units.push({
          name,
          org: org ?? null,
          kind: inVocabulary(UNIT_KINDS, kind) ?? 'other',
          mentions,
        });
    }
  }
  // A unit's organization is structure, not a claim with evidence: kept only if it was extracted.
  for (const unit of extraction.units)
    unit.org = unit.org ? (find(['organizations', 'units'], unit.org) ?? null) : null;

  /** The quote's span, which must lie within one sentence; that sentence is the evidence. */
  function evidenceFor(quote: string | null | undefined, cited: number | undefined, confidence: number) {
    if (!quote) return undefined;
    const near = cited === undefined ? undefined : sentences[cited];
    const span = (near && locatePhrase(quote, articleText, near.start)) ?? locatePhrase(quote, articleText);
    if (!span) return undefined;
    const sentence = sentences.find((s) => s.start <= span.start && span.end <= s.end);
    if (!sentence) return undefined;
    const found: Evidence = { sentence: sentence.index, ...span, text: sentence.text, confidence };
    return found;
  }

  for (const item of answer.roles) {
    const parsed = LlmRoleSchema.safeParse(item);
    if (!parsed.success) {
      dropped.push({ section: 'roles', reason: 'malformed item', item });
      continue;
    }
    const r = parsed.data;
    const role = inVocabulary(ROLE_CLASSES, r.role);
    if (!role) {
      dropped.push({ section: 'roles', reason: 'unknown role class', item });
      continue;
    }
    const person = find(['persons'], r.person);
    const org = r.org ? find(['organizations', 'units'], r.org) : null;
    const place = r.place ? find(['places'], r.place) : null;
    if (!person || org === undefined || place === undefined) {
      dropped.push({ section: 'roles', reason: 'dangling endpoint', item });
      continue;
    }
    const found = evidenceFor(r.evidence_quote, r.sentence, r.confidence);
    if (!found) {
      dropped.push({ section: 'roles', reason: 'quote not in the text', item });
      continue;
    }
    extraction.roles.push({
      person,
      role,
      org,
      place,
      status: inVocabulary(ROLE_STATUSES, r.status) ?? 'unknown',
      ...(r.title && locatePhrase(r.title, found.text) ? { title: r.title } : {}),
      evidence: found,
      ...qualifiers(r),
    });
  }

  for (const item of answer.relations) {
    const parsed = LlmRelationSchema.safeParse(item);
    if (!parsed.success) {
      dropped.push({ section: 'relations', reason: 'malformed item', item });
      continue;
    }
    const r = parsed.data;
    const predicate = inVocabulary(PREDICATES, r.predicate.toLowerCase());
    if (!predicate) {
      dropped.push({ section: 'relations', reason: 'unknown predicate', item });
      continue;
    }
    const subject = find(ENTITY_SECTIONS, r.subject);
    const object = find(ENTITY_SECTIONS, r.object);
    if (!subject || !object) {
      dropped.push({ section: 'relations', reason: 'dangling endpoint', item });
      continue;
    }
    const found = evidenceFor(r.evidence_quote, r.sentence, r.confidence);
    if (!found) {
      dropped.push({ section: 'relations', reason: 'quote not in the text', item });
      continue;
    }
    extraction.relations.push({ subject, predicate, object, evidence: found, ...qualifiers(r) });
  }

  return { extraction: ExtractionSchema.parse(extraction), dropped };
}

function qualifiers(r: { hedged?: boolean; negated?: boolean; attributedTo?: string | null }) {
  return {
    ...(r.hedged ? { hedged: true } : {}),
    ...(r.negated ? { negated: true } : {}),
    ...(r.attributedTo ? { attributedTo: r.attributedTo } : {}),
  };
}
