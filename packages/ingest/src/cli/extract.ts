// `pnpm extract FILE|DIR|-` prints the extraction contract of MODEL.md for each article, with
// evidence for every item; no database needed. One article: pretty JSON; several: JSON lines.
import type { ArticleExtraction } from '@shabaka/model';
import { extractArticle } from '../pipeline.ts';
import { isReadError, readArticles } from '../read.ts';

const USAGE = `usage: pnpm extract [--text] FILE|DIR|- ...
  Prints, for each article, its extraction (persons, organizations, units, places, roles,
  relations) with evidence. --text includes the cleaned article text.`;

/** The contract's fields at the top level, the article's metadata beside them. */
export function contractJson(x: ArticleExtraction, withText: boolean) {
  const { text, ...article } = x.article;
  return { article: withText ? { ...article, text } : article, extractor: x.extractor, ...x.extraction };
}

async function main(argv: string[]): Promise<number> {
  const withText = argv.includes('--text');
  const paths = argv.filter((a) => a !== '--text');
  if (paths.length === 0 || argv.includes('--help') || argv.includes('-h')) {
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
      outputs.push({ source: item.source, ...contractJson(extractArticle(item), withText) });
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
