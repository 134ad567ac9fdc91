// `pnpm eval [--json] [--verbose]`: runs the extraction pipeline over the seed article and every
// annotated fixture, scores each against its gold and prints the figures. A report, not a gate:
// it exits 0 whatever the scores, and 1 only when a file cannot be read or the pipeline is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ArticleExtraction, ArticleExtractionSchema, ExtractionSchema } from '@shabaka/model';
import { parseExtractorOption, selectExtractor } from '../llm/select.ts';
import { listFixtures, loadFixture } from './fixtures.ts';
import { type ArticleResult, renderDetails, renderSeedBar, renderTable, toJson } from './report.ts';
import { scoreExtraction } from './score.ts';

const USAGE = 'usage: pnpm eval [--json] [--verbose] [--extractor rules|llm]';
const PIPELINE = new URL('../pipeline.ts', import.meta.url);

type Extract = (input: { text: string }) => ArticleExtraction | Promise<ArticleExtraction>;

/** The pipeline's `extractArticle`, or why it cannot be had. Imported by URL: it may not exist yet. */
async function loadExtractor(): Promise<Extract | string> {
  const file = fileURLToPath(PIPELINE);
  if (!existsSync(file)) return `${file} does not exist yet: there is no extraction to evaluate`;
  const pipeline: { extractArticle?: unknown } = await import(PIPELINE.href);
  if (typeof pipeline.extractArticle !== 'function')
    return `${file} does not export a function extractArticle`;
  return pipeline.extractArticle as Extract;
}

/** Runs one extraction; an extractor that throws or breaks the contract is reported and scored as empty. */
async function extract(extractArticle: Extract, text: string) {
  const started = performance.now();
  try {
    const output = ArticleExtractionSchema.safeParse(await extractArticle({ text }));
    const ms = performance.now() - started;
    if (output.success) return { extraction: output.data.extraction, ms };
    const issue = output.error.issues[0];
    return {
      extraction: ExtractionSchema.parse({}),
      ms,
      error: `output breaks the extraction contract at ${issue?.path.join('.')}: ${issue?.message}`,
    };
  } catch (error) {
    return {
      extraction: ExtractionSchema.parse({}),
      ms: performance.now() - started,
      error: (error as Error).message,
    };
  }
}

async function main(argv: string[]): Promise<number> {
  const { extractor, rest: args } = parseExtractorOption(argv);
  const unknown = args.filter((a) => a !== '--json' && a !== '--verbose');
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');

  // The LLM is scored only when asked for, by the same fixtures and gold as the rules.
  const extractArticle = extractor === 'llm' ? selectExtractor('llm') : await loadExtractor();
  if (typeof extractArticle === 'string') {
    console.error(`eval: ${extractArticle}`);
    return 1;
  }

  const results: ArticleResult[] = [];
  for (const files of listFixtures()) {
    const fixture = loadFixture(files);
    const { extraction, ms, error } = await extract(extractArticle, fixture.text);
    results.push({
      slug: fixture.slug,
      scores: scoreExtraction(extraction, fixture.gold),
      ms,
      ...(error ? { error } : {}),
    });
  }

  if (json) {
    console.log(JSON.stringify(toJson(results, verbose), null, 2));
    return 0;
  }
  console.log(renderTable(results));
  const seed = results.find((r) => r.slug === 'seed-article');
  if (seed) console.log(`\n${renderSeedBar(seed.scores)}`);
  if (verbose) for (const result of results) console.log(`\n${renderDetails(result)}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    // Unreadable fixture or invalid gold: the loaders' messages name the file.
    console.error(`eval: ${error.message}`);
    process.exitCode = 1;
  },
);
