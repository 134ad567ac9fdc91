// `npm run up`: everything from a fresh clone to a running app. Installs, starts the local Neo4j
// (or uses NEO4J_URI), loads the sample articles, builds the web app and serves it.
import { bootstrap, ensureJava, run, say } from './bootstrap.mjs';

bootstrap();
ensureJava();
say('building the web app');
run('pnpm', ['--filter', '@shabaka/web', 'build']);
say('loading the sample articles into Neo4j');
run('pnpm', ['exec', 'tsx', 'scripts/load-sample.ts']);
say('starting the server');
run('pnpm', ['start']);
