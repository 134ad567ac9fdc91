// `pnpm start`: connect to Neo4j (starting the local server if NEO4J_URI is unset), make sure
// the schema exists, and serve the API and the built web app.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connectNeo4j, ensureSchema } from '@shabaka/db';
import { createApp } from './app.ts';
import { isOpen, loadServerConfig } from './config.ts';
import { listen } from './listen.ts';

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

async function main(): Promise<void> {
  const config = loadServerConfig();
  const driver = await connectNeo4j();
  await ensureSchema(driver, config.database);
  const webRoot = fs.existsSync(WEB_DIST) ? WEB_DIST : undefined;
  const app = createApp({ driver, config, ...(webRoot ? { webRoot } : {}) });
  const server = await listen(app, config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const access = isOpen(config)
    ? 'open (no API keys) on loopback only'
    : `API keys required (${config.readerKeys.length} reader, ${config.editorKeys.length} editor)`;
  const web = webRoot ? 'serving the web app' : 'no web build (run pnpm --filter @shabaka/web build)';
  console.log(`shabaka listening on http://${host}:${port}/ — ${access}; ${web}`);
  const shutdown = () => {
    server.close();
    driver.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
