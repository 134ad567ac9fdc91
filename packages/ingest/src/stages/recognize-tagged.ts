// Persons no list, pattern or title finds, read by the learned tagger (src/tagger, trained on
// ANERcorp) and kept only where the recognizer's own checks agree the words can be a name.
import type { NameSite } from './recognize-titled.ts';
import { ordinary } from './recognize-titled.ts';
import type { TaggedSpan } from '../tagger/index.ts';
import { FOREIGN_NAME_PARTICLES } from '../gazetteer/names.ts';
import { KIN, NEVER_NAMES_ALONE } from '../gazetteer/words.ts';
import { GIVEN } from './recognize/site.ts';
import { LEXICON } from '../lexicon/index.ts';
import { isWord, stemIn } from '../text/tokens.ts';

/** Spans the tagger is less sure of than this are left to the rules. */
const MIN_SCORE = 0.5;
/** A lone word must be surer (`الوضع هادئ`): most are a surname met again, read by the surnames pass. */
const LONE_SCORE = 0.6;
/** `إرهابياً`, `فرقتا`: an accusative or dual ending, its tanween unwritten, ends no lone name. */
const ADVERBIAL = /(يا|تا|ين)$/;

export function taggedPersons(site: NameSite, from: number, spans: readonly TaggedSpan[]): void {
  for (const span of spans) {
    if (span.type !== 'PERS' || span.score < MIN_SCORE) continue;
    const first = from + span.first;
    const last = from + span.last;
    const tokens = site.tokens.slice(first, last + 1);
    if (tokens.some((_t, k) => !site.free(first + k) || site.readsAsOn(first + k, k > 0))) continue;
    // One word alone (`راوول`, `جوزيه`: foreign names), unless its ending makes it an adjective.
    // The first word of a sentence is most often its verb (`وأشرف X على المفاوضات`), as is one after
    // `أن` or `قد` (`سبق أن أشرف على`).
    if (stemIn(site.tokens[first - 1], LEXICON.namedAfter)) continue;
    const lone = tokens.filter(isWord).length < 2;
    if (lone && stemIn(tokens[0], NEVER_NAMES_ALONE)) continue;
    // `ماركوس`, `كريستيان`: a lone given name needs no more certainty than a full name.
    const loneScore = GIVEN.has(tokens[0]!.key) ? MIN_SCORE : LONE_SCORE;
    const before = site.tokens[first - 1];
    const afterParticle = stemIn(before, LEXICON.verbParticles) !== undefined;
    // `الوضع هادئ`: a lone word after a definite noun is what the noun is, not a name.
    const predicate = isWord(before) && before.key.startsWith('ال') && !site.at[first - 1];
    if (
      lone &&
      (span.score < loneScore ||
        ADVERBIAL.test(tokens[0]!.key) ||
        span.first === 0 ||
        afterParticle ||
        predicate)
    )
      continue;
    // `فان هوفين`, `روبن فان هوفين`: a foreign particle inside the span stands for no word.
    const words = tokens.filter((t, k) => k === tokens.length - 1 || !FOREIGN_NAME_PARTICLES.has(t.text));
    const head = words[0]!;
    if (!site.isNameWord(head, 0) || ordinary(head) || site.isHeadWord(head)) continue;
    // No ordinary word inside (`قتل`, `ولد`), no kinship word before the name (`شقيق مشعل`).
    const nameWords = words.slice(1).filter((t) => !site.isConnector(t));
    if (!nameWords.every((t) => site.isNameWord(t, 1) && !ordinary(t))) continue;
    if (stemIn(head, KIN)) continue;
    // `كلف حفتر صالح عبودة`: the surname of someone already named opens no new name.
    if (site.isKnownSurname(head.key)) continue;
    site.add('person', first, last, 'tagger');
  }
}
