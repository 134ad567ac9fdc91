// Where the annotated articles live and how one is read: the seed article in ../shared/fixtures
// and the fixtures of packages/ingest/fixtures/articles, each `<slug>.ar.txt` beside `<slug>.gold.json`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Gold, parseGold, phrasesNotInText } from './gold.ts';

/** The repository root, found from this file's own place (packages/ingest/src/eval). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface FixtureFiles {
  slug: string;
  textFile: string;
  goldFile: string;
}

export interface Fixture extends FixtureFiles {
  text: string;
  gold: Gold;
}

const TEXT_SUFFIX = '.ar.txt';

export function seedFixture(root = REPO_ROOT): FixtureFiles {
  const dir = join(root, '..', 'shared', 'fixtures');
  return {
    slug: 'seed-article',
    textFile: join(dir, `seed-article${TEXT_SUFFIX}`),
    goldFile: join(dir, 'seed-article.gold.json'),
  };
}

export function articlesDir(root = REPO_ROOT): string {
  return join(root, 'packages', 'ingest', 'fixtures', 'articles');
}

/** The seed first, then every annotated article in slug order. */
export function listFixtures(root = REPO_ROOT): FixtureFiles[] {
  const dir = articlesDir(root);
  const slugs = readdirSync(dir)
    .filter((file) => file.endsWith(TEXT_SUFFIX))
    .map((file) => file.slice(0, -TEXT_SUFFIX.length))
    .sort();
  const annotated = slugs.map((slug) => ({
    slug,
    textFile: join(dir, `${slug}${TEXT_SUFFIX}`),
    goldFile: join(dir, `${slug}.gold.json`),
  }));
  return [seedFixture(root), ...annotated];
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
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
