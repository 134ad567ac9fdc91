// `pnpm eval [FOLDER...]`: runs the extractor over sets of annotated articles and scores them as
// ../shared/eval/score.py does. With no folder: the project's Arabic and English fixtures, the seed
// and corpus-dev (a shared set that is absent is skipped, with why), then the transliteration
// figures on ANETAC's name pairs (skipped, with why, where ../shared is absent). It exits 0 whatever the scores (the gate is
// floors.test.ts), 2 on a bad option and 1 when a file cannot be read.
import { parseArgs } from 'node:util';
import { ExtractorOptionError, parseExtractorOption, extractorOfKind } from '../extractors.ts';
import { breaches, FLOORS_FILE, readFloors, recordFloors, writeFloors } from './floors.ts';
import { renderMisses } from './misses.ts';
import {
  findSeed,
  renderBreaches,
  renderFileTable,
  renderSeedBar,
  renderSetTotal,
  renderSkipped,
  toJson,
} from './report.ts';
import { renderRules, ruleFigures } from './rules.ts';
import { evaluateSet, type SetResult } from './run.ts';
import { measureTransliteration, renderTransliteration } from './transliteration.ts';
import { SCORED_CATEGORIES, type ScoredCategory } from './score.ts';
import { type ArticleSet, defaultSets, folderSet, isKnownSet, KNOWN_SETS, type SkippedSet } from './sets.ts';

const USAGE = `usage: pnpm eval [FOLDER...] [--json] [--verbose] [--rules] [--misses ${SCORED_CATEGORIES.join('|')}]
                 [--record-floors] [--extractor rules|llm]`;

class UsageError extends Error {}

function parseOptions(argv: string[]) {
  const { extractor, rest } = parseExtractorOption(argv);
  let parsed: ReturnType<typeof parseWith>;
  try {
    parsed = parseWith(rest);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const misses = parsed.values.misses;
  if (misses !== undefined && !SCORED_CATEGORIES.includes(misses as ScoredCategory)) {
    throw new UsageError(`--misses takes one of ${SCORED_CATEGORIES.join(', ')}`);
  }
  if (parsed.values['record-floors'] && extractor !== 'rules') {
    throw new UsageError('--record-floors records the rule engine’s figures: leave out --extractor llm');
  }
  return {
    ...parsed.values,
    misses: misses as ScoredCategory | undefined,
    folders: parsed.positionals,
    extractor,
  };
}

const parseWith = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      rules: { type: 'boolean', default: false },
      misses: { type: 'string' },
      'record-floors': { type: 'boolean', default: false },
    },
  });

function chooseSets(folders: string[], recording: boolean): (ArticleSet | SkippedSet)[] {
  if (folders.length === 0) return defaultSets();
  const sets = folders.map((folder) => folderSet(folder));
  const unknown = sets.filter((s) => !isKnownSet(s.name));
  if (recording && unknown.length > 0) {
    throw new UsageError(
      `floors are kept for ${KNOWN_SETS.join(', ')} only, not for ${unknown.map((s) => s.dir).join(', ')}`,
    );
  }
  return sets;
}

async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  let sets: (ArticleSet | SkippedSet)[];
  try {
    options = parseOptions(argv);
    sets = chooseSets(options.folders, options['record-floors']);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ExtractorOptionError)) throw error;
    console.error(`eval: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const extract = extractorOfKind(options.extractor);
  // Floors are the rule engine's, and only the known sets have them.
  const gated = options.extractor === 'rules';
  const floors = readFloors();

  const skipped: SkippedSet[] = [];
  const results: { result: SetResult; breaches: string[] }[] = [];
  for (const set of sets) {
    if ('skipped' in set) {
      skipped.push(set);
      if (!options.json) console.log(renderSkipped(set));
      continue;
    }
    const result = await evaluateSet(set, extract);
    const below = gated && isKnownSet(result.name) ? breaches(result, floors) : undefined;
    results.push({ result, breaches: below ?? [] });
    if (!options.json) console.log(renderSet(result, below, options));
  }

  // The name pairs measure the transliteration, not a set: read with the default run only.
  const transliteration = options.folders.length === 0 ? measureTransliteration() : undefined;
  if (transliteration && !options.json) console.log(renderTransliteration(transliteration));
  if (options.json)
    console.log(
      JSON.stringify({ ...(toJson(results, skipped, options) as object), transliteration }, null, 2),
    );
  if (options['record-floors']) {
    writeFloors(
      recordFloors(
        floors,
        results.map((r) => r.result),
      ),
    );
    const names = results.map((r) => r.result.name).join(', ');
    (options.json ? console.error : console.log)(`\nrecorded the floors of ${names} in ${FLOORS_FILE}`);
  }
  return 0;
}

/** A set's figures; `below` is undefined for a set the floors do not gate. */
function renderSet(result: SetResult, below: string[] | undefined, options: ReturnType<typeof parseOptions>) {
  const seed = findSeed([result]);
  return [
    renderSetTotal(result),
    ...(below ? [renderBreaches(below)] : []),
    ...(seed ? [renderSeedBar(seed.scores)] : []),
    ...(options.verbose ? [renderFileTable(result.articles)] : []),
    ...(options.rules ? [renderRules(ruleFigures(result.articles))] : []),
    ...(options.misses ? ['', renderMisses(result.name, result.articles, options.misses)] : []),
    '',
  ].join('\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    // An unreadable article or invalid gold: the loaders' messages name the file.
    console.error(`eval: ${error.message}`);
    process.exitCode = 1;
  },
);
