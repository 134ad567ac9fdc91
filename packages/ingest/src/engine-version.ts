// The rule engine's version as claims record it: the package version and a hash of the engine's
// own sources (rules, lexicon, gazetteer, tagger weights, the stages), so that any change to what
// the engine can extract gives a new version without anyone remembering to bump it, and
// `pnpm reextract --all` knows which articles an older engine read.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));

/** What reads, writes or scores articles without deciding what is extracted from a text. */
const NOT_ENGINE = [
  /^cli\//,
  /^eval\//,
  /^llm\//,
  /\.test\.ts$/,
  /^test-/,
  /^tagger\/(train|corpus|score|recognizer-eval)\.ts$/,
  /^(index|writer|write-queries|ingest|read|encoding|html|sample|extractors|extract-pool|extract-worker|retract|reextract|article-life|engine-version|batch[\w-]*|shard|stories|same-as-candidates|cross-script-persons)\.ts$/,
];

function sourcesHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => /\.(ts|tsv|json)$/.test(file) && !NOT_ENGINE.some((pattern) => pattern.test(file)))
    .sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(SRC, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

const packageVersion = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;

/** `0.1.0+3f2a…`: the package version, then the hash of the engine's sources. */
export const ENGINE_VERSION = `${packageVersion}+${sourcesHash()}`;
