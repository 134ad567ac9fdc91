// One TCK scenario against the server and against Neo4j itself. Its graph is set up over Bolt;
// Neo4j's own plan says whether the query writes; Neo4j's own answer (in a read transaction)
// says whether Neo4j agrees with the TCK, so that only the server's own faults fail.
import { API_LIMITS } from '@shabaka/model';
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { fromDriver, fromServer, type Table, tableDifference } from './compare.ts';
import type { Scenario } from './features.ts';
import { type TckValue, toJsonParameter } from './values.ts';

/** What a scenario came to; a failure is thrown instead. */
export type Outcome =
  | { kind: 'equal' }
  | { kind: 'refused write' }
  | { kind: 'expected error' }
  | { kind: 'skipped'; reason: string };

export interface CypherEndpoint {
  post: (body: unknown) => Promise<{ status: number; body: unknown }>;
}

export class ScenarioFailure extends Error {}

/**
 * Every node and relationship with its labels, type and properties, in one comparable string;
 * labels and keys sorted, since a transaction that wrote them may list them in another order.
 */
const DIGEST = `
  CALL () {
    MATCH (n) WITH n ORDER BY elementId(n)
    RETURN collect([elementId(n), COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l },
                    COLLECT { UNWIND keys(n) AS k RETURN [k, n[k]] ORDER BY k }]) AS nodes
  }
  CALL () {
    MATCH ()-[r]->() WITH r ORDER BY elementId(r)
    RETURN collect([elementId(r), type(r), elementId(startNode(r)), elementId(endNode(r)),
                    COLLECT { UNWIND keys(r) AS k RETURN [k, r[k]] ORDER BY k }]) AS rels
  }
  RETURN nodes, rels`;

function toDriverParameter(value: TckValue): unknown {
  if (value.kind === 'integer') return neo4j.int(value.value.toString());
  if (value.kind === 'list') return value.items.map(toDriverParameter);
  if (value.kind === 'map') {
    return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, toDriverParameter(v)]));
  }
  return toJsonParameter(value);
}

const mapValues = (params: Record<string, TckValue>, f: (v: TckValue) => unknown) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, f(v)]));

/** Counts for the summary line. */
export interface TckStats {
  reads: number;
  readsAllowed: number;
  equal: number;
  writes: number;
  refusedWrites: number;
  expectedErrors: number;
  neo4jDiffers: number;
  unsupported: number;
  /** Each scenario where Neo4j differs from the TCK, and how. */
  differing: string[];
}

export class TckRunner {
  readonly stats: TckStats = {
    reads: 0,
    readsAllowed: 0,
    equal: 0,
    writes: 0,
    refusedWrites: 0,
    expectedErrors: 0,
    neo4jDiffers: 0,
    unsupported: 0,
    differing: [],
  };
  /** Whether the graph may hold anything (it is cleared, in the setup's transaction, only then). */
  private dirty = true;

  constructor(
    private readonly driver: Driver,
    private readonly endpoint: CypherEndpoint,
  ) {}

  /** The digest of the empty graph, read once. */
  private emptyDigest?: string;

  /**
   * Clears the graph and runs the scenario's setup, all in one write transaction that ends by
   * reading the graph's digest: the state a write must leave unchanged, at no extra round trip.
   */
  private async setUp(setup: string[]): Promise<string> {
    if (!this.dirty && setup.length === 0 && this.emptyDigest !== undefined) return this.emptyDigest;
    const session = this.driver.session();
    try {
      const digest = await session.executeWrite(async (tx) => {
        if (this.dirty) await tx.run('MATCH (n) DETACH DELETE n');
        for (const query of setup) await tx.run(query);
        return digestOf(await tx.run(DIGEST));
      });
      this.dirty = setup.length > 0;
      if (setup.length === 0) this.emptyDigest = digest;
      return digest;
    } finally {
      await session.close();
    }
  }

  /**
   * Neo4j's own answer in a read transaction: whether the query writes (Neo4j refuses it in a
   * read transaction, or its summary says so), and else its table or its error.
   */
  private async direct(scenario: Scenario): Promise<{ writes?: true; table?: Table; error?: string }> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.READ });
    const params = mapValues(scenario.params, toDriverParameter);
    try {
      const result = await session.executeRead((tx) => tx.run(scenario.query, params), { timeout: 10_000 });
      if (result.summary.queryType !== 'r') return { writes: true };
      const rows = result.records.map((r) => r.keys.map((k) => fromDriver(r.get(k))));
      return { table: { columns: result.records[0]?.keys.map(String) ?? [], rows } };
    } catch (error) {
      if (!(error instanceof Neo4jError)) throw error;
      if (error.code === 'Neo.ClientError.Statement.AccessMode') return { writes: true };
      return { error: `${error.code}: ${error.message.split('\n')[0]}` };
    } finally {
      await session.close();
    }
  }

  async run(scenario: Scenario): Promise<Outcome> {
    const outcome = await this.outcome(scenario);
    if (outcome.kind === 'equal') this.stats.equal++;
    else if (outcome.kind === 'refused write') this.stats.refusedWrites++;
    else if (outcome.kind === 'expected error') this.stats.expectedErrors++;
    else if (scenario.unsupported) this.stats.unsupported++;
    else {
      this.stats.neo4jDiffers++;
      this.stats.differing.push(`${scenario.feature} ${scenario.name}: ${outcome.reason.slice(0, 200)}`);
    }
    return outcome;
  }

  private async outcome(scenario: Scenario): Promise<Outcome> {
    if (scenario.unsupported) return { kind: 'skipped', reason: scenario.unsupported };
    const before = await this.setUp(scenario.setup);
    const body = {
      query: scenario.query,
      params: mapValues(scenario.params, toJsonParameter),
      limit: API_LIMITS.cypherRows.max,
    };
    // Both read the same graph at once; a write the server let through shows in the digest.
    const [neo4jSays, answer] = await Promise.all([this.direct(scenario), this.endpoint.post(body)]);
    if (neo4jSays.writes) return this.write(answer, before);
    if (scenario.expect.kind === 'error') {
      if (neo4jSays.error === undefined)
        return differs(`Neo4j answers where the TCK expects ${scenario.expect.error}`);
      requireReadableRefusal(answer, `expected ${scenario.expect.error} (Neo4j: ${neo4jSays.error})`);
      return { kind: 'expected error' };
    }
    const { table: expected, ordered, ignoreListOrder } = scenario.expect;
    this.stats.reads++;
    if (answer.status === 200) this.stats.readsAllowed++;
    if (neo4jSays.error !== undefined) return differs(`Neo4j refuses: ${neo4jSays.error}`);
    const neo4jDiff = tableDifference(expected, neo4jSays.table!, ordered, { ignoreListOrder });
    if (neo4jDiff !== undefined) return differs(`Neo4j answers ${neo4jDiff}`);
    if (answer.status !== 200) {
      throw new ScenarioFailure(
        `a read Neo4j answers was refused: ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    }
    const response = answer.body as { columns: string[]; rows: never[][]; graph: never };
    const table = {
      columns: response.columns,
      rows: response.rows.map((row) => row.map((v) => fromServer(v, response.graph))),
    };
    const serverDiff = tableDifference(expected, table, ordered, { ignoreListOrder });
    if (serverDiff !== undefined) throw new ScenarioFailure(`the server answers ${serverDiff}`);
    return { kind: 'equal' };
  }

  private async write(answer: { status: number; body: unknown }, before: string): Promise<Outcome> {
    this.stats.writes++;
    const after = digestOf(await this.driver.executeQuery(DIGEST, {}, { routing: 'READ' }));
    if (after !== before) {
      this.dirty = true;
      throw new ScenarioFailure(`a write changed the graph (answer ${answer.status})`);
    }
    requireReadableRefusal(answer, 'a write must be refused');
    return { kind: 'refused write' };
  }
}

const digestOf = ({ records }: { records: Array<{ toObject: () => object }> }) =>
  JSON.stringify(records[0]!.toObject(), (_k, v) => (neo4j.isInt(v) ? v.toString() : v));

const differs = (reason: string): Outcome => ({
  kind: 'skipped',
  reason: `Neo4j 5 differs from the TCK: ${reason}`,
});

function requireReadableRefusal(answer: { status: number; body: unknown }, what: string): void {
  const message = (answer.body as { error?: { message?: unknown } })?.error?.message;
  if (answer.status < 400 || answer.status >= 500 || typeof message !== 'string' || message.length < 10) {
    throw new ScenarioFailure(
      `${what}; the server answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
    );
  }
}
