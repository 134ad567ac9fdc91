// The supervisor of the local Neo4j (started by packages/db/src/local.ts, plain Node so it needs
// no TypeScript loader): runs the launcher's JVM and starts it again when it dies, e.g. of an
// OutOfMemoryError (the JVM runs with -XX:+ExitOnOutOfMemoryError: a JVM past an OOM is in no
// state to trust). SIGTERM/SIGINT stop Neo4j cleanly and end the supervisor.
//
//   node supervise.mjs --home <home> --server-pid <file> --log <file> -- java <args...>
//
// A JVM that dies before printing READY (a bad setting, a taken port) is not restarted: the
// supervisor exits with its code, so whoever is waiting for READY sees the failure at once.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const separator = process.argv.indexOf('--');
const options = process.argv.slice(2, separator);
const command = process.argv.slice(separator + 1);
const option = (name) => options[options.indexOf(name) + 1];
const serverPidFile = option('--server-pid');
const logFile = option('--log');

/** Restart delays grow while Neo4j keeps dying soon after starting, and reset once it has run a while. */
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
const STABLE_AFTER_MS = 60_000;

let child;
let stopping = false;
let delay = FIRST_DELAY_MS;

const say = (line) => process.stdout.write(`[supervisor ${new Date().toISOString()}] ${line}\n`);

/** Whether the log shows READY past `offset`, i.e. the JVM started this time. */
function readySince(offset) {
  try {
    const fd = fs.openSync(logFile, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const buffer = Buffer.alloc(Math.max(0, size - offset));
      fs.readSync(fd, buffer, 0, buffer.length, offset);
      return /^READY /m.test(buffer.toString('utf8'));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

function start() {
  const logOffset = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  const startedAt = Date.now();
  child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
  fs.writeFileSync(serverPidFile, `${child.pid}\n`);
  child.on('exit', (code, signal) => {
    fs.rmSync(serverPidFile, { force: true });
    const how = signal ? `signal ${signal}` : `exit code ${code}`;
    if (stopping) {
      say(`Neo4j stopped (${how})`);
      process.exit(0);
    }
    if (!readySince(logOffset)) {
      say(`Neo4j failed to start (${how}); not restarting`);
      process.exit(code ?? 1);
    }
    if (Date.now() - startedAt > STABLE_AFTER_MS) delay = FIRST_DELAY_MS;
    say(`Neo4j died (${how}); restarting in ${delay / 1000} s`);
    setTimeout(start, delay);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  });
}

for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    else process.exit(0);
  });
}

start();
