// Values as the TCK writes them, as Neo4j's driver gives them, and as the server's JSON renders
// them, brought to one form (TckValue) and compared. JSON has one number type, so an integer
// and a whole float are equal here; temporal and duration strings compare by their meaning
// (`12:31` is `12:31:00`, `P1Y` is `P12M`), since Neo4j's Java and the driver spell them apart.
import neo4j from 'neo4j-driver';
import { isoDuration, isTemporal } from '../graph.ts';
import type { TckNode, TckRelationship, TckValue } from './values.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const props = (record: Record<string, unknown>, convert: (v: never) => TckValue) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, convert(v as never)]));

/** A value read directly over Bolt. */
export function fromDriver(value: unknown): TckValue {
  if (value === null || value === undefined) return { kind: 'null' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') return { kind: 'float', value };
  if (typeof value === 'bigint') return { kind: 'integer', value };
  if (neo4j.isInt(value)) return { kind: 'integer', value: BigInt(value.toString()) };
  if (neo4j.isDuration(value)) return { kind: 'string', value: isoDuration(value) };
  if (isTemporal(value)) return { kind: 'string', value: String(value) };
  if (neo4j.isNode(value))
    return { kind: 'node', labels: [...value.labels], properties: props(value.properties, fromDriver) };
  if (neo4j.isRelationship(value)) {
    return { kind: 'relationship', type: value.type, properties: props(value.properties, fromDriver) };
  }
  if (neo4j.isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)].map((n) => fromDriver(n) as TckNode);
    const relationships = value.segments.map((s) => ({
      rel: fromDriver(s.relationship) as TckRelationship,
      forward: s.relationship.startNodeElementId === s.start.elementId,
    }));
    return { kind: 'path', nodes, relationships };
  }
  if (Array.isArray(value)) return { kind: 'list', items: value.map(fromDriver) };
  if (typeof value === 'object')
    return { kind: 'map', entries: props(value as Record<string, unknown>, fromDriver) };
  throw new Error(`no TCK form for ${String(value)}`);
}

export interface GraphElements {
  nodes: Array<{ data: { id: string; labels: string[]; properties: Record<string, Json> } }>;
  edges: Array<{
    data: { id: string; source: string; target: string; type: string; properties: Record<string, Json> };
  }>;
}

/** A value of a row of `POST /api/cypher`; paths are resolved through the response's graph. */
export function fromServer(value: Json, graph: GraphElements): TckValue {
  const convert = (v: Json): TckValue => fromServer(v, graph);
  if (value === null) return { kind: 'null' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { kind: 'integer', value: BigInt(value) } : { kind: 'float', value };
  }
  if (Array.isArray(value)) return { kind: 'list', items: value.map(convert) };
  const type = value._type;
  if (type === 'node') {
    return {
      kind: 'node',
      labels: value.labels as string[],
      properties: props(value.properties as Record<string, Json>, convert),
    };
  }
  if (type === 'relationship') {
    return {
      kind: 'relationship',
      type: value.type as string,
      properties: props(value.properties as Record<string, Json>, convert),
    };
  }
  if (type === 'path') return pathFromServer(value.nodes as string[], value.relationships as string[], graph);
  return { kind: 'map', entries: props(value, convert) };
}

function pathFromServer(nodeIds: string[], relIds: string[], graph: GraphElements): TckValue {
  const node = (id: string): TckNode => {
    const found = graph.nodes.find((n) => n.data.id === id);
    if (!found) throw new Error(`path node ${id} is not in the response's graph`);
    return {
      kind: 'node',
      labels: found.data.labels,
      properties: props(found.data.properties, (v) => fromServer(v, graph)),
    };
  };
  const relationships = relIds.map((id, i) => {
    const found = graph.edges.find((e) => e.data.id === id);
    if (!found) throw new Error(`path relationship ${id} is not in the response's graph`);
    const rel: TckRelationship = {
      kind: 'relationship',
      type: found.data.type,
      properties: props(found.data.properties, (v) => fromServer(v, graph)),
    };
    return { rel, forward: found.data.source === nodeIds[i] };
  });
  return { kind: 'path', nodes: nodeIds.map(node), relationships };
}

const NANOS = 1_000_000_000n;
const DURATION =
  /^P(?:(-?[\d.]+)Y)?(?:(-?[\d.]+)M)?(?:(-?[\d.]+)W)?(?:(-?[\d.]+)D)?(?:T(?:(-?[\d.]+)H)?(?:(-?[\d.]+)M)?(?:(-?[\d.]+)S)?)?$/;

/** Nanoseconds of a decimal like `-1.5`, exactly. */
function nanosOf(decimal: string | undefined, unit: bigint): bigint {
  if (!decimal) return 0n;
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = ''] = decimal.replace('-', '').split('.');
  const nanos = BigInt(whole || '0') * NANOS + BigInt(fraction.padEnd(9, '0').slice(0, 9));
  return (negative ? -nanos : nanos) * unit;
}

/** months|days|nanoseconds of an ISO 8601 duration, or undefined when it is not one. */
function durationKey(text: string): string | undefined {
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  const [, y, mo, w, d, h, mi, s] = m;
  const months = nanosOf(y, 12n) + nanosOf(mo, 1n);
  const days = nanosOf(w, 7n) + nanosOf(d, 1n);
  const nanos = nanosOf(h, 3600n) + nanosOf(mi, 60n) + nanosOf(s, 1n);
  return `${months}|${days}|${nanos}`;
}

const TIME = /(^|T)(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?/;

/** A date/time string with its time of day spelled in full (seconds, trimmed fraction). */
function temporalKey(text: string): string | undefined {
  if (!/^([+-]?\d{4,}-\d{2}|\d{2}:\d{2})/.test(text)) return undefined;
  return text.replace(TIME, (_all, lead, h, mi, s = '00', fraction = '') => {
    const trimmed = fraction.replace(/0+$/, '');
    return `${lead}${h}:${mi}:${s}${trimmed ? `.${trimmed}` : ''}`;
  });
}

function sameString(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  const duration = durationKey(expected);
  if (duration !== undefined) return duration === durationKey(actual);
  const temporal = temporalKey(expected);
  return temporal !== undefined && temporal === temporalKey(actual);
}

function sameNumber(expected: TckValue & { value: bigint | number }, actual: TckValue): boolean {
  if (actual.kind === 'string') {
    // The server sends integers past 2^53 and non-finite floats as strings.
    return actual.value === String(expected.value);
  }
  if (actual.kind !== 'integer' && actual.kind !== 'float') return false;
  const [a, b] = [Number(expected.value), Number(actual.value)];
  if (Number.isNaN(a)) return Number.isNaN(b);
  if (typeof expected.value === 'bigint' && typeof actual.value === 'bigint')
    return expected.value === actual.value;
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

export interface CompareOptions {
  ignoreListOrder: boolean;
}

function sameEntries(e: Record<string, TckValue>, a: Record<string, TckValue>, o: CompareOptions): boolean {
  const keys = Object.keys(e);
  return keys.length === Object.keys(a).length && keys.every((k) => k in a && sameValue(e[k]!, a[k]!, o));
}

/** Equal as multisets: each expected item pairs with one actual item of its own. */
export function sameMultiset<T>(expected: T[], actual: T[], same: (e: T, a: T) => boolean): boolean {
  if (expected.length !== actual.length) return false;
  const unused = [...actual];
  return expected.every((e) => {
    const at = unused.findIndex((a) => same(e, a));
    if (at < 0) return false;
    unused.splice(at, 1);
    return true;
  });
}

export function sameValue(expected: TckValue, actual: TckValue, o: CompareOptions): boolean {
  switch (expected.kind) {
    case 'null':
      return actual.kind === 'null';
    case 'boolean':
      return actual.kind === 'boolean' && actual.value === expected.value;
    case 'integer':
    case 'float':
      return sameNumber(expected, actual);
    case 'string':
      return actual.kind === 'string' && sameString(expected.value, actual.value);
    case 'list': {
      if (actual.kind !== 'list') return false;
      const same = (e: TckValue, a: TckValue) => sameValue(e, a, o);
      if (o.ignoreListOrder) return sameMultiset(expected.items, actual.items, same);
      return (
        expected.items.length === actual.items.length &&
        expected.items.every((e, i) => same(e, actual.items[i]!))
      );
    }
    case 'map':
      return actual.kind === 'map' && sameEntries(expected.entries, actual.entries, o);
    case 'node':
      return (
        actual.kind === 'node' &&
        sameMultiset(expected.labels, actual.labels, (e, a) => e === a) &&
        sameEntries(expected.properties, actual.properties, o)
      );
    case 'relationship':
      return (
        actual.kind === 'relationship' &&
        actual.type === expected.type &&
        sameEntries(expected.properties, actual.properties, o)
      );
    case 'path':
      return (
        actual.kind === 'path' &&
        actual.nodes.length === expected.nodes.length &&
        expected.nodes.every((n, i) => sameValue(n, actual.nodes[i]!, o)) &&
        expected.relationships.every(
          (r, i) =>
            r.forward === actual.relationships[i]!.forward &&
            sameValue(r.rel, actual.relationships[i]!.rel, o),
        )
      );
  }
}

export interface Table {
  columns: string[];
  rows: TckValue[][];
}

/** Undefined when the tables are equal, else what differs, in words. */
export function tableDifference(
  expected: Table,
  actual: Table,
  ordered: boolean,
  options: CompareOptions,
): string | undefined {
  if (expected.rows.length > 0 && expected.columns.join('|') !== actual.columns.join('|')) {
    return `columns ${JSON.stringify(actual.columns)}, expected ${JSON.stringify(expected.columns)}`;
  }
  const sameRow = (e: TckValue[], a: TckValue[]) =>
    e.length === a.length && e.every((v, i) => sameValue(v, a[i]!, options));
  const equal = ordered
    ? expected.rows.length === actual.rows.length &&
      expected.rows.every((row, i) => sameRow(row, actual.rows[i]!))
    : sameMultiset(expected.rows, actual.rows, sameRow);
  if (equal) return undefined;
  return `${actual.rows.length} rows ${JSON.stringify(actual.rows, bigints).slice(0, 600)}, expected ${expected.rows.length} ${JSON.stringify(expected.rows, bigints).slice(0, 600)}`;
}

const bigints = (_key: string, v: unknown) => (typeof v === 'bigint' ? v.toString() : v);
