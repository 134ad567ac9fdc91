import { describe, expect, it } from 'vitest';
import type { EdgeData, NodeData } from '../core/elements.ts';
import { pathSteps } from './path-steps.ts';

const node = (id: string, name: string): [string, NodeData] => [
  id,
  { id, name, label: 'Person', labels: ['Entity', 'Person'], properties: {} },
];
const nodes = new Map([node('a', 'Salem'), node('g', 'The Front'), node('b', 'Nader')]);
const edges = new Map<string, EdgeData>([
  [
    'r1',
    {
      id: 'r1',
      source: 'a',
      target: 'g',
      type: 'HOLDS_ROLE',
      role: 'leader',
      status: 'current',
      properties: {},
    },
  ],
  ['r2', { id: 'r2', source: 'b', target: 'g', type: 'MEMBER_OF', properties: {} }],
]);

describe('pathSteps', () => {
  it('reads each step in the order of the path, the arrow the way the claim points', () => {
    const steps = pathSteps({ length: 2, nodes: ['a', 'g', 'b'], edges: ['r1', 'r2'] }, nodes, edges, {
      language: 'en',
      latin: false,
    });
    expect(steps).toEqual([
      { from: 'Salem', to: 'The Front', label: 'leader (current)', forward: true },
      { from: 'The Front', to: 'Nader', label: 'member of', forward: false },
    ]);
  });
});
