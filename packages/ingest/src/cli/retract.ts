// `pnpm retract ARTICLE_ID|URL...`: removes articles with their claims, mentions and the entities
// only they named, one transaction each, and says what went. Exits 1 when one could not be removed.
import { connectNeo4j, neo4jConfig } from '@shabaka/db';
import { formatRetraction, retractArticle } from '../retract.ts';

const USAGE = `usage: pnpm retract ARTICLE_ID|URL...
  Removes each article (by its id, else its url), every claim read from it, its mentions, and the
  entities no other article names, in one transaction per article; prints what was removed.`;

async function main(refs: string[]): Promise<number> {
  if (refs.length === 0 || refs.includes('--help') || refs.includes('-h')) {
    console.error(USAGE);
    return refs.length === 0 ? 2 : 0;
  }
  const driver = await connectNeo4j().catch((error: Error) => {
    console.error(`retract: ${error.message.split('\n')[0]}`);
  });
  if (!driver) return 1;
  const { database } = neo4jConfig();
  let failed = 0;
  try {
    for (const ref of refs) {
      try {
        console.log(formatRetraction(await retractArticle(driver, ref, { database })));
      } catch (error) {
        failed++;
        console.error(`retract: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await driver.close();
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
