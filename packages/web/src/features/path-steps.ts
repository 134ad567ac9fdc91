// A found path as text: each step from one entity to the next, with the claim between them and
// which way it points (A —leader→ B, or B ←member— C when the claim points back).
import type { PathsResponse } from '@shabaka/model';
import { type EdgeData, edgeLabel, type NodeData } from '../core/elements.ts';
import type { LabelLanguage } from '../core/labels.ts';
import { displayName } from '../core/text.ts';

export type FoundPath = PathsResponse['paths'][number];

export interface PathStep {
  from: string;
  to: string;
  /** the claim's label (role and status, or relationship type) */
  label: string;
  /** the claim points from `from` to `to` */
  forward: boolean;
}

export function pathSteps(
  path: FoundPath,
  nodes: ReadonlyMap<string, NodeData>,
  edges: ReadonlyMap<string, EdgeData>,
  options: { language: LabelLanguage; latin: boolean },
): PathStep[] {
  const name = (id: string) => {
    const node = nodes.get(id);
    return node ? displayName(node, options.latin) : id;
  };
  return path.edges.map((edgeId, i) => {
    const from = path.nodes[i]!;
    const edge = edges.get(edgeId);
    return {
      from: name(from),
      to: name(path.nodes[i + 1]!),
      label: edge ? edgeLabel(edge, options.language) : '?',
      forward: edge ? edge.source === from : true,
    };
  });
}
