// For tests that compare two ingests of one corpus: the whole graph as sorted lines, every node
// and relationship with its properties, but those that say when (they differ between any runs).
import neo4j, { type Driver } from 'neo4j-driver';

const CLOCK = new Set(['ingestedAt', 'at']);

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** Values that grow in the order articles arrive, compared as sets when `orderFree`. */
function unordered(key: string, value: unknown): unknown {
  if (Array.isArray(value)) return [...value].sort();
  if (key === 'searchText' && typeof value === 'string') return [...new Set(value.split(' '))].sort();
  return value;
}

/**
 * Of an entity, the spellings seen: the name is the fullest, the first seen among forms of equal
 * length (أبو, ابو), so which one it is depends on arrival order; the others are its aliases.
 */
function spellings(props: Record<string, unknown>): Record<string, unknown> {
  if (typeof props.name !== 'string' || !Array.isArray(props.aliases)) return props;
  const { name, latin: _latin, aliases, ...rest } = props;
  return { ...rest, spellings: [name, ...aliases] };
}

function canonical(raw: Record<string, unknown>, orderFree: boolean, left: ReadonlySet<string>): string {
  const props = orderFree ? spellings(raw) : raw;
  const kept = Object.keys(props)
    .filter((k) => !CLOCK.has(k) && !left.has(k))
    .sort()
    .map((k) => [k, orderFree ? unordered(k, plain(props[k])) : plain(props[k])]);
  return JSON.stringify(kept);
}

export interface DumpOptions {
  /** Relationship types left out. */
  without?: readonly string[];
  /** Properties left out, of nodes and relationships. */
  withoutProperties?: readonly string[];
  /**
   * Compare what grows in the order articles arrive as sets: aliases, search keys, and an
   * entity's name among its spellings (with its transliteration).
   */
  orderFree?: boolean;
}

export async function graphDump(
  driver: Driver,
  { without = [], withoutProperties = [], orderFree = false }: DumpOptions = {},
) {
  const left = new Set(withoutProperties);
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE NOT type(r) IN $without
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
    { without },
  );
  return [
    ...nodes.records.map(
      (r) => `node ${[...r.get('labels')].sort().join(':')} ${canonical(r.get('props'), orderFree, left)}`,
    ),
    ...rels.records.map(
      (r) =>
        `rel ${r.get('type')} ${r.get('from')} -> ${r.get('to')} ${canonical(r.get('props'), orderFree, left)}`,
    ),
  ].sort();
}
