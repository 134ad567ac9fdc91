// The TCK's Gherkin feature files as scenarios to run. Parsing (outlines expanded with their
// examples, backgrounds prepended) is @cucumber/gherkin's, the reference parser of the format;
// what the TCK's steps mean is read here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type Pickle, type PickleStep } from '@cucumber/messages';
import { parseTckValue, type TckValue } from './values.ts';
import type { Table } from './compare.ts';

export type Expectation =
  | { kind: 'rows'; table: Table; ordered: boolean; ignoreListOrder: boolean }
  | { kind: 'error'; error: string };

export interface Scenario {
  /** The feature file, relative to the features folder, and the scenario's name. */
  feature: string;
  name: string;
  /** Cypher of the "having executed" steps, in order. */
  setup: string[];
  params: Record<string, TckValue>;
  query: string;
  expect: Expectation;
  /** Why the scenario cannot run here (it needs a TCK procedure or a named graph not in the kit). */
  unsupported?: string;
}

const RESULT = /^the result should be(?: \((ignoring element order for lists)\))?, in (any order|order)/;
const EMPTY = /^the result should be empty/;
const ERROR = /^an? (\w+) should be raised at (compile time|runtime|any time): (\w+)/;

function table(step: PickleStep): string[][] {
  return (step.argument?.dataTable?.rows ?? []).map((row) => row.cells.map((cell) => cell.value));
}

function docString(step: PickleStep): string {
  const content = step.argument?.docString?.content;
  if (content === undefined) throw new Error(`step "${step.text}" has no query`);
  return content;
}

function scenarioOf(pickle: Pickle, feature: string): Scenario | undefined {
  const setup: string[] = [];
  const params: Record<string, TckValue> = {};
  let query: string | undefined;
  let expect: Expectation | undefined;
  let unsupported: string | undefined;
  for (const step of pickle.steps) {
    const text = step.text;
    if (text.startsWith('having executed')) setup.push(docString(step));
    else if (text.startsWith('parameters are')) {
      for (const [name, value] of table(step)) params[name!] = parseTckValue(value!);
    } else if (text.startsWith('there exists a procedure'))
      unsupported = `needs the TCK procedure ${text.slice(25)}`;
    else if (/^the [\w-]+ graph$/.test(text)) unsupported = `needs the named graph "${text}", not in the kit`;
    else if (text.startsWith('executing query')) query = docString(step);
    else if (text.startsWith('executing control query'))
      break; // checks a write's effect; writes are refused
    else if (RESULT.test(text) || EMPTY.test(text)) {
      const [, ignoring, order] = RESULT.exec(text) ?? [];
      const [columns = [], ...rows] = table(step);
      expect = {
        kind: 'rows',
        table: { columns, rows: rows.map((row) => row.map(parseTckValue)) },
        ordered: order === 'order',
        ignoreListOrder: ignoring !== undefined,
      };
    } else if (ERROR.test(text)) {
      const [, type, phase, detail] = ERROR.exec(text)!;
      expect = { kind: 'error', error: `${type} at ${phase}: ${detail}` };
    }
  }
  if (query === undefined || expect === undefined) return undefined;
  return {
    feature,
    name: pickle.name,
    setup,
    params,
    query,
    expect,
    ...(unsupported ? { unsupported } : {}),
  };
}

function featureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.feature'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Every scenario of every feature under `dir`, outlines expanded, in file order. */
export function loadScenarios(dir: string): Scenario[] {
  const newId = IdGenerator.incrementing();
  const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
  return featureFiles(dir).flatMap((file) => {
    const feature = path.relative(dir, file);
    const document = parser.parse(readFileSync(file, 'utf8'));
    return compile(document, feature, newId).flatMap((pickle) => scenarioOf(pickle, feature) ?? []);
  });
}
