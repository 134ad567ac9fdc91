// Loads the sample data for the quick start: the seed article beside the repository and the
// annotated fixture articles, read by the extractor like any other articles.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { connectNeo4j, ensureSchema } from '@shabaka/db';
import { ingest, readArticles } from '@shabaka/ingest';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'packages', 'ingest', 'fixtures', 'articles');
const files = [
  join(root, '..', 'shared', 'fixtures', 'seed-article.ar.txt'),
  ...readdirSync(fixtures)
    .filter((file) => file.endsWith('.ar.txt'))
    .map((file) => join(fixtures, file)),
];

const driver = await connectNeo4j();
try {
  await ensureSchema(driver);
  const summary = await ingest(driver, readArticles(files));
  console.log(
    `sample loaded: ${summary.read} articles read, ${summary.written} written, ${summary.unchanged} already there, ` +
      `${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created`,
  );
  for (const { source, reason } of summary.skipped) console.log(`  skipped ${source}: ${reason}`);
} finally {
  await driver.close();
}
