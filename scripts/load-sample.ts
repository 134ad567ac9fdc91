// Loads the sample data for the quick start: the seed article through its gold annotation.
import { connectNeo4j, ensureSchema } from '@shabaka/db';
import { loadSampleData } from '@shabaka/ingest';

const driver = await connectNeo4j();
try {
  await ensureSchema(driver);
  const summary = await loadSampleData(driver);
  console.log(
    `sample loaded: seed article ${summary.articleId} (${summary.nodesCreated} nodes, ${summary.relationshipsCreated} relationships created)`,
  );
} finally {
  await driver.close();
}
