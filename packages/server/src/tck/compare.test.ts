// The TCK's value literals and the comparison that decides whether the server answered alike.
import { describe, expect, it } from 'vitest';
import { fromServer, type GraphElements, sameValue, tableDifference } from './compare.ts';
import { parseTckValue } from './values.ts';

const exact = { ignoreListOrder: false };
const noGraph: GraphElements = { nodes: [], edges: [] };
const same = (tck: string, json: unknown, graph = noGraph) =>
  sameValue(parseTckValue(tck), fromServer(json as never, graph), exact);

describe('TCK values against the server JSON', () => {
  it('compares scalars, with JSON integers and whole floats alike and big integers as strings', () => {
    expect(same("'a\\'b'", "a'b")).toBe(true);
    expect(same('1.0', 1)).toBe(true);
    expect(same('-0.5e1', -5)).toBe(true);
    expect(same('9223372036854775807', '9223372036854775807')).toBe(true);
    expect(same('NaN', 'NaN')).toBe(true);
    expect(same('1', 2)).toBe(false);
    expect(same("'1'", 1)).toBe(false);
    expect(same('null', false)).toBe(false);
  });

  it('compares temporal and duration strings by meaning', () => {
    expect(same("'12:31'", '12:31:00')).toBe(true);
    expect(same("'2015-07-21T21:40:32.142+01:00'", '2015-07-21T21:40:32.142000000+01:00')).toBe(true);
    expect(same("'P1Y2M3DT4H'", 'P14M3DT14400S')).toBe(true);
    expect(same("'PT0.5S'", 'P0M0DT0.5S')).toBe(true);
    expect(same("'P1Y'", 'P11M0DT0S')).toBe(false);
    expect(same("'12:31'", '12:32:00')).toBe(false);
  });

  it('compares nodes by label set and properties, relationships by type and properties', () => {
    const node = { _type: 'node', id: 'x', labels: ['B', 'A'], properties: { p: 1 } };
    expect(same('(:A:B {p: 1})', node)).toBe(true);
    expect(same('(:A {p: 1})', node)).toBe(false);
    expect(same('(:A:B {p: 2})', node)).toBe(false);
    const rel = { _type: 'relationship', id: 'r', type: 'T', source: 'a', target: 'b', properties: {} };
    expect(same('[:T]', rel)).toBe(true);
    expect(same('[:U]', rel)).toBe(false);
    expect(same('[[:T], {k: [1, 2]}]', [rel, { k: [1, 2] }])).toBe(true);
  });

  it('resolves paths through the response graph, direction included', () => {
    const graph: GraphElements = {
      nodes: [
        { data: { id: 'a', labels: ['A'], properties: {} } },
        { data: { id: 'b', labels: ['B'], properties: {} } },
      ],
      edges: [{ data: { id: 'r', source: 'b', target: 'a', type: 'T', properties: {} } }],
    };
    const path = { _type: 'path', length: 1, nodes: ['a', 'b'], relationships: ['r'] };
    expect(same('<(:A)<-[:T]-(:B)>', path, graph)).toBe(true);
    expect(same('<(:A)-[:T]->(:B)>', path, graph)).toBe(false);
  });

  it('compares tables in order or as multisets, and list elements in any order when asked', () => {
    const table = (rows: string[][]) => ({ columns: ['x'], rows: rows.map((r) => r.map(parseTckValue)) });
    expect(tableDifference(table([['1'], ['2']]), table([['2'], ['1']]), false, exact)).toBeUndefined();
    expect(tableDifference(table([['1'], ['2']]), table([['2'], ['1']]), true, exact)).toMatch(/rows/);
    expect(tableDifference(table([['1'], ['1']]), table([['1'], ['2']]), false, exact)).toMatch(/rows/);
    const lists = [table([['[1, 2]']]), table([['[2, 1]']])] as const;
    expect(tableDifference(...lists, true, exact)).toMatch(/rows/);
    expect(tableDifference(...lists, true, { ignoreListOrder: true })).toBeUndefined();
  });

  it('refuses text that is not a TCK value, naming it', () => {
    expect(() => parseTckValue('(:A')).toThrow(/\(:A/);
    expect(() => parseTckValue('1 2')).toThrow(/after the value/);
  });
});
