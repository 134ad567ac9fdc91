import { readFileSync } from 'node:fs';
import { isArabicScript, nameKey, PREDICATES, ROLE_CLASSES } from '@shabaka/model';
import { describe, expect, it } from 'vitest';
import { describeWithSeed } from '../test-seed.ts';
import { listEnglishFixtures, listFixtures, loadFixture } from './fixtures.ts';

const all = listFixtures();
const annotated = all.filter((files) => files.slug !== 'seed-article');

// The seed article is one of the annotated fixtures (../shared/fixtures): skipped, saying so, where absent.
describeWithSeed('annotated fixtures', () => {
  it('include the seed and at least ten more articles', () => {
    expect(all[0]?.slug).toBe('seed-article');
    expect(annotated.length).toBeGreaterThanOrEqual(10);
  });

  it.each(all.map((files) => [files.slug, files]))(
    '%s: gold is valid and every role_text and evidence occurs in the article',
    (_, files) => {
      // Throws the loader's own message, which names the file and the bad fields.
      expect(loadFixture(files).gold.persons.length).toBeGreaterThan(0);
    },
  );

  it.each(all.map((files) => [files.slug, files]))(
    '%s: uses only the role classes and predicates of @shabaka/model',
    (_, files) => {
      const raw = JSON.parse(readFileSync(files.goldFile, 'utf8')) as {
        roles: { role: string }[];
        relations: { predicate: string }[];
      };
      for (const role of raw.roles) expect(ROLE_CLASSES).toContain(role.role);
      for (const relation of raw.relations) expect(PREDICATES).toContain(relation.predicate);
    },
  );

  it.each(annotated.map((files) => [files.slug, files]))(
    '%s: is a dated article of 250 to 700 words whose boilerplate lines are whole lines of it',
    (_, files) => {
      const { text, gold } = loadFixture(files);
      expect(gold.source.publishedAt).toBeDefined();
      const lines = new Set(text.split('\n').map((line) => line.trim()));
      for (const line of gold.source.boilerplate) expect(lines).toContain(line);
      const words = text.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(250);
      expect(words).toBeLessThanOrEqual(700);
    },
  );

  it('name one person in two articles with spellings that differ but share a name key', () => {
    const spellings = new Map<string, Map<string, string>>();
    for (const files of all) {
      for (const person of loadFixture(files).gold.persons) {
        const bySlug = spellings.get(nameKey(person.name)) ?? new Map<string, string>();
        bySlug.set(files.slug, person.name);
        spellings.set(nameKey(person.name), bySlug);
      }
    }
    const respelt = [...spellings.values()].filter(
      (bySlug) => bySlug.size > 1 && new Set(bySlug.values()).size > 1,
    );
    expect(respelt.length).toBeGreaterThanOrEqual(1);
  });

  it('have a person whose given name is أمير, not the title', () => {
    const persons = all.flatMap((files) => loadFixture(files).gold.persons);
    expect(persons.some((person) => nameKey(person.name).startsWith('امير '))).toBe(true);
  });
});

describe('annotated English fixtures', () => {
  const english = listEnglishFixtures();

  it('are at least ten articles, one of them a mixed page quoting Arabic names in Arabic script', () => {
    expect(english.length).toBeGreaterThanOrEqual(10);
    const quoted = english.filter((files) =>
      loadFixture(files).gold.persons.some((p) => p.aliases.some((a) => isArabicScript(a))),
    );
    expect(quoted.length).toBeGreaterThanOrEqual(1);
  });

  it.each(english.map((files) => [files.slug, files]))(
    '%s: gold is valid, every role_text and evidence occurs in it, boilerplate lines are whole lines',
    (_, files) => {
      const { text, gold } = loadFixture(files);
      expect(gold.source.publishedAt).toBeDefined();
      const lines = new Set(text.split('\n').map((line) => line.trim()));
      for (const line of gold.source.boilerplate) expect(lines).toContain(line);
    },
  );
});
