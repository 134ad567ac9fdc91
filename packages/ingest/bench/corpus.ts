// A synthetic corpus from the fixture articles: every copy gets new person names and swaps some
// places, so entities really multiply when it is ingested. Deterministic for a given size.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIVEN_NAMES } from '../src/gazetteer/names.ts';
import { PLACES } from '../src/gazetteer/places.ts';
import { extractArticle } from '../src/pipeline.ts';

const FAMILY_ROOTS = [
  'حمد',
  'سلم',
  'كرم',
  'نصر',
  'رشد',
  'فضل',
  'جبر',
  'خلف',
  'شمر',
  'عبد',
  'حسن',
  'زهر',
  'قدس',
  'نعم',
];
const FAMILY_FORMS = (root: string) => [`ال${root}ي`, `ال${root}اني`, `${root}ان`, `ال${root}اوي`];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface Template {
  text: string;
  persons: { name: string; aliases: string[] }[];
  places: string[];
}

export function loadTemplates(dirs: readonly string[]): Template[] {
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.ar.txt'))
      .map((f) => join(dir, f)),
  );
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const { extraction } = extractArticle({ text });
    return {
      text,
      persons: extraction.persons.map((p) => ({ name: p.name, aliases: p.aliases })),
      places: extraction.places
        .filter((p) => ['city', 'town', 'neighbourhood'].includes(p.kind))
        .map((p) => p.name),
    };
  });
}

export function* syntheticCorpus(templates: readonly Template[], size: number): Generator<string> {
  const given = [...GIVEN_NAMES];
  const families = FAMILY_ROOTS.flatMap(FAMILY_FORMS);
  const towns = PLACES.filter((p) => p.kind === 'city' && !p.ambiguous).map((p) => p.name);
  for (let i = 0; i < size; i++) {
    const next = random(i + 1);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const template = templates[i % templates.length]!;
    let text = template.text;
    const swaps: [string, string][] = [];
    for (const person of template.persons) {
      const words = person.name.split(' ');
      const family = `${pick(families)}${i % 7 === 0 ? '' : ` ${pick(families)}`}`.split(' ')[0]!;
      const renamed =
        words.length >= 2 && /^(أبو|ابو|أبي|أم)$/.test(words[0]!)
          ? `${words[0]} ${pick(given)}${words.length > 2 ? ` ${family}` : ''}`
          : `${pick(given)} ${family}`;
      swaps.push([person.name, renamed]);
      const surname = renamed.split(' ').at(-1)!;
      for (const alias of person.aliases) if (!alias.includes(' ')) swaps.push([alias, surname]);
    }
    for (const place of template.places.slice(0, 2)) swaps.push([place, pick(towns)]);
    swaps.sort((a, b) => b[0].length - a[0].length);
    for (const [from, to] of swaps) text = text.split(from).join(to);
    yield text;
  }
}
