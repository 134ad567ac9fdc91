// `pnpm extract FILE|DIR|-` prints the extraction contract of MODEL.md for each article, with
// evidence for every item; no database needed. One article: pretty JSON; several: JSON lines.
import type { ArticleExtraction } from '@shabaka/model';
import { type Extract, extractorFromArgs } from '../extractors.ts';
import { isReadError, readArticles } from '../stages/read.ts';
import { Trace } from '../rules/trace.ts';
import { renderTrace } from './trace.ts';

const USAGE = `usage: pnpm extract [--text] [--trace] [--extractor rules|llm] FILE|DIR|- ...
  Prints, for each article, its extraction (persons, organizations, units, places, roles,
  relations) with evidence. --text includes the cleaned article text. --extractor llm asks the
  OpenAI-compatible API of SHABAKA_LLM_URL instead of the rule engine (the default). --trace prints,
  instead of JSON, each sentence with its mentions and every rule that fired or declined.`;

/** The contract's fields at the top level, the article's metadata beside them. */
export function contractJson(x: ArticleExtraction, withText: boolean) {
  const { text, ...article } = x.article;
  return { article: withText ? { ...article, text } : article, extractor: x.extractor, ...x.extraction };
}

/** What the LLM claimed without verifiable evidence, so a reader knows what was left out. */
function reportDropped(source: string, x: ArticleExtraction) {
  const dropped = (x as { dropped?: { section: string; reason: string }[] }).dropped ?? [];
  for (const d of dropped) console.error(`${source}: dropped a ${d.section} item: ${d.reason}`);
}

async function main(argv: string[]): Promise<number> {
  let extractArticle: Extract;
  let args: string[];
  try {
    ({ extract: extractArticle, rest: args } = extractorFromArgs(argv));
  } catch (error) {
    console.error(`extract: ${(error as Error).message}`);
    return 2;
  }
  const withText = args.includes('--text');
  const tracing = args.includes('--trace');
  const paths = args.filter((a) => a !== '--text' && a !== '--trace');
  if (paths.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.error(USAGE);
    return paths.length === 0 ? 2 : 0;
  }
  const outputs: object[] = [];
  let failures = 0;
  for await (const item of readArticles(paths)) {
    if (isReadError(item)) {
      console.error(`skipped ${item.source}: ${item.error}`);
      failures++;
      continue;
    }
    try {
      const trace = tracing ? new Trace() : undefined;
      const extraction = await extractArticle({ ...item, ...(trace ? { trace } : {}) });
      if (trace) {
        console.log(`# ${item.source}\n${renderTrace(extraction, trace)}`);
        continue;
      }
      reportDropped(item.source, extraction);
      outputs.push({ source: item.source, ...contractJson(extraction, withText) });
    } catch (error) {
      console.error(`skipped ${item.source}: ${(error as Error).message}`);
      failures++;
    }
  }
  if (outputs.length === 1) console.log(JSON.stringify(outputs[0], null, 2));
  else for (const out of outputs) console.log(JSON.stringify(out));
  return failures > 0 && outputs.length === 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
