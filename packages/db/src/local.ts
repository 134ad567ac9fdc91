/**
 * A real Neo4j Community 5.26 server on this machine, without Docker.
 *
 * The server is the embeddable DBMS from Maven Central (org.neo4j:neo4j) run by our own tiny launcher
 * (packages/db/neo4j-local), which serves Bolt on 127.0.0.1 only. Everything it needs lives in the
 * git-ignored `<repo>/.neo4j/`:
 *   lib/, classes/        jars copied from Maven Central and the compiled launcher (provisioned once)
 *   provisioned.json      stamp: hash of the pom and launcher source they were built from
 *   data/, logs/          Neo4j's store and its own logs (debug.log, security.log)
 *   neo4j.log             the launcher's stdout/stderr
 *   neo4j.pid              the supervisor's pid (neo4j-local/supervise.mjs restarts the JVM when it dies)
 *   neo4j-server.pid       the JVM's pid, written by the supervisor
 *   start.lock             a lock held while one process starts the server
 *   provision.lock        held while one process fills lib/ and classes/
 * A server started with another `home` (e.g. a test's own data dir and port) keeps its data, logs and pid
 * there but shares lib/ and classes/ from `<repo>/.neo4j`. Changing the pom re-provisions lib/ in place,
 * so stop running servers before bumping the Neo4j version.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { type Neo4jCredentials, localBoltPort, neo4jConfig } from './config.ts';
import { checkOwnServer } from './own-server.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PROJECT_DIR = path.join(REPO_ROOT, 'packages', 'db', 'neo4j-local');
const POM = path.join(PROJECT_DIR, 'pom.xml');
const LAUNCHER_SRC = path.join(PROJECT_DIR, 'src', 'main', 'java', 'shabaka', 'Neo4jLauncher.java');
const LAUNCHER_CLASS = 'shabaka.Neo4jLauncher';
/** Restarts the JVM when it dies (plain Node, see the file). */
const SUPERVISOR = path.join(PROJECT_DIR, 'supervise.mjs');
/** Jars and classes are shared by every home (tests may use another home, not another download). */
const CACHE_DIR = path.join(REPO_ROOT, '.neo4j');

/** Upper bound for a first-run download from Maven Central (about 125 MB) and the compile. */
const PROVISION_TIMEOUT_MS = 10 * 60_000;

const INSTALL_HINT =
  'install a JDK 17+ and Maven (e.g. `apt-get install openjdk-17-jdk-headless maven`), or set NEO4J_URI to an existing Neo4j server';
const JAVA_MISSING = `Neo4j needs Java 17+ to run locally: ${INSTALL_HINT}.`;

export interface LocalNeo4jOptions {
  /** Bolt port; default NEO4J_BOLT_PORT or 7687. */
  port?: number;
  /** Password of the `neo4j` user, (re)set at every server start; default NEO4J_PASSWORD or shabaka-local. */
  password?: string;
  /** Neo4j home: data/, logs/, pid and log files. Default `<repo>/.neo4j`. */
  home?: string;
  /** JVM heap (-Xms/-Xmx); default NEO4J_HEAP or 1g. */
  heap?: string;
  /** How long to wait for a started server to answer, in ms (provisioning not included); default 120 000. */
  timeoutMs?: number;
  /** Progress lines; default: written to stderr. */
  log?: (line: string) => void;
}

export interface LocalNeo4jStatus {
  /** A launcher process for this home is alive. */
  running: boolean;
  /** The supervisor's pid (or the JVM's, for a server started without one). */
  pid?: number;
  /** The JVM's pid, while it runs under the supervisor. */
  serverPid?: number;
  uri: string;
  home: string;
  /** Bolt at `uri` accepted the configured credentials. */
  answering: boolean;
  /** e.g. "Neo4j/5.26.30", when answering. */
  version?: string;
}

interface Resolved {
  port: number;
  uri: string;
  password: string;
  home: string;
  heap: string;
  timeoutMs: number;
  log: (line: string) => void;
}

function resolve(opts: LocalNeo4jOptions = {}): Resolved {
  const port = opts.port ?? localBoltPort();
  const heap = opts.heap ?? (process.env.NEO4J_HEAP?.trim() || '1g');
  if (!/^\d+[kmg]?$/i.test(heap))
    throw new Error(`NEO4J_HEAP must be a JVM size like 1g or 512m, got "${heap}"`);
  return {
    port,
    uri: `bolt://127.0.0.1:${port}`,
    password: opts.password ?? neo4jConfig().password,
    home: path.resolve(opts.home ?? CACHE_DIR),
    heap,
    timeoutMs: opts.timeoutMs ?? 120_000,
    log: opts.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };
}

const files = (home: string) => ({
  pid: path.join(home, 'neo4j.pid'),
  serverPid: path.join(home, 'neo4j-server.pid'),
  log: path.join(home, 'neo4j.log'),
  lock: path.join(home, 'start.lock'),
});

/**
 * Makes sure the local Neo4j answers at bolt://127.0.0.1:<port> with the configured password, and returns
 * how to connect. Reuses a server that already answers; otherwise provisions (first run only) and starts
 * one in the background that outlives this process. Safe to call from several processes at once.
 */
export async function ensureLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<Neo4jCredentials> {
  const r = resolve(opts);
  const creds = await ensureAnswering(r);
  await checkOwnServer(r.uri, r.password, r.home);
  return creds;
}

async function ensureAnswering(r: Resolved): Promise<Neo4jCredentials> {
  const creds = { uri: r.uri, user: 'neo4j', password: r.password };
  checkJava();
  fs.mkdirSync(r.home, { recursive: true });
  // Waiting on another process may include its first-run download, hence the extra allowance.
  const lockDeadline = Date.now() + r.timeoutMs + PROVISION_TIMEOUT_MS;

  for (;;) {
    const pid = launcherPid(r.home);
    if (pid !== undefined && !isReady(r.home)) {
      // Our launcher is alive but still starting (another process started it): wait for it, without
      // probing early, since logins that fail before it has set the password count towards a lockout.
      await waitReady(r, pid, undefined, Date.now() + r.timeoutMs);
      return creds;
    }
    const probe = await probeBolt(r.uri, r.password);
    if (probe.state === 'ok') return creds;
    if (probe.state === 'unauthorized') {
      throw new Error(
        `${r.uri} answers but rejects the password of user neo4j (${probe.message}). If it is the local server started with another NEO4J_PASSWORD, stop it (pnpm neo4j:stop) and start it again: the password is set at each start.`,
      );
    }
    if (pid !== undefined) {
      // Alive and past READY but not answering (busy, or shutting down): give it the usual time.
      await waitReady(r, pid, undefined, Date.now() + r.timeoutMs);
      return creds;
    }

    const release = tryLock(files(r.home).lock);
    if (!release) {
      if (Date.now() > lockDeadline)
        throw new Error(`Timed out waiting for another process to start Neo4j (${files(r.home).lock}).`);
      await sleep(300); // someone else is provisioning/starting; look again
      continue;
    }
    try {
      // Re-check under the lock: the previous holder may have just finished.
      if ((await probeBolt(r.uri, r.password)).state === 'ok') return creds;
      if (launcherPid(r.home) !== undefined) continue; // started meanwhile; the top of the loop waits for it
      await provision(r.log, Date.now() + PROVISION_TIMEOUT_MS);
      await start(r, Date.now() + r.timeoutMs);
      return creds;
    } finally {
      release();
    }
  }
}

/** Stops the local server of this home, if running: SIGTERM, then SIGKILL after `timeoutMs` (default 60 s). */
export async function stopLocalNeo4j(opts: LocalNeo4jOptions = {}): Promise<boolean> {
  const r = resolve(opts);
  const f = files(r.home);
  const pid = launcherPid(r.home);
  if (pid === undefined) {
    fs.rmSync(f.pid, { force: true }); // stale or absent
    return false;
  }
  signal(pid, 'SIGTERM'); // the launcher's shutdown hook closes the stores cleanly
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    r.log(
      `Neo4j (pid ${pid}) did not stop within ${Math.round((opts.timeoutMs ?? 60_000) / 1000)} s; killing it`,
    );
    const serverPid = supervisedPid(r.home);
    signal(pid, 'SIGKILL'); // the supervisor first, so that it cannot restart the JVM
    if (serverPid !== undefined) signal(serverPid, 'SIGKILL');
    while (isAlive(pid) || (serverPid !== undefined && isAlive(serverPid))) await sleep(100);
  }
  fs.rmSync(f.pid, { force: true });
  fs.rmSync(f.serverPid, { force: true });
  return true;
}

/**
 * `neo4j-admin` from the provisioned jars (its import tool is among them) on a home whose server
 * is stopped (`pnpm bench` imports into its own): the tool's exit status and output.
 */
export function runNeo4jAdmin(opts: LocalNeo4jOptions, args: readonly string[]) {
  const { home } = resolve(opts);
  if (launcherPid(home) !== undefined) throw new Error(`the Neo4j of ${home} is running: stop it first`);
  const classpath = path.join(CACHE_DIR, 'lib', '*');
  // The home holds no neo4j.conf: the tool's defaults find its data where the launcher keeps it.
  return spawnSync('java', ['-cp', classpath, 'org.neo4j.cli.AdminTool', ...args], {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: home },
    encoding: 'utf8',
  });
}

/** The JVM's pid as the supervisor wrote it, while that process is alive. */
function supervisedPid(home: string): number | undefined {
  const pid = Number.parseInt(readText(files(home).serverPid)?.trim() ?? '', 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

export async function localNeo4jStatus(opts: LocalNeo4jOptions = {}): Promise<LocalNeo4jStatus> {
  const r = resolve(opts);
  const pid = launcherPid(r.home);
  const probe = await probeBolt(r.uri, r.password);
  const status: LocalNeo4jStatus = {
    running: pid !== undefined,
    uri: r.uri,
    home: r.home,
    answering: probe.state === 'ok',
  };
  if (pid !== undefined) status.pid = pid;
  const serverPid = supervisedPid(r.home);
  if (serverPid !== undefined) status.serverPid = serverPid;
  if (probe.version) status.version = probe.version;
  return status;
}

export function formatStatus(s: LocalNeo4jStatus): string {
  if (!s.running)
    return `Neo4j is not running (home ${s.home})${s.answering ? `, but ${s.uri} answers: another server owns the port` : ''}`;
  const state = s.answering
    ? `up at ${s.uri}${s.version ? ` (${s.version})` : ''}`
    : `starting or unresponsive; ${s.uri} does not answer yet`;
  return `Neo4j is running, pid ${s.pid}, ${state} (home ${s.home})`;
}

// ---------------------------------------------------------------------------------------------------------
// Provisioning

/**
 * Copies org.neo4j:neo4j and its dependencies into .neo4j/lib and compiles the launcher into
 * .neo4j/classes, unless the stamp says both were made from the current pom and launcher source.
 * Plain javac (not `mvn package`) keeps build output out of the source tree and needs no compiler plugin.
 */
async function provision(log: (line: string) => void, deadline: number): Promise<void> {
  const pom = fs.readFileSync(POM, 'utf8');
  const libHash = sha256(pom);
  const classesHash = sha256(pom, fs.readFileSync(LAUNCHER_SRC, 'utf8'));
  const stampFile = path.join(CACHE_DIR, 'provisioned.json');
  const lib = path.join(CACHE_DIR, 'lib');
  const classes = path.join(CACHE_DIR, 'classes');
  const check = () => {
    const stamp = readJson(stampFile) ?? {};
    return {
      libOk: stamp.lib === libHash && fs.existsSync(lib),
      classesOk:
        stamp.classes === classesHash && fs.existsSync(path.join(classes, 'shabaka', 'Neo4jLauncher.class')),
    };
  };
  if (Object.values(check()).every(Boolean)) return;

  // lib/ and classes/ are shared by all homes (ports), so provisioning has a lock of its own.
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const lock = path.join(CACHE_DIR, 'provision.lock');
  let release = tryLock(lock);
  for (; !release; release = tryLock(lock)) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for another process to provision Neo4j (${lock}).`);
    await sleep(500);
  }
  try {
    const { libOk, classesOk } = check(); // the previous holder may have done it
    if (libOk && classesOk) return;
    await provisionLocked(log, { pom, lib, classes, libOk, libHash, classesHash, stampFile });
  } finally {
    release();
  }
}

async function provisionLocked(
  log: (line: string) => void,
  p: {
    pom: string;
    lib: string;
    classes: string;
    libOk: boolean;
    libHash: string;
    classesHash: string;
    stampFile: string;
  },
): Promise<void> {
  const { pom, lib, classes, libOk, libHash, classesHash, stampFile } = p;
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1] ?? '5.26';
  const started = Date.now();
  // Each step builds into a temp dir and swaps it in, so an interrupted run never leaves a
  // half-filled lib/ or classes/ behind a valid stamp.
  if (!libOk) {
    requireTool('mvn', ['-v'], 'Maven');
    log(`provisioning Neo4j ${version} from Maven Central (first run only)...`);
    await replaceDir(lib, (tmp) =>
      run('mvn', [
        '-q',
        '-B',
        '-f',
        POM,
        'dependency:copy-dependencies',
        '-DincludeScope=runtime',
        `-DoutputDirectory=${tmp}`,
      ]),
    );
    writeStamp(stampFile, { lib: libHash, neo4j: version });
  }
  requireTool('javac', ['-version'], 'javac (a JDK, not only a JRE)');
  log('compiling the Neo4j launcher...');
  await replaceDir(classes, (tmp) =>
    run('javac', ['--release', '17', '-d', tmp, '-cp', path.join(lib, '*'), LAUNCHER_SRC]),
  );
  writeStamp(stampFile, { lib: libHash, classes: classesHash, neo4j: version });
  log(`provisioned Neo4j ${version} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function replaceDir(dir: string, fill: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${dir}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  await fill(tmp);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
}

function writeStamp(file: string, stamp: Stamp): void {
  fs.writeFileSync(file, `${JSON.stringify({ ...stamp, at: new Date().toISOString() }, null, 2)}\n`);
}

const sha256 = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');

// ---------------------------------------------------------------------------------------------------------
// Starting

async function start(r: Resolved, deadline: number): Promise<void> {
  const f = files(r.home);
  fs.rmSync(f.pid, { force: true });
  const out = fs.openSync(f.log, 'w');
  const jvm = [
    `-Xms${r.heap}`, // Neo4j recommends initial = max heap
    `-Xmx${r.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    // A JVM that hit OOM is in an unknown state: better dead (and restarted by ensure) than half alive.
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    // Module opens that Neo4j's own server script passes (page cache and netty use them).
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
  const classpath = [path.join(CACHE_DIR, 'classes'), path.join(CACHE_DIR, 'lib', '*')].join(path.delimiter);
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_PASSWORD: r.password };
  delete env.NEO4J_BOLT_PORT; // the port is passed explicitly

  r.log(`starting Neo4j on ${r.uri} (home ${r.home})...`);
  // The supervisor runs the JVM and restarts it when it dies. Detached with its own session and
  // no pipes to us: both outlive this process.
  const supervisor = [SUPERVISOR, '--home', r.home, '--server-pid', f.serverPid, '--log', f.log, '--'];
  const java = ['java', ...jvm, '-cp', classpath, LAUNCHER_CLASS, '--home', r.home, '--port', String(r.port)];
  const child = spawn(process.execPath, [...supervisor, ...java], {
    cwd: r.home,
    detached: true,
    stdio: ['ignore', out, out],
    env,
  });
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not spawn java');
  fs.writeFileSync(f.pid, `${pid}\n`);
  child.unref();

  try {
    await waitReady(r, pid, child, deadline);
  } catch (e) {
    const serverPid = supervisedPid(r.home);
    signal(pid, 'SIGKILL'); // never leave a half-started server behind
    if (serverPid !== undefined) signal(serverPid, 'SIGKILL');
    fs.rmSync(f.pid, { force: true });
    throw e;
  }
}

/** Waits for the launcher's READY line, then for Bolt to accept our credentials. */
async function waitReady(
  r: Resolved,
  pid: number,
  child: ChildProcess | undefined,
  deadline: number,
): Promise<void> {
  let exit: string | undefined;
  child?.once('exit', (code, signal) => {
    exit = signal ? `signal ${signal}` : `exit code ${code}`;
  });
  for (;;) {
    if (exit !== undefined || !isAlive(pid)) {
      throw new Error(
        `Neo4j exited during startup (${exit ?? 'process gone'}). Last lines of ${files(r.home).log}:\n${tail(files(r.home).log)}`,
      );
    }
    // Only probe after READY: before it the password may not be set yet, and failed logins lock the user out.
    if (isReady(r.home)) {
      const probe = await probeBolt(r.uri, r.password);
      if (probe.state === 'ok') return;
      if (probe.state === 'unauthorized')
        throw new Error(`Neo4j started but rejects the password: ${probe.message}`);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Neo4j did not answer at ${r.uri} in time. Last lines of ${files(r.home).log}:\n${tail(files(r.home).log)}`,
      );
    }
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

type Probe =
  | { state: 'ok'; version?: string; message?: undefined }
  | { state: 'unauthorized' | 'down'; message: string; version?: undefined };

/** One connection attempt with the given password (getServerInfo = verifyConnectivity returning the version). */
async function probeBolt(uri: string, password: string): Promise<Probe> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 1,
    connectionAcquisitionTimeout: 5_000,
  });
  try {
    const info = await driver.getServerInfo();
    return { state: 'ok', version: info.agent };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const auth = err.code?.startsWith('Neo.ClientError.Security.') ?? false;
    return {
      state: auth ? 'unauthorized' : 'down',
      message: `${err.code ?? 'error'}: ${err.message ?? String(e)}`,
    };
  } finally {
    await driver.close();
  }
}

/**
 * Pid of the live launcher serving this home: the one in the pid file if it checks out, else (Linux) one
 * found by its command line, so a lost or stale pid file neither hides a running server nor points at
 * an unrelated process that reused the pid.
 */
function launcherPid(home: string): number | undefined {
  const fromFile = Number.parseInt(readText(files(home).pid)?.trim() ?? '', 10);
  if (Number.isInteger(fromFile) && fromFile > 0 && isAlive(fromFile)) {
    const ours = isLauncherFor(fromFile, home);
    if (ours !== false) return fromFile; // undefined: no /proc (macOS), trust kill(pid, 0)
  }
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return undefined;
  }
  const found = entries
    .map(Number)
    .filter(
      (pid) => Number.isInteger(pid) && pid !== process.pid && isLauncherFor(pid, home) && isAlive(pid),
    );
  // The supervisor, not its JVM: signalling the JVM alone would only get it restarted.
  return found.find((pid) => readText(`/proc/${pid}/cmdline`)?.includes(SUPERVISOR)) ?? found[0];
}

/** Whether the process runs our launcher (or its supervisor) with this home; undefined when /proc cannot tell. */
function isLauncherFor(pid: number, home: string): boolean | undefined {
  let cmdline: string[];
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' && !fs.existsSync('/proc/self') ? undefined : false;
  }
  const i = cmdline.indexOf('--home');
  return cmdline.includes(LAUNCHER_CLASS) && i >= 0 && path.resolve(cmdline[i + 1] ?? '') === home;
}

function isReady(home: string): boolean {
  try {
    return /^READY /m.test(fs.readFileSync(files(home).log, 'utf8'));
  } catch {
    return false;
  }
}

/** kill(2) that tolerates the process having exited already. */
function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped) still passes kill(0); /proc tells them apart on Linux.
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}

/** Exclusive lock file (O_EXCL). Returns a release function, or undefined if another live process holds it. */
function tryLock(lockFile: string): (() => void) | undefined {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockFile, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      return () => fs.rmSync(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number.parseInt(readText(lockFile)?.trim() ?? '', 10);
      // The holder died without releasing it (killed mid-provisioning): take the lock over.
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return undefined;
      fs.rmSync(lockFile, { force: true });
    }
  }
  return undefined;
}

function checkJava(): void {
  const res = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) throw new Error(JAVA_MISSING);
  // e.g. `openjdk version "17.0.15" 2025-04-15` or `java version "1.8.0_401"`
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${res.stderr}${res.stdout}`);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17) throw new Error(JAVA_MISSING);
}

function requireTool(cmd: string, args: string[], name: string): void {
  const res = spawnSync(cmd, args, { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new Error(`Provisioning Neo4j needs ${name} on PATH: ${INSTALL_HINT}.`);
  }
}

/** Runs a command, failing with its output if it exits non-zero. */
function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: PROVISION_TIMEOUT_MS });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}

function tail(file: string, lines = 30): string {
  return (readText(file) ?? '(no log)').trimEnd().split('\n').slice(-lines).join('\n');
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

interface Stamp {
  lib?: string;
  classes?: string;
  neo4j?: string;
}

function readJson(file: string): Stamp | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));
