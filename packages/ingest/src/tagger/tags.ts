// The BIO tag set: O, then B-/I- for each entity type of ANERcorp.
export const ENTITY_TYPES = ['PERS', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const TAGS = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/** Row of the transition table used for the sentence's first token. */
export const START = TAG_COUNT;

const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));

export function tagId(tag: string): number {
  const id = tagIndex.get(tag);
  if (id === undefined) throw new Error(`unknown tag ${tag}: expected one of ${TAGS.join(' ')}`);
  return id;
}

/** Bits of a name-lexicon mask (lexicon.ts): inside names of a type, or just before one. */
export function lexiconBit(kind: 'inside' | 'before', type: EntityType): number {
  return 1 << ((kind === 'inside' ? 0 : ENTITY_TYPES.length) + ENTITY_TYPES.indexOf(type));
}

/** Whether `to` may follow `from` (START for the first token): I-X only after B-X or I-X. */
export function allowed(from: number, to: number): boolean {
  const tag = TAGS[to]!;
  if (!tag.startsWith('I-')) return true;
  return from !== START && TAGS[from]!.slice(2) === tag.slice(2);
}
