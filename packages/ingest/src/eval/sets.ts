// Sets of annotated articles and where they live. A folder holds either `<slug>.ar.txt` (or
// `.en.txt`, an English article) beside `<slug>.gold.json` (the project's fixtures, ../shared/fixtures)
// or `articles/NN.ar.txt` with `gold/NN.gold.json` (../shared/corpus-dev). With no folder named,
// `pnpm eval` reads the project's Arabic and English fixtures, the seed and corpus-dev; the two
// shared ones only where ../shared exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Annotation, parseAnnotation } from './annotation.ts';

/** The repository root, found from this file's own place (packages/ingest/src/eval). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface AnnotatedFiles {
  slug: string;
  textFile: string;
  goldFile: string;
}

export interface AnnotatedArticle extends AnnotatedFiles {
  text: string;
  gold: Annotation;
}

export interface ArticleSet {
  /** `fixtures`, `seed`, `corpus-dev`, or the folder as given. */
  name: string;
  dir: string;
  files: AnnotatedFiles[];
}

export interface SkippedSet {
  name: string;
  dir: string;
  skipped: string;
}

/** An article's text is Arabic or English; the extractor finds out which (language.ts). */
const TEXT_SUFFIXES = ['.ar.txt', '.en.txt'] as const;
const GOLD_SUFFIX = '.gold.json';

/** The sets `pnpm eval` knows by name; their floors are recorded in floors.json. */
export const KNOWN_SETS = ['fixtures', 'fixtures-en', 'seed', 'corpus-dev'] as const;
export type KnownSet = (typeof KNOWN_SETS)[number];

/** Where each known set lives, relative to the repository root. */
export function knownSetDirs(root = REPO_ROOT): Record<KnownSet, string> {
  return {
    fixtures: join(root, 'packages', 'ingest', 'fixtures', 'articles'),
    'fixtures-en': join(root, 'packages', 'ingest', 'fixtures', 'articles-en'),
    seed: join(root, '..', 'shared', 'fixtures'),
    'corpus-dev': join(root, '..', 'shared', 'corpus-dev'),
  };
}

export const isKnownSet = (name: string): name is KnownSet =>
  (KNOWN_SETS as readonly string[]).includes(name);

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();
const filesOf = (dir: string, suffixes: readonly string[]) =>
  readdirSync(dir)
    .flatMap((file) => {
      const suffix = suffixes.find((s) => file.endsWith(s));
      return suffix ? [{ slug: file.slice(0, -suffix.length), file }] : [];
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));

/** Every annotated article of a folder in slug order; throws naming a text without gold, or gold without text. */
export function listAnnotatedFolder(dir: string): AnnotatedFiles[] {
  if (!isDir(dir)) throw new Error(`${dir} is not a folder`);
  const split = isDir(join(dir, 'articles')) && isDir(join(dir, 'gold'));
  const textDir = split ? join(dir, 'articles') : dir;
  const goldDir = split ? join(dir, 'gold') : dir;
  const texts = filesOf(textDir, TEXT_SUFFIXES);
  const golds = new Set(filesOf(goldDir, [GOLD_SUFFIX]).map((g) => g.slug));
  const slugs = new Set(texts.map((t) => t.slug));
  const unpaired = [
    ...texts.filter((t) => !golds.has(t.slug)).map((t) => join(textDir, t.file)),
    ...[...golds].filter((slug) => !slugs.has(slug)).map((slug) => join(goldDir, `${slug}${GOLD_SUFFIX}`)),
  ];
  if (unpaired.length > 0) {
    throw new Error(`${dir}: these files have no text or no gold beside them:\n  ${unpaired.join('\n  ')}`);
  }
  if (texts.length === 0) {
    throw new Error(
      `${dir} holds no annotated article (<slug>${TEXT_SUFFIXES.join('|')} beside <slug>${GOLD_SUFFIX}, or articles/ with gold/)`,
    );
  }
  return texts.map(({ slug, file }) => ({
    slug,
    textFile: join(textDir, file),
    goldFile: join(goldDir, `${slug}${GOLD_SUFFIX}`),
  }));
}

/** The sets the repository holds itself; the others live in ../shared. */
const OWN_SETS: ReadonlySet<KnownSet> = new Set(['fixtures', 'fixtures-en']);

/** The sets `pnpm eval` reads when no folder is named; a shared set that is absent is skipped, with why. */
export function defaultSets(root = REPO_ROOT): (ArticleSet | SkippedSet)[] {
  const dirs = knownSetDirs(root);
  return KNOWN_SETS.map((name) => [name, dirs[name]] as const).map(([name, dir]) =>
    !OWN_SETS.has(name) && !existsSync(dir)
      ? { name, dir, skipped: `${dir} does not exist (the shared folder is not beside this checkout)` }
      : { name, dir, files: listAnnotatedFolder(dir) },
  );
}

/**
 * A folder named on the command line, from the directory the command was typed in (pnpm runs
 * scripts from the root and says where it was called in INIT_CWD), under its set's name when it
 * is a known set.
 */
export function folderSet(
  folder: string,
  root = REPO_ROOT,
  cwd = process.env.INIT_CWD ?? process.cwd(),
): ArticleSet {
  const dir = resolve(cwd, folder);
  const dirs = knownSetDirs(root);
  const known = KNOWN_SETS.find((name) => resolve(dirs[name]) === dir);
  const fromCwd = relative(cwd, dir);
  const name = known ?? (fromCwd.startsWith('..') || isAbsolute(fromCwd) ? dir : fromCwd || '.');
  return { name, dir, files: listAnnotatedFolder(dir) };
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/** Reads an article and its gold as the scorer reads it. */
export function loadAnnotated(files: AnnotatedFiles): AnnotatedArticle {
  return {
    ...files,
    text: readText(files.textFile),
    gold: parseAnnotation(readText(files.goldFile), files.goldFile),
  };
}
