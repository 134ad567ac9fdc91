// Loads the sample data for the quick start: the project's annotated fixture articles
// (packages/ingest/fixtures/articles), read by the extractor like any other articles.
import { connectNeo4j, ensureSchema } from '@shabaka/db';
import { ingest, sampleArticles } from '@shabaka/ingest';

const driver = await connectNeo4j();
try {
  await ensureSchema(driver);
  const summary = await ingest(driver, sampleArticles());
  console.log(
    `sample loaded: ${summary.read} articles read, ${summary.written} written, ${summary.unchanged} already there, ` +
      `${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created`,
  );
  for (const { source, reason } of summary.skipped) console.log(`  skipped ${source}: ${reason}`);
} finally {
  await driver.close();
}
