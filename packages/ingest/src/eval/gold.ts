// The gold annotation of one article: MODEL.md's extraction contract as a careful reader fills
// it in, plus the words the text used (`role_text`, `evidence`) and the source's qualifiers.
import {
  nameKey,
  ORGANIZATION_KINDS,
  type Predicate,
  PREDICATES,
  ROLE_CLASSES,
  ROLE_STATUSES,
} from '@shabaka/model';
import { z } from 'zod';
import { locatePhrase } from '../locate.ts';
import { parseJsonFile } from './annotation.ts';

const name = z.string().trim().min(1);
const aliases = z.array(name).default([]);
/** A phrase of the article, verbatim; `...` elides text between verbatim pieces. */
const phrase = z.string().trim().min(1);

/** What the source says about its own claim: reported with a hedge, or denied. */
const qualifiers = {
  hedged: z.boolean().optional(),
  negated: z.boolean().optional(),
  note: z.string().optional().describe("the annotator's reading, for humans"),
};

export const GoldPersonSchema = z.strictObject({ name, aliases });
export const GoldOrganizationSchema = z.strictObject({ name, aliases, kind: z.enum(ORGANIZATION_KINDS) });
export const GoldUnitSchema = z.strictObject({ name, org: name.nullable() });
export const GoldPlaceSchema = z.strictObject({ name, aliases });

export const GoldRoleSchema = z.strictObject({
  person: name,
  role: z.enum(ROLE_CLASSES),
  role_text: phrase,
  org: name.nullable(),
  place: name.nullable(),
  status: z.enum(ROLE_STATUSES),
  ...qualifiers,
});

export const GoldRelationSchema = z.strictObject({
  subject: name,
  predicate: z.enum(PREDICATES as [Predicate, ...Predicate[]]),
  object: name,
  evidence: phrase,
  ...qualifiers,
});

export const GoldSchema = z
  .strictObject({
    about: z.string().min(1),
    source: z.strictObject({
      outlet: name,
      title: name,
      publishedAt: z.iso.date().optional(),
      boilerplate: z.array(name).default([]),
    }),
    persons: z.array(GoldPersonSchema),
    organizations: z.array(GoldOrganizationSchema),
    units: z.array(GoldUnitSchema).default([]),
    places: z.array(GoldPlaceSchema),
    roles: z.array(GoldRoleSchema),
    relations: z.array(GoldRelationSchema),
    /** Free-form event notes (the seed has them); not scored. */
    events: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .superRefine((gold, ctx) => {
    // Every role and relation must point at an entity the gold declares, so a typo in a name
    // cannot silently turn into an unmatchable claim.
    const keysOf = (entities: { name: string }[]) => new Set(entities.map((e) => nameKey(e.name)));
    const persons = keysOf(gold.persons);
    const orgsAndUnits = new Set([...keysOf(gold.organizations), ...keysOf(gold.units)]);
    const places = keysOf(gold.places);
    const everything = new Set([...persons, ...orgsAndUnits, ...places]);
    const require = (value: string | null, known: Set<string>, path: (string | number)[], what: string) => {
      if (value !== null && !known.has(nameKey(value))) {
        ctx.addIssue({ code: 'custom', path, message: `"${value}" is not one of the gold's ${what}` });
      }
    };
    for (const [i, unit] of gold.units.entries()) {
      require(unit.org, orgsAndUnits, ['units', i, 'org'], 'organizations or units');
    }
    for (const [i, role] of gold.roles.entries()) {
      require(role.person, persons, ['roles', i, 'person'], 'persons');
      require(role.org, orgsAndUnits, ['roles', i, 'org'], 'organizations or units');
      require(role.place, places, ['roles', i, 'place'], 'places');
    }
    for (const [i, relation] of gold.relations.entries()) {
      require(relation.subject, everything, ['relations', i, 'subject'], 'entities');
      require(relation.object, everything, ['relations', i, 'object'], 'entities');
    }
  });

export type Gold = z.infer<typeof GoldSchema>;
export type GoldPerson = z.infer<typeof GoldPersonSchema>;
export type GoldRole = z.infer<typeof GoldRoleSchema>;
export type GoldRelation = z.infer<typeof GoldRelationSchema>;

/** Parses a gold file's content; the error names the file and every bad field. */
export function parseGold(json: string, file: string): Gold {
  return parseJsonFile(GoldSchema, json, file, 'a valid gold annotation');
}

/**
 * Whether a gold phrase occurs in the article: its `...`-separated pieces appear in order, each
 * verbatim but for quotation marks (annotators write `تعيين ابو نجم` where the article has
 * `تعيين “ابو نجم”`) and runs of whitespace.
 */
export function phraseOccurs(phraseText: string, articleText: string): boolean {
  return locatePhrase(phraseText, articleText) !== undefined;
}

/** Every `role_text` and `evidence` of the gold that the article does not contain, with its field. */
export function phrasesNotInText(gold: Gold, articleText: string): string[] {
  const missing: string[] = [];
  for (const [i, role] of gold.roles.entries()) {
    if (!phraseOccurs(role.role_text, articleText)) missing.push(`roles.${i}.role_text: "${role.role_text}"`);
  }
  for (const [i, relation] of gold.relations.entries()) {
    if (!phraseOccurs(relation.evidence, articleText)) {
      missing.push(`relations.${i}.evidence: "${relation.evidence}"`);
    }
  }
  return missing;
}
