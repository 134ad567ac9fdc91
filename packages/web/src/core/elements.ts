// What the canvas shows, derived from what the server sent: filters apply to each claim, then
// parallel claims between the same two entities (same type, role and status) collapse into
// one drawn edge with a count, unless the user expanded that group.
import type { Graph, GraphEdge, GraphNode } from '@shabaka/model';
import { claimTypeLabel, type LabelLanguage, roleLabel, statusLabel } from './labels.ts';

export type NodeData = GraphNode['data'];
export type EdgeData = GraphEdge['data'];

/** Claims below this confidence are drawn dashed. */
export const LOW_CONFIDENCE = 0.6;

export interface Filters {
  hiddenLabels: Set<string>;
  hiddenTypes: Set<string>;
  hiddenRoles: Set<string>;
  hiddenStatuses: Set<string>;
  /** `YYYY-MM-DD`: keep only claims dated up to that day; null keeps everything. */
  asOf: string | null;
  /** with `asOf`, undated claims are drawn faint (true) rather than left out */
  keepUndated: boolean;
}

export function emptyFilters(): Filters {
  return {
    hiddenLabels: new Set(),
    hiddenTypes: new Set(),
    hiddenRoles: new Set(),
    hiddenStatuses: new Set(),
    asOf: null,
    keepUndated: true,
  };
}

/** One edge on the canvas: a single claim, or a group of parallel claims. */
export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  role?: string;
  status?: string;
  /** SAME_AS edges: unsure, confirmed or rejected */
  judgement?: string;
  label: string;
  count: number;
  /**
   * independent outlets behind the edge (a story republished by several counted once, as the
   * server counts them), else distinct articles: drives its width
   */
  sources: number;
  lowConfidence: boolean;
  /** the claim takes part in a contradiction among the persons' claims */
  contradicted: boolean;
  /** claim edge ids behind this drawn edge */
  members: string[];
  /** drawn while an as-of day is chosen, though no source dates it */
  undated?: boolean;
}

export function edgeLabel(
  edge: {
    type: string;
    role?: string | undefined;
    status?: string | undefined;
    judgement?: string | undefined;
  },
  language: LabelLanguage = 'en',
): string {
  if (edge.type === 'SAME_AS') return `same as? ${edge.judgement ?? 'unsure'}`;
  const status = edge.status && edge.status !== 'unknown' ? ` (${statusLabel(edge.status, language)})` : '';
  const type = claimTypeLabel(edge.type, language);
  if (!edge.role) return `${type}${status}`;
  const role = roleLabel(edge.role, language);
  return edge.type === 'HOLDS_ROLE' ? `${role}${status}` : `${type} · ${role}${status}`;
}

export function claimGroupKey(edge: EdgeData): string {
  return JSON.stringify([edge.source, edge.target, edge.type, edge.role ?? '', edge.status ?? '']);
}

export function isNodeVisible(node: NodeData, filters: Filters): boolean {
  return (
    !node.labels.some((label) => filters.hiddenLabels.has(label)) && !filters.hiddenLabels.has(node.label)
  );
}

export function isClaimVisible(edge: EdgeData, filters: Filters): boolean {
  if (filters.hiddenTypes.has(edge.type)) return false;
  if (edge.role && filters.hiddenRoles.has(edge.role)) return false;
  if (edge.status && filters.hiddenStatuses.has(edge.status)) return false;
  if (filters.asOf !== null) {
    if (!edge.asOf) return filters.keepUndated;
    if (edge.asOf.slice(0, 10) > filters.asOf) return false;
  }
  return true;
}

export function drawnEdges(
  edges: Iterable<EdgeData>,
  filters: Filters,
  visibleNodes: ReadonlySet<string>,
  expandedGroups: ReadonlySet<string>,
  language: LabelLanguage = 'en',
): DrawnEdge[] {
  const groups = new Map<string, EdgeData[]>();
  for (const edge of edges) {
    if (!visibleNodes.has(edge.source) || !visibleNodes.has(edge.target)) continue;
    if (!isClaimVisible(edge, filters)) continue;
    const key = claimGroupKey(edge);
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  const drawn: DrawnEdge[] = [];
  for (const [key, group] of groups) {
    const chunks = group.length > 1 && !expandedGroups.has(key) ? [group] : group.map((edge) => [edge]);
    for (const chunk of chunks) drawn.push(drawEdge(key, chunk, language, filters.asOf !== null));
  }
  return drawn;
}

function drawEdge(key: string, claims: EdgeData[], language: LabelLanguage, datedView: boolean): DrawnEdge {
  const first = claims[0]!;
  const count = claims.length;
  const articles = new Set(claims.map((c) => c.article ?? c.id));
  const corroboration = claims.find((c) => c.corroboration)?.corroboration;
  const confidences = claims.map((c) => c.confidence).filter((c): c is number => c !== undefined);
  const label = edgeLabel(first, language);
  return {
    id: count > 1 ? `group:${key}` : first.id,
    source: first.source,
    target: first.target,
    type: first.type,
    ...(first.role ? { role: first.role } : {}),
    ...(first.status ? { status: first.status } : {}),
    ...(first.judgement ? { judgement: first.judgement } : {}),
    label: count > 1 ? `${label} ×${count}` : label,
    count,
    sources: corroboration?.independentSources ?? articles.size,
    lowConfidence: confidences.length > 0 && Math.max(...confidences) < LOW_CONFIDENCE,
    contradicted: corroboration?.contradicted ?? false,
    members: claims.map((c) => c.id),
    ...(datedView && claims.every((c) => !c.asOf) ? { undated: true } : {}),
  };
}

/** The graph the server sent, merged across queries, searches and expansions. */
export class GraphStore {
  readonly nodes = new Map<string, NodeData>();
  readonly edges = new Map<string, EdgeData>();

  replace(graph: Graph): void {
    this.nodes.clear();
    this.edges.clear();
    this.merge(graph);
  }

  /** Adds what is new and returns the ids of nodes that were not there before. */
  merge(graph: Graph): string[] {
    const added: string[] = [];
    for (const { data } of graph.nodes) {
      if (!this.nodes.has(data.id)) added.push(data.id);
      this.nodes.set(data.id, data);
    }
    for (const { data } of graph.edges) {
      if (this.nodes.has(data.source) && this.nodes.has(data.target)) this.edges.set(data.id, data);
    }
    return added;
  }

  /** Forgets nodes (with every edge that touches them) and edges; returns what was removed. */
  remove(nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): { nodes: string[]; edges: string[] } {
    const nodes = [...nodeIds].filter((id) => this.nodes.delete(id));
    const gone = new Set(nodes);
    const edges = [...edgeIds].filter((id) => this.edges.delete(id));
    for (const [id, edge] of this.edges)
      if (gone.has(edge.source) || gone.has(edge.target)) {
        this.edges.delete(id);
        edges.push(id);
      }
    return { nodes, edges };
  }

  /** Nodes no edge touches. */
  isolatedNodes(): string[] {
    const touched = new Set<string>();
    for (const edge of this.edges.values()) touched.add(edge.source).add(edge.target);
    return [...this.nodes.keys()].filter((id) => !touched.has(id));
  }

  toGraph(): Graph {
    return {
      nodes: [...this.nodes.values()].map((data) => ({ data })),
      edges: [...this.edges.values()].map((data) => ({ data })),
    };
  }

  /** The earliest and latest claim dates, for the as-of slider. */
  dateRange(): { min: string; max: string } | null {
    let min: string | null = null;
    let max: string | null = null;
    for (const edge of this.edges.values()) {
      const day = edge.asOf?.slice(0, 10);
      if (!day) continue;
      if (min === null || day < min) min = day;
      if (max === null || day > max) max = day;
    }
    return min !== null && max !== null ? { min, max } : null;
  }
}
