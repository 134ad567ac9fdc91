// A lexicon of the words that mostly stand inside names of one type in the training data, by
// bare stem: one feature shared by all such words generalizes better than each word's own weights.
// Training reads each part of the corpus with the lexicon of the other parts (jackknifing), so
// that the weights learn how far to trust a lexicon built without the sentence at hand.
import { STOP_WORDS } from '../gazetteer/words.ts';
import { formsStartingWith } from '../gazetteer/index.ts';
import type { Token } from '../text/tokens.ts';
import { bareOf, isGivenName } from './features.ts';
import { ENTITY_TYPES, type EntityType, TAGS } from './tags.ts';
import type { LabelledSentence } from './perceptron.ts';

/**
 * Bare stem → bit mask: bit t when the word mostly stands inside names of ENTITY_TYPES[t], bit
 * 4 + t when it often comes just before one (`الفنان`, `البرازيلي` before a person).
 */
export type NameLexicon = ReadonlyMap<string, number>;

const TYPES = ENTITY_TYPES.length;

export function nameLexicon(sentences: readonly LabelledSentence[]): NameLexicon {
  // Per word: occurrences inside each type, outside any, and just before each type's start.
  const counts = new Map<string, number[]>();
  for (const { tokens, tags } of sentences) {
    tokens.forEach((token, i) => {
      if (token.kind !== 'word' || STOP_WORDS.has(token.key)) return;
      const bare = bareOf(token);
      if (bare.length < 2) return;
      const row = counts.get(bare) ?? new Array<number>(2 * TYPES + 1).fill(0);
      const tag = TAGS[tags[i]!]!;
      row[tag === 'O' ? TYPES : ENTITY_TYPES.indexOf(tag.slice(2) as EntityType)]!++;
      const next = TAGS[tags[i + 1] ?? 0]!;
      if (next.startsWith('B-')) row[TYPES + 1 + ENTITY_TYPES.indexOf(next.slice(2) as EntityType)]!++;
      counts.set(bare, row);
    });
  }
  const out = new Map<string, number>();
  for (const [bare, row] of counts) {
    const total = row.slice(0, TYPES + 1).reduce((a, b) => a + b, 0);
    let mask = 0;
    for (let t = 0; t < TYPES; t++) {
      if (row[t]! * 2 >= total && row[t]! > 0) mask |= 1 << t;
      const before = row[TYPES + 1 + t]!;
      if (before >= 2 && before * 3 >= total) mask |= 1 << (TYPES + t);
    }
    if (mask) out.set(bare, mask);
  }
  return out;
}

const bit = (type: EntityType) => 1 << ENTITY_TYPES.indexOf(type);

/**
 * The project's own one-word names count as lexicon entries too (given names as PERS, gazetteer
 * places as LOC, organizations and units as ORG): ANERcorp has few of the places the engine reads.
 */
function gazetteerMask(token: Token): number {
  let mask = isGivenName(token) ? bit('PERS') : 0;
  for (const stem of token.stems) {
    for (const form of formsStartingWith(stem.key)) {
      if (form.words.length === 1) mask |= bit(form.entry.type === 'place' ? 'LOC' : 'ORG');
    }
  }
  return mask;
}

/** The lexicon features of a word (`L=PERS`). */
export function lexiconFeatures(lexicon: NameLexicon | undefined, token: Token): string[] {
  if (token.kind !== 'word') return [];
  const mask = (lexicon?.get(bareOf(token)) ?? 0) | gazetteerMask(token);
  return ENTITY_TYPES.flatMap((type, t) => [
    ...(mask & (1 << t) ? [`L=${type}`] : []),
    ...(mask & (1 << (TYPES + t)) ? [`T=${type}`] : []),
  ]);
}

/** Contiguous parts of the corpus, each with the lexicon of all the others. */
export function jackknife(sentences: readonly LabelledSentence[], parts: number): LabelledSentence[] {
  const size = Math.ceil(sentences.length / parts);
  const out: LabelledSentence[] = [];
  for (let p = 0; p < parts; p++) {
    const others = [...sentences.slice(0, p * size), ...sentences.slice((p + 1) * size)];
    const lexicon = nameLexicon(others);
    for (const s of sentences.slice(p * size, (p + 1) * size)) out.push({ ...s, lexicon });
  }
  return out;
}
