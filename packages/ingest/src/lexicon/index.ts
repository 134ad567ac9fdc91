// The one entry point of the engine's word lists. Each list is declared once, as name keys (see
// `keys`), and rules name the lists they read, so a rule table row stays plain data.
import { keys } from '../gazetteer/words.ts';
import { EVENT_WORDS } from './events.ts';
import { GEOGRAPHY_WORDS } from './geography.ts';
import { RELATION_WORDS } from './relations.ts';
import { ROLE_WORDS } from './roles.ts';
import { STRUCTURE_WORDS } from './structure.ts';

export { keys };

/** Every named list a declared rule may reference. */
export const LEXICON = {
  ...GEOGRAPHY_WORDS,
  ...RELATION_WORDS,
  ...ROLE_WORDS,
  ...EVENT_WORDS,
  ...STRUCTURE_WORDS,
} satisfies Record<string, ReadonlySet<string>>;

export type LexiconName = keyof typeof LEXICON;
export const LEXICON_NAMES = Object.keys(LEXICON) as [LexiconName, ...LexiconName[]];
