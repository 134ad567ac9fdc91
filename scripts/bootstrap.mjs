// What both quick-start commands need before anything else, on a fresh clone: Node 20+, pnpm,
// and the workspace's packages. Plain Node with no dependencies, since nothing is installed yet.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PNPM_VERSION = '10.34.9';

export function say(line) {
  process.stderr.write(`\x1b[1m›\x1b[0m ${line}\n`);
}

/** Runs a command in the repo root, inheriting the terminal; exits with its code on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) {
    say(`could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0 && !options.allowFailure) process.exit(result.status ?? 1);
  return result.status ?? 1;
}

function hasCommand(command, args = ['--version']) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

export function bootstrap() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    say(`Node.js 20 or newer is needed (this is ${process.versions.node}).`);
    process.exit(1);
  }
  if (!hasCommand('pnpm')) {
    say(`installing pnpm ${PNPM_VERSION} (npm install -g)`);
    run('npm', ['install', '-g', `pnpm@${PNPM_VERSION}`]);
  }
  say('installing packages (pnpm install)');
  run('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only']);
}

const mayApt = () => process.getuid?.() === 0 && hasCommand('apt-get', ['--version']);

function aptInstall(packages) {
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...packages], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Debian's Chromium for the browser tests; installed with apt-get when we may, else explained. */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (hasCommand(path)) return;
  if (mayApt()) {
    say('installing Debian chromium for the browser tests (apt-get)');
    return aptInstall(['chromium']);
  }
  say(
    `Chromium is missing at ${path}: install it (sudo apt-get install chromium) or set CHROMIUM_PATH; browser tests will fail.`,
  );
}

/** A JDK and Maven, which the local Neo4j is provisioned with; not needed with NEO4J_URI. */
export function ensureJava() {
  if (process.env.NEO4J_URI || (hasCommand('javac', ['-version']) && hasCommand('mvn', ['-v']))) return;
  if (mayApt()) {
    say('installing a JDK and Maven for the local Neo4j (apt-get)');
    return aptInstall(['openjdk-17-jdk-headless', 'maven']);
  }
  say(
    'The local Neo4j needs Java 17+ (a JDK) and Maven: install them, or set NEO4J_URI to a Neo4j of your own.',
  );
}
