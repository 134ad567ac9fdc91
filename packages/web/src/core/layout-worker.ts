// Lays out large graphs off the main thread: a headless Cytoscape with fcose in a Web Worker,
// so that the canvas keeps panning and zooming while thousands of nodes are placed.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export interface LayoutRequest {
  nodes: string[];
  edges: [string, string][];
  options: Record<string, unknown>;
}

export type LayoutAnswer = Record<string, { x: number; y: number }>;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, options } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 26, height: 26 } }],
    elements: [
      ...nodes.map((id) => ({ group: 'nodes' as const, data: { id } })),
      ...edges.map(([source, target], i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source, target },
      })),
    ],
  });
  cy.layout({ ...options, name: 'fcose', animate: false, fit: false } as cytoscape.LayoutOptions).run();
  const positions: LayoutAnswer = {};
  for (const node of cy.nodes()) positions[node.id()] = node.position();
  self.postMessage(positions);
};
