// `pnpm reextract --all`: re-reads every stored article an older rule engine read, with progress;
// stopped and run again, it goes on where it stopped (articles done record the engine version).
import { neo4jConfig } from '@shabaka/db';
import { countOutdated, CURRENT_RULE_EXTRACTORS, outdatedArticles } from '../reextract.ts';
import { connectForCommand, runIngestCommand } from './ingest-run.ts';

const USAGE = `usage: pnpm reextract --all
  Reads every stored article that an older version of the rule engine read (or that records no
  extractor) again from its stored text, and replaces its rules claims with the current engine's
  (${CURRENT_RULE_EXTRACTORS.join(', ')}); claims of other extractors and SAME_AS judgements stay,
  entities no longer named are removed. Resumable: articles already re-extracted are skipped.
  To re-extract particular files instead: pnpm ingest --reextract PATH...`;

async function main(argv: string[]): Promise<number> {
  if (!argv.includes('--all') || argv.includes('--help') || argv.includes('-h')) {
    console.error(USAGE);
    return argv.includes('--all') ? 0 : 2;
  }
  const driver = await connectForCommand('reextract');
  if (!driver) return 1;
  try {
    const { database } = neo4jConfig();
    const total = await countOutdated(driver, database);
    console.error(`reextract: ${total} articles were read by an older engine`);
    return await runIngestCommand('reextract', driver, outdatedArticles(driver, { database }), {
      reextract: true,
      total,
    });
  } finally {
    await driver.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
