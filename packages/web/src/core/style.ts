// Cytoscape styles. Colours and shapes are the web app's own, keyed by the model's label
// constants; a large graph gets simplified styles so that pan and zoom stay fluid.
import type { ARTICLE_LABEL, EntityLabel } from '@shabaka/model';
import type cytoscape from 'cytoscape';

type NodeLook = { color: string; shape: cytoscape.Css.NodeShape; icon: string };

export const LABEL_LOOK: Record<EntityLabel | typeof ARTICLE_LABEL, NodeLook> = {
  Person: { color: '#2f6fb0', shape: 'ellipse', icon: '●' },
  Organization: { color: '#b5402f', shape: 'round-hexagon', icon: '⬢' },
  Unit: { color: '#d08a1e', shape: 'round-diamond', icon: '◆' },
  Place: { color: '#2e8b57', shape: 'round-triangle', icon: '▲' },
  Article: { color: '#6b6b7b', shape: 'round-rectangle', icon: '■' },
};

export const FALLBACK_LOOK: NodeLook = { color: '#888888', shape: 'ellipse', icon: '○' };

export function lookOf(label: string): NodeLook {
  return (LABEL_LOOK as Record<string, NodeLook>)[label] ?? FALLBACK_LOOK;
}

/** Above this many elements the canvas drops edge labels and arrows and shows names only when zoomed in. */
export const LARGE_GRAPH_ELEMENTS = 2000;

export const FONT_FAMILY = '"Noto Sans Arabic", "DejaVu Sans", sans-serif';

export function stylesheet(large: boolean): cytoscape.StylesheetJson {
  const labelled: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': FONT_FAMILY,
        'font-size': large ? 12 : 'mapData(degree, 0, 24, 12, 20)',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'none',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': large ? 10 : 0,
        width: large ? 26 : 'mapData(degree, 0, 24, 22, 64)',
        height: large ? 26 : 'mapData(degree, 0, 24, 22, 64)',
        'border-width': large ? 0 : 1.5,
        'border-color': '#ffffff',
      },
    },
    ...Object.entries(LABEL_LOOK).map(([label, look]) => ({
      selector: `node[label = "${label}"]`,
      style: { 'background-color': look.color, shape: look.shape },
    })),
    { selector: 'node:selected', style: { 'border-color': '#111111', 'border-width': 3 } },
    { selector: 'node.path-end', style: { 'border-color': '#7a1fa2', 'border-width': 4 } },
    { selector: 'node.path', style: { 'border-color': '#7a1fa2', 'border-width': 3 } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(sources, 1, 5, 1.5, 7)',
        'line-color': '#9aa3ad',
        'curve-style': large ? 'haystack' : 'bezier',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'target-arrow-color': '#9aa3ad',
        'arrow-scale': 0.8,
        label: large ? '' : 'data(label)',
        'font-size': 9,
        'font-family': FONT_FAMILY,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        color: '#333333',
      },
    },
    { selector: 'node[?faded]', style: { opacity: 0.25 } },
    { selector: '.collapsed-away', style: { display: 'none' } },
    {
      selector: 'node.collapsed',
      style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#555555' },
    },
    { selector: 'edge[?undated]', style: { opacity: 0.35, 'line-style': 'dotted' } },
    { selector: 'edge[?lowConfidence]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: 'edge[count > 1]', style: { 'line-color': '#5d6b7a', 'target-arrow-color': '#5d6b7a' } },
    // claims that cannot all be true with others (GET /api/contradictions): a warning colour
    { selector: 'edge[?contradicted]', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' } },
    // SAME_AS is a judgement, not a claim: dotted, undirected, coloured by how it was judged
    {
      selector: 'edge[type = "SAME_AS"]',
      style: {
        'line-color': '#c27ba0',
        'line-style': 'dotted',
        'line-dash-pattern': [2, 4],
        'target-arrow-shape': 'none',
        color: '#8a3f6b',
      },
    },
    {
      selector: 'edge[type = "SAME_AS"][judgement = "confirmed"]',
      style: { 'line-color': '#2e8b57', color: '#1f6b40' },
    },
    {
      selector: 'edge[type = "SAME_AS"][judgement = "rejected"]',
      style: { 'line-color': '#b0b0b0', color: '#777777' },
    },
    { selector: 'edge:selected', style: { 'line-color': '#111111', 'target-arrow-color': '#111111' } },
    {
      selector: 'edge.path',
      style: { 'line-color': '#7a1fa2', 'target-arrow-color': '#7a1fa2', width: 5, 'z-index': 10 },
    },
    // while a path is shown, everything off it steps back
    { selector: '.dimmed', style: { opacity: 0.12, 'text-opacity': 0.3 } },
    // a pinned node keeps its place through layouts: ringed in orange outside its border
    {
      selector: 'node.pinned',
      style: {
        'outline-width': 3,
        'outline-color': '#d9730d',
        'outline-offset': 2,
        'outline-style': 'solid',
      },
    },
  ];
  return labelled;
}
