import { nameKey } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';
import { LATIN_PLACES } from './places-latin.ts';
import { PLACES } from './places.ts';

describe('places as English reporting spells them', () => {
  it('name each place the Arabic gazetteer knows by its canonical name, so both languages meet on one node', () => {
    const known = LATIN_PLACES.map((p) => ({
      place: p,
      entry: PLACES.find((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === nameKey(p.arabic))),
    })).filter((k) => k.entry);
    expect(known.length).toBeGreaterThan(30);
    const notCanonical = known.filter((k) => nameKey(k.entry!.name) !== nameKey(k.place.arabic));
    expect(notCanonical.map((k) => `${k.place.latin[0]}: ${k.place.arabic} → ${k.entry!.name}`)).toEqual([]);
  });

  it('reads the English spellings of a place as that place', () => {
    const { extraction } = extractArticle({
      text: 'Fighters moved from Deir ez-Zor to Raqqa and then to Deir al-Zor again, officials said.',
    });
    expect(extraction.places.map((p) => p.name).sort()).toEqual(['الرقة', 'دير الزور']);
  });
});
