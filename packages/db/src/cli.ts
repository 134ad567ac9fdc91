/**
 * pnpm neo4j:start | neo4j:stop | neo4j:status
 * Manages the local Neo4j server (see local.ts). With NEO4J_URI set, `start` only checks that server.
 */
import { neo4jConfig } from './config.ts';
import { connectNeo4j } from './connect.ts';
import { ensureLocalNeo4j, formatStatus, localNeo4jStatus, stopLocalNeo4j } from './local.ts';

async function main(command: string | undefined): Promise<number> {
  const config = neo4jConfig();
  switch (command) {
    case 'start': {
      if (config.isExternal) {
        const driver = await connectNeo4j();
        const info = await driver.getServerInfo();
        await driver.close();
        console.log(
          `Using the external Neo4j at ${config.uri} (NEO4J_URI is set; ${info.agent}); no local server started.`,
        );
        return 0;
      }
      const started = Date.now();
      const { uri, user } = await ensureLocalNeo4j();
      console.log(`Neo4j is up at ${uri} (user ${user}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j();
      console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    }
    case 'status': {
      if (config.isExternal)
        console.log(`NEO4J_URI is set: the project uses ${config.uri}; the local server below is unused.`);
      const status = await localNeo4jStatus();
      console.log(formatStatus(status));
      return status.running && status.answering ? 0 : 3; // 3 = not running, like LSB init scripts
    }
    default:
      console.error('usage: tsx packages/db/src/cli.ts start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
