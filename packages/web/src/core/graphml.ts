// GraphML of the elements, for Gephi, yEd or Cytoscape desktop; every property becomes a string attribute.
import type { Graph } from '@shabaka/model';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

function flatten(data: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    if (key === 'properties' || key === 'id' || key === 'source' || key === 'target' || value === undefined)
      continue;
    out.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  for (const [key, value] of Object.entries((data['properties'] ?? {}) as Record<string, unknown>)) {
    if (!out.has(key) && value !== undefined && value !== null)
      out.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return out;
}

export function toGraphml(graph: Graph): string {
  const nodes = graph.nodes.map((n) => ({ id: n.data.id, attrs: flatten(n.data) }));
  const edges = graph.edges.map((e) => ({
    id: e.data.id,
    source: e.data.source,
    target: e.data.target,
    attrs: flatten(e.data),
  }));
  const keys = (items: { attrs: Map<string, string> }[]) =>
    [...new Set(items.flatMap((i) => [...i.attrs.keys()]))].sort();
  const nodeKeys = keys(nodes);
  const edgeKeys = keys(edges);
  const data = (prefix: string, attrs: Map<string, string>) =>
    [...attrs]
      .map(([k, v]) => `      <data key="${prefix}_${escapeXml(k)}">${escapeXml(v)}</data>`)
      .join('\n');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map(
      (k) => `  <key id="n_${escapeXml(k)}" for="node" attr.name="${escapeXml(k)}" attr.type="string"/>`,
    ),
    ...edgeKeys.map(
      (k) => `  <key id="e_${escapeXml(k)}" for="edge" attr.name="${escapeXml(k)}" attr.type="string"/>`,
    ),
    '  <graph id="shabaka" edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${escapeXml(n.id)}">\n${data('n', n.attrs)}\n    </node>`),
    ...edges.map(
      (e) =>
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">\n${data('e', e.attrs)}\n    </edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
