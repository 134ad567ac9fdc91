// `npm test`: every check, from a fresh clone. Installs what the tests need (pnpm, packages,
// Chromium; the test Neo4j is provisioned by the test setup), then types, lint, all tests, and
// schemathesis against the API's description (packages/server/scripts/schemathesis.ts).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bootstrap, ensureChromium, ensureJava, ROOT, run, say } from './bootstrap.mjs';

bootstrap();
ensureJava();
ensureChromium();
say('type-checking');
run('pnpm', ['typecheck']);
say('linting');
run('pnpm', ['lint']);
// The API's description against the server (schemathesis, bounded): with the whole suite only,
// and before it, so that the test runner's own summary is what the log ends with.
const filtered = process.argv.length > 2;
if (filtered) say('not checking the API description (schemathesis): the tests were filtered');
else say('checking the API description against the server (schemathesis, about 2 minutes)');
const contract = filtered
  ? 0
  : run('pnpm', ['exec', 'tsx', 'packages/server/scripts/schemathesis.ts'], { allowFailure: true });
say('running the tests (unit, then the real Neo4j and browser tests)');
const report = join(ROOT, 'test-results', 'vitest.json');
const status = run(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { allowFailure: true },
);
try {
  const { numPassedTests, numFailedTests, numPendingTests, testResults } = JSON.parse(
    readFileSync(report, 'utf8'),
  );
  listSkipped(testResults);
  // The plain closing line CI reads: "N passed, N failed".
  console.log(`tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
  if (contract !== 0) {
    console.log('schemathesis: the API description and the server disagree (whole report above):');
    for (const line of schemathesisFindings()) console.log(`  ${line}`);
  }
} catch {
  say('no test report was written');
}
process.exit(status || contract);

/** Each skipped suite once, with its count: its title says why (e.g. a file that is not here). */
function listSkipped(testResults) {
  const suites = new Map();
  for (const file of testResults) {
    for (const test of file.assertionResults) {
      if (test.status !== 'skipped' && test.status !== 'pending') continue;
      const suite = `${relative(ROOT, file.name)} › ${test.ancestorTitles[0] ?? test.title}`;
      suites.set(suite, (suites.get(suite) ?? 0) + 1);
    }
  }
  for (const [suite, count] of suites) console.log(`skipped ${count} in ${suite}`);
}

/**
 * The operation and check of each schemathesis failure or error, from its report, so that the end
 * of a CI log (often all that is kept) still says what to fix.
 */
function schemathesisFindings() {
  let text;
  try {
    text = readFileSync(join(ROOT, 'test-results', 'schemathesis.log'), 'utf8');
  } catch {
    return ['(no report was written)'];
  }
  const findings = [];
  for (const line of text.split('\n')) {
    const operation = /^_{3,} (.+?) _{3,}$/.exec(line);
    if (operation) findings.push(operation[1]);
    else if (/^- ST\d+ |^Network Error|^Runtime Error|^\s+Invalid component:/.test(line))
      findings.push(`  ${line.trim()}`);
  }
  return findings.length > 0 ? findings.slice(0, 40) : ['(the report names no operation)'];
}
