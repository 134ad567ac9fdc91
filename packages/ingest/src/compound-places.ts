// Places named by a direction or `ريف` and a known place, as reporting names them: `ريف دير الزور
// الشمالي`, `شمال غرب سورية`, `جنوبي حلب`, `الجنوب الدمشقي`. A direction of a country is a region
// of its own (`شمالي سوريا`); `ريف X` is the countryside, not X; a direction of a city or
// governorate written with ي (`شمالي حلب`) or of a named settlement (`جنوب بلدة X`) locates in it.
import { nameKey, type PlaceKind } from '@shabaka/model';
import { formsStartingWith, type GazetteerEntry, placeOfAdjective } from './gazetteer/index.ts';
import { DIRECTIONS, PLACE_WORDS, RURAL_DIRECTIONS } from './gazetteer/places.ts';
import { type Stem, stemIn, type Token } from './text/tokens.ts';
import { SETTLEMENT_WORDS, SIDEWAYS } from './lexicon/recognize-legacy.ts';

export interface CompoundPlace {
  last: number;
  /** The canonical name; undefined when the name is the text's own words (`شمال غرب سورية`). */
  canonical?: string;
  kind: PlaceKind;
  /** The place the compound is built on, and whether things in the compound are in it. */
  within: { place: string; kind: PlaceKind; base: boolean };
}

type GazetteerAt = (i: number) => { entry: GazetteerEntry; last: number; stem: Stem } | undefined;

const DIRECTION_KEYS = new Map([...DIRECTIONS].map(([word, dir]) => [nameKey(word), dir]));
const DIRECTION_SET = new Set(DIRECTION_KEYS.keys());
const PLACE_WORD_SET = new Set([...PLACE_WORDS.keys()].map(nameKey));

/** The compound place whose first word is token i, if it is one. */
export function compoundPlace(
  tokens: readonly Token[],
  i: number,
  to: number,
  gazetteerAt: GazetteerAt,
): CompoundPlace | undefined {
  const stem = stemIn(tokens[i], DIRECTION_SET);
  if (!stem) return undefined;
  // A gazetteer name that starts with the direction (`ريف دمشق`, `شمال سيناء`) is the gazetteer's.
  const own = gazetteerAt(i);
  if (own?.entry.type === 'place' && own.last > i) return undefined;
  const dir = DIRECTION_KEYS.get(stem.key)!;
  let j = i + 1;
  const second = dir !== 'ريف' && tokens[j]?.key && SIDEWAYS.has(tokens[j]!.key) ? tokens[j++] : undefined;
  const adjective = second ? undefined : placeOfAdjective(tokens[j]?.key ?? '');
  let place: GazetteerEntry | undefined;
  let last = j;
  let settlement = false;
  if (adjective && stem.key.startsWith('ال')) {
    place = adjective;
  } else {
    if (stemIn(tokens[j], PLACE_WORD_SET) && !gazetteerAt(j)) {
      settlement = stemIn(tokens[j], SETTLEMENT_WORDS) !== undefined;
      j++;
    }
    const hit = j < to ? gazetteerAt(j) : undefined;
    if (hit?.entry.type !== 'place' || hit.stem.prefix > 0) return undefined;
    place = hit.entry;
    last = hit.last;
  }
  if (place.type !== 'place') return undefined;
  if (dir === 'ريف') return countryside(tokens, place, last, to);
  const within = { place: place.name, kind: place.kind };
  if (place.kind === 'country') return { last, kind: 'region', within: { ...within, base: false } };
  const name = [dir, second ? DIRECTION_KEYS.get(second.key) : undefined, place.name]
    .filter(Boolean)
    .join(' ');
  const known = formsStartingWith(nameKey(name).split(' ')[0]!).find(
    (f) => f.entry.type === 'place' && f.words.join(' ') === nameKey(name),
  );
  const base = settlement || /ي$/.test(stem.key) || /ي$/.test(second?.key ?? ''); // `شمالي حلب`
  return {
    last,
    canonical: known?.entry.name ?? name,
    kind: known?.entry.type === 'place' ? known.entry.kind : 'region',
    within: { ...within, base },
  };
}

/** `ريف حلب`, `ريف دير الزور الشمالي`, `ريف حلب الشمالي الغربي`: the countryside is a place of its own. */
function countryside(
  tokens: readonly Token[],
  place: Extract<GazetteerEntry, { type: 'place' }>,
  last: number,
  to: number,
): CompoundPlace {
  const sides: string[] = [];
  let end = last;
  while (end + 1 < to && sides.length < 2 && RURAL_DIRECTIONS.has(tokens[end + 1]!.key)) {
    end++;
    sides.push(tokens[end]!.text);
  }
  return {
    last: end,
    canonical: ['ريف', place.name, ...sides].join(' '),
    kind: 'region',
    within: { place: place.name, kind: place.kind, base: false },
  };
}
