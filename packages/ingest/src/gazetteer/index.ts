// One matcher over every gazetteer: organizations, units and places by their word keys, longest
// match first. Built once at module load.
import { nameKey, type OrganizationKind, type PlaceKind, type UnitKind } from '@shabaka/model';
import { ORGANIZATIONS } from './organizations.ts';
import { REGION_ORGANIZATIONS } from './organizations-region.ts';
import { PLACES } from './places.ts';
import { UNITS } from './units.ts';

export type GazetteerEntry =
  | { type: 'organization'; name: string; kind: OrganizationKind; regime: boolean; ambiguous: false }
  | { type: 'unit'; name: string; kind: UnitKind; ambiguous: false }
  | { type: 'place'; name: string; kind: PlaceKind; ambiguous: boolean; adjective?: string };

export interface GazetteerForm {
  words: string[];
  entry: GazetteerEntry;
  ambiguous: boolean;
}

const byFirstWord = new Map<string, GazetteerForm[]>();
const adjectives = new Map<string, GazetteerEntry>();

function add(form: string, entry: GazetteerEntry, ambiguous: boolean): void {
  const words = nameKey(form).split(' ');
  const list = byFirstWord.get(words[0]!) ?? [];
  list.push({ words, entry, ambiguous });
  byFirstWord.set(words[0]!, list);
}

for (const org of [...ORGANIZATIONS, ...REGION_ORGANIZATIONS]) {
  const entry: GazetteerEntry = {
    type: 'organization',
    name: org.name,
    kind: org.kind,
    regime: org.regime ?? false,
    ambiguous: false,
  };
  for (const form of [org.name, ...org.aliases]) add(form, entry, false);
}
for (const unit of UNITS) {
  const entry: GazetteerEntry = { type: 'unit', name: unit.name, kind: unit.kind, ambiguous: false };
  for (const form of [unit.name, ...unit.aliases]) add(form, entry, false);
}
for (const place of PLACES) {
  const entry: GazetteerEntry = {
    type: 'place',
    name: place.name,
    kind: place.kind,
    ambiguous: place.ambiguous,
    ...(place.adjective ? { adjective: place.adjective } : {}),
  };
  add(place.name, entry, place.ambiguous);
  for (const alias of place.aliases) add(alias, entry, place.ambiguous);
  for (const alias of place.ambiguousAliases) add(alias, entry, true);
  if (place.adjective) adjectives.set(nameKey(place.adjective), entry);
}
for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Forms of gazetteer names that start with this word key, longest first. */
export function formsStartingWith(key: string): readonly GazetteerForm[] {
  return byFirstWord.get(key) ?? [];
}

/** The gazetteer entry one of whose forms is exactly this name (`حكومة الإنقاذ`), if any. */
export function entryNamed(name: string): GazetteerEntry | undefined {
  const key = nameKey(name);
  return formsStartingWith(key.split(' ')[0]!).find((f) => f.words.join(' ') === key)?.entry;
}

/** The place a nisba adjective names (`الدمشقي` → دمشق). */
export function placeOfAdjective(key: string): GazetteerEntry | undefined {
  return adjectives.get(key);
}
