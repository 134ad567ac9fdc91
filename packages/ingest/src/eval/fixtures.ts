// The articles the project's tests are built on, with their gold in gold.ts's strict shape: the
// seed article in ../shared/fixtures, the fixtures of packages/ingest/fixtures/articles and the
// English ones of packages/ingest/fixtures/articles-en.
import { join } from 'node:path';
import { type Gold, parseGold, phrasesNotInText } from './gold.ts';
import { type AnnotatedFiles, knownSetDirs, listAnnotatedFolder, REPO_ROOT, readText } from './sets.ts';

export { REPO_ROOT };
export type FixtureFiles = AnnotatedFiles;

export interface Fixture extends FixtureFiles {
  text: string;
  gold: Gold;
}

export function seedFixture(root = REPO_ROOT): FixtureFiles {
  const dir = knownSetDirs(root).seed;
  return {
    slug: 'seed-article',
    textFile: join(dir, 'seed-article.ar.txt'),
    goldFile: join(dir, 'seed-article.gold.json'),
  };
}

/** The project's own annotated articles (packages/ingest/fixtures/articles). */
export function articlesDir(root = REPO_ROOT): string {
  return knownSetDirs(root).fixtures;
}

/** The project's own annotated English articles (packages/ingest/fixtures/articles-en). */
export function listEnglishFixtures(root = REPO_ROOT): FixtureFiles[] {
  return listAnnotatedFolder(knownSetDirs(root)['fixtures-en']);
}

/** The seed first, then every annotated article in slug order. */
export function listFixtures(root = REPO_ROOT): FixtureFiles[] {
  return [seedFixture(root), ...listAnnotatedFolder(articlesDir(root))];
}

/** Reads an article and its gold; throws naming the file if the gold is invalid or quotes words the text lacks. */
export function loadFixture(files: FixtureFiles): Fixture {
  const text = readText(files.textFile);
  const gold = parseGold(readText(files.goldFile), files.goldFile);
  const missing = phrasesNotInText(gold, text);
  if (missing.length > 0) {
    throw new Error(`${files.goldFile}: phrases not found in ${files.textFile}\n  ${missing.join('\n  ')}`);
  }
  return { ...files, text, gold };
}
