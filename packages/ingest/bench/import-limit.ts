// The other yardstick the issue names: the planned graph (limit.ts's rows) written by
// `neo4j-admin database import full` into the stopped bench server's database, then the schema
// built on it. Neo4j's fastest path for an empty database: no transactions at all. The import
// tool ships in the provisioned jars (.neo4j/lib), so it runs here as the server does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  connectNeo4j,
  ensureSchema,
  type LocalNeo4jOptions,
  runNeo4jAdmin,
  stopLocalNeo4j,
} from '@shabaka/db';
import { ENTITY_LABEL, type GraphWrite } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { plannedRows } from './limit.ts';

type Row = Record<string, unknown>;

// Array items are split on a control character no text of ours holds (the tool's U+001F).
const ARRAY_DELIMITER = '\u001f';

/** The import tool's type of a column, from its values. */
function columnType(values: readonly unknown[]): string {
  const sample = values.find((v) => v !== undefined && v !== null);
  const items = Array.isArray(sample) ? values.flatMap((v) => (Array.isArray(v) ? v : [])) : values;
  const first = items.find((v) => v !== undefined && v !== null);
  const scalar =
    typeof first === 'boolean'
      ? 'boolean'
      : typeof first === 'number'
        ? items.every((v) => v === undefined || v === null || Number.isInteger(v))
          ? 'long'
          : 'double'
        : 'string';
  return Array.isArray(sample) ? `${scalar}[]` : scalar;
}

const cell = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join(ARRAY_DELIMITER) : String(value);
  return `"${text.replaceAll('"', '""')}"`;
};

/** Properties whose value is an empty list, which a CSV cell cannot hold: set after the import. */
interface EmptyLists {
  pattern: string;
  key: string;
  ids: unknown[];
}

/**
 * A CSV file of rows: the `fixed` columns first (the tool's `id:ID`, `:START_ID`…, each named
 * with the row key it holds), then every other key as a property column of its type. Returns the
 * empty lists left out, by the row's `id`.
 */
function writeCsv(path: string, rows: readonly Row[], fixed: Record<string, string>, pattern: string) {
  const taken = new Set(Object.values(fixed));
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !taken.has(k));
  const header = [...Object.keys(fixed), ...keys.map((k) => `${k}:${columnType(rows.map((r) => r[k]))}`)];
  const lines = rows.map((row) => [...Object.values(fixed), ...keys].map((k) => cell(row[k])).join(','));
  writeFileSync(path, `${header.join(',')}\n${lines.join('\n')}\n`);
  return keys
    .map((key) => ({
      pattern,
      key,
      ids: rows.filter((r) => Array.isArray(r[key]) && r[key].length === 0).map((r) => r.id),
    }))
    .filter((empty) => empty.ids.length > 0);
}

const setEmptyLists = ({ pattern, key }: EmptyLists) =>
  `UNWIND $ids AS id MATCH ${pattern} WHERE x.id = id SET x.${key} = []`;

/**
 * Stops the bench server, imports the planned graph of `writes` into its database, starts it
 * again and builds the schema; returns a driver to it and the seconds the import (the tool's
 * JVM start included) and the schema took (the server's restart is not counted).
 */
export async function importPlannedGraph(
  server: Required<Pick<LocalNeo4jOptions, 'home' | 'port'>>,
  writes: readonly GraphWrite[],
): Promise<{ driver: Driver; importSeconds: number; schemaSeconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-import-'));
  try {
    const rows = plannedRows(writes);
    const args: string[] = [];
    const emptyLists: EmptyLists[] = [];
    const nodes = (name: string, labels: string, list: readonly Row[]) => {
      emptyLists.push(...writeCsv(join(dir, `${name}.csv`), list, { 'id:ID': 'id' }, `(x:${labels})`));
      args.push(`--nodes=${labels}=${join(dir, `${name}.csv`)}`);
    };
    const relationships = (name: string, type: string, list: readonly Row[]) => {
      const ends = { ':START_ID': 'from', ':END_ID': 'to' };
      emptyLists.push(...writeCsv(join(dir, `${name}.csv`), list, ends, `()-[x:${type}]->()`));
      args.push(`--relationships=${type}=${join(dir, `${name}.csv`)}`);
    };
    nodes('articles', 'Article', rows.articles);
    for (const [label, list] of rows.entities) nodes(label, `${label}:${ENTITY_LABEL}`, list);
    relationships('mentions', 'MENTIONED_IN', rows.mentions);
    relationships('published', 'PUBLISHED_BY', rows.publishedBy);
    for (const [type, list] of rows.claims) relationships(type, type, list);
    await stopLocalNeo4j(server);
    const started = performance.now();
    const run = runNeo4jAdmin(server, [
      'database',
      'import',
      'full',
      'neo4j', // first: each --nodes and --relationships takes every path after it
      '--overwrite-destination=true',
      '--multiline-fields=true',
      '--array-delimiter=U+001F',
      // Else the tool writes its report into the working directory (the checkout).
      `--report-file=${join(dir, 'import.report')}`,
      ...args,
    ]);
    if (run.status !== 0)
      throw new Error(`neo4j-admin database import failed:\n${run.stdout}\n${run.stderr}`);
    const imported = performance.now();
    const driver = await connectNeo4j(server);
    const restarted = performance.now();
    await ensureSchema(driver);
    for (const empty of emptyLists) await driver.executeQuery(setEmptyLists(empty), { ids: empty.ids });
    return {
      driver,
      importSeconds: (imported - started) / 1000,
      schemaSeconds: (performance.now() - restarted) / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
