// Neo4j values into JSON a browser can use, and nodes/relationships/paths found anywhere in
// a result into Cytoscape elements whose every edge joins two nodes of the same response.
import {
  ARTICLE_LABEL,
  ENTITY_LABELS,
  type Graph,
  type GraphEdge,
  type GraphNode,
  SAME_AS_JUDGEMENTS,
  type SameAsJudgement,
  type SameAsRef,
} from '@shabaka/model';
import neo4j, { type Duration, type Node, type Path, type Relationship } from 'neo4j-driver';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const isTemporal = (v: unknown) =>
  neo4j.isDate(v) ||
  neo4j.isDateTime(v) ||
  neo4j.isLocalDateTime(v) ||
  neo4j.isTime(v) ||
  neo4j.isLocalTime(v);

const NANOS_PER_SECOND = 1_000_000_000n;

/**
 * ISO 8601 of a duration, spelled out in full whatever the driver's own toString does. Exact:
 * seconds plus nanoseconds as a float rounds past 2^53 ns (a wide range came back a second off).
 */
export function isoDuration({ months, days, seconds, nanoseconds }: Duration): string {
  const total = BigInt(String(seconds)) * NANOS_PER_SECOND + BigInt(String(nanoseconds));
  const size = total < 0n ? -total : total;
  const fraction = (size % NANOS_PER_SECOND).toString().padStart(9, '0').replace(/0+$/, '');
  const secs = `${total < 0n ? '-' : ''}${size / NANOS_PER_SECOND}${fraction ? `.${fraction}` : ''}`;
  return `P${Number(months)}M${Number(days)}DT${secs}S`;
}

/** A stable id: the node's or claim's own `id` property when it has one, else Neo4j's elementId. */
export function stableId(entity: Node | Relationship): string {
  const id: unknown = entity.properties.id;
  if (typeof id === 'string' && id !== '') return id;
  if (neo4j.isInt(id) || typeof id === 'number') return String(id);
  return entity.elementId;
}

const PRIMARY_LABELS: readonly string[] = [...ENTITY_LABELS, ARTICLE_LABEL];

export function primaryLabel(labels: readonly string[]): string {
  return (
    labels.find((l) => PRIMARY_LABELS.includes(l)) ?? labels.find((l) => l !== 'Entity') ?? labels[0] ?? ''
  );
}

/** Plain JSON of one value; nodes and relationships name their ends through `idOf`. */
export function toJson(value: unknown, idOf: (elementId: string) => string = (e) => e): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isDuration(value)) return isoDuration(value);
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return { srid: toJson(srid), x, y, ...(z === undefined ? {} : { z }) };
  }
  if (neo4j.isNode(value)) {
    return {
      _type: 'node',
      id: stableId(value),
      elementId: value.elementId,
      labels: value.labels,
      properties: properties(value.properties),
    };
  }
  if (neo4j.isRelationship(value)) {
    return {
      _type: 'relationship',
      id: stableId(value),
      elementId: value.elementId,
      type: value.type,
      source: idOf(value.startNodeElementId),
      target: idOf(value.endNodeElementId),
      properties: properties(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return {
      _type: 'path',
      length: value.length,
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(stableId),
      relationships: value.segments.map((s) => stableId(s.relationship)),
    };
  }
  if (Array.isArray(value)) return value.map((v) => toJson(v, idOf));
  if (ArrayBuffer.isView(value)) return Array.from(value as Uint8Array);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v, idOf)]));
  }
  return String(value);
}

export function properties(props: Record<string, unknown>): Record<string, Json> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toJson(v)]));
}

const liftString = (v: Json | undefined) => (typeof v === 'string' ? v : undefined);

export function toGraphNode(node: Node): GraphNode {
  const props = properties(node.properties);
  const data: GraphNode['data'] = {
    id: stableId(node),
    label: primaryLabel(node.labels),
    labels: node.labels,
    properties: props,
  };
  const name = liftString(props.name) ?? liftString(props.title);
  const latin = liftString(props.latin);
  const kind = liftString(props.kind);
  if (name !== undefined) data.name = name;
  if (latin !== undefined) data.latin = latin;
  if (kind !== undefined) data.kind = kind;
  return { data };
}

/** A SAME_AS judgement as stored, read leniently: anything outside the vocabulary counts as unsure. */
export function judgementOf(value: unknown): SameAsJudgement {
  return (SAME_AS_JUDGEMENTS as readonly unknown[]).includes(value) ? (value as SameAsJudgement) : 'unsure';
}

/** The other end of a SAME_AS link as the API names it: id, name, label and judgement. */
export function sameAsRefOf(node: Node, judgement: unknown): SameAsRef {
  const { id, name, label } = toGraphNode(node).data;
  return { id, ...(name === undefined ? {} : { name }), label, judgement: judgementOf(judgement) };
}

const LIFTED_EDGE_STRINGS = ['role', 'title', 'status', 'article', 'asOf', 'judgement'] as const;

function toGraphEdge(rel: Relationship, source: string, target: string): GraphEdge {
  const props = properties(rel.properties);
  const data: GraphEdge['data'] = { id: stableId(rel), source, target, type: rel.type, properties: props };
  for (const key of LIFTED_EDGE_STRINGS) {
    const value = liftString(props[key]);
    if (value !== undefined) data[key] = value;
  }
  if (typeof props.confidence === 'number') data.confidence = props.confidence;
  return { data };
}

/**
 * Gathers every node, relationship and path in the values it is shown (nested lists and maps
 * too). Relationships whose ends were not seen are kept aside until `addNodes` supplies them.
 */
export class GraphCollector {
  private readonly nodes = new Map<string, Node>();
  private readonly relationships = new Map<string, Relationship>();

  collect(value: unknown): void {
    if (neo4j.isNode(value)) this.nodes.set(value.elementId, value);
    else if (neo4j.isRelationship(value)) this.relationships.set(value.elementId, value);
    else if (neo4j.isPath(value)) this.collectPath(value);
    else if (Array.isArray(value)) for (const v of value) this.collect(v);
    else if (value !== null && typeof value === 'object' && !neo4j.isInt(value) && !isTemporal(value)) {
      for (const v of Object.values(value)) this.collect(v);
    }
  }

  private collectPath(path: Path): void {
    this.collect(path.start);
    for (const segment of path.segments) {
      this.collect(segment.relationship);
      this.collect(segment.end);
    }
  }

  /** Element ids of relationship ends that no collected node covers. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const end of [rel.startNodeElementId, rel.endNodeElementId]) {
        if (!this.nodes.has(end)) missing.add(end);
      }
    }
    return [...missing];
  }

  /** The stable id of a collected node, else its element id. */
  idOf = (elementId: string): string => {
    const node = this.nodes.get(elementId);
    return node ? stableId(node) : elementId;
  };

  get nodeCount(): number {
    return this.nodes.size;
  }

  /** The elements; edges with an unknown end are dropped and counted. */
  build(): Graph & { droppedEdges: number } {
    const nodes = [...this.nodes.values()].map(toGraphNode);
    const edges: GraphEdge[] = [];
    let droppedEdges = 0;
    for (const rel of this.relationships.values()) {
      if (this.nodes.has(rel.startNodeElementId) && this.nodes.has(rel.endNodeElementId)) {
        edges.push(toGraphEdge(rel, this.idOf(rel.startNodeElementId), this.idOf(rel.endNodeElementId)));
      } else {
        droppedEdges++;
      }
    }
    return { nodes, edges, droppedEdges };
  }
}
