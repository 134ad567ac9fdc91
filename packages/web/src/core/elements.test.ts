import { describe, expect, test } from 'vitest';
import { drawnEdges, type EdgeData, edgeLabel, emptyFilters, GraphStore, isNodeVisible } from './elements.ts';

const claim = (id: string, extra: Partial<EdgeData> = {}): EdgeData => ({
  id,
  source: 'a',
  target: 'b',
  type: 'HOLDS_ROLE',
  role: 'leader',
  status: 'current',
  confidence: 0.9,
  article: `article-${id}`,
  properties: {},
  ...extra,
});
const both = new Set(['a', 'b']);

describe('drawnEdges', () => {
  test('parallel claims of the same type, role and status collapse into one edge with a count and source count', () => {
    const edges = drawnEdges(
      [claim('1'), claim('2'), claim('3', { article: 'article-1' })],
      emptyFilters(),
      both,
      new Set(),
    );
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      label: 'leader (current) ×3',
      count: 3,
      sources: 2,
      members: ['1', '2', '3'],
    });
  });

  test("a group's width is its independent outlets when the server counted them, copies once", () => {
    const corroboration = {
      independentSources: 1,
      outlets: ['North Agency'],
      articles: 2,
      copies: 1,
      confidence: 'low' as const,
      contradicted: true,
    };
    const [edge] = drawnEdges(
      [claim('1', { corroboration }), claim('2', { corroboration })],
      emptyFilters(),
      both,
      new Set(),
    );
    expect(edge).toMatchObject({ count: 2, sources: 1, contradicted: true });
  });

  test('an expanded group is drawn as its separate claims; other roles never merge', () => {
    const first = drawnEdges([claim('1'), claim('2')], emptyFilters(), both, new Set())[0]!;
    const key = first.id.slice('group:'.length);
    const separate = drawnEdges(
      [claim('1'), claim('2'), claim('3', { role: 'media_chief' })],
      emptyFilters(),
      both,
      new Set([key]),
    );
    expect(separate.map((e) => e.id).sort()).toEqual(['1', '2', '3']);
  });

  test('an edge is dashed only when every claim behind it has low confidence', () => {
    const low = drawnEdges(
      [claim('1', { confidence: 0.3 }), claim('2', { confidence: 0.5 })],
      emptyFilters(),
      both,
      new Set(),
    );
    const mixed = drawnEdges(
      [claim('1', { confidence: 0.3 }), claim('2', { confidence: 0.9 })],
      emptyFilters(),
      both,
      new Set(),
    );
    expect(low[0]!.lowConfidence).toBe(true);
    expect(mixed[0]!.lowConfidence).toBe(false);
  });

  test('filters drop claims by type, role, status and as-of day; undated claims stay, marked, unless left out', () => {
    const edges = [
      claim('early', { asOf: '2018-03-01T10:00:00Z', role: 'media_chief' }),
      claim('late', { asOf: '2018-05-01' }),
      claim('undated', { type: 'CONTROLS', role: undefined, status: undefined }),
    ];
    const ids = (filters = emptyFilters()) =>
      drawnEdges(edges, filters, both, new Set())
        .flatMap((e) => e.members)
        .sort();
    expect(ids()).toEqual(['early', 'late', 'undated']);
    expect(ids({ ...emptyFilters(), asOf: '2018-03-01', keepUndated: false })).toEqual(['early']);
    const onDay = drawnEdges(edges, { ...emptyFilters(), asOf: '2018-03-01' }, both, new Set());
    expect(onDay.map((e) => [e.members[0], e.undated ?? false])).toEqual([
      ['early', false],
      ['undated', true],
    ]);
    expect(ids({ ...emptyFilters(), hiddenTypes: new Set(['CONTROLS']) })).toEqual(['early', 'late']);
    expect(ids({ ...emptyFilters(), hiddenRoles: new Set(['media_chief']) })).toEqual(['late', 'undated']);
    expect(ids({ ...emptyFilters(), hiddenStatuses: new Set(['current']) })).toEqual(['undated']);
  });

  test('claims to hidden nodes are not drawn', () => {
    expect(drawnEdges([claim('1')], emptyFilters(), new Set(['a']), new Set())).toEqual([]);
  });
});

test('edge labels name the role and its status, or the relationship type, as the model words them', () => {
  expect(edgeLabel({ type: 'HOLDS_ROLE', role: 'media_chief', status: 'former' })).toBe(
    'media chief (former)',
  );
  expect(edgeLabel({ type: 'HOLDS_ROLE', role: 'leader', status: 'unknown' })).toBe('leader');
  expect(edgeLabel({ type: 'REPLACED', role: 'media_chief' })).toBe('replaced · media chief');
  expect(edgeLabel({ type: 'CONTROLS' })).toBe('controls');
  expect(edgeLabel({ type: 'HOLDS_ROLE', role: 'sharia_official', status: 'current' }, 'ar')).toBe(
    'الشرعي (حالي)',
  );
  expect(edgeLabel({ type: 'CONTROLS' }, 'ar')).toBe('يسيطر على');
  expect(edgeLabel({ type: 'NOT_IN_THE_MODEL' })).toBe('NOT_IN_THE_MODEL');
});

test('a node is hidden when any of its labels is', () => {
  const node = { id: 'x', label: 'Person', labels: ['Person', 'Entity'], properties: {} };
  expect(isNodeVisible(node, emptyFilters())).toBe(true);
  expect(isNodeVisible(node, { ...emptyFilters(), hiddenLabels: new Set(['Person']) })).toBe(false);
});

test('the store merges without duplicates, drops dangling edges and knows its date range', () => {
  const store = new GraphStore();
  const node = (id: string) => ({ data: { id, label: 'Person', labels: ['Person'], properties: {} } });
  expect(
    store.merge({ nodes: [node('a'), node('b')], edges: [{ data: claim('1', { asOf: '2018-04-02' }) }] }),
  ).toEqual(['a', 'b']);
  expect(
    store.merge({ nodes: [node('a')], edges: [{ data: claim('2', { target: 'c', asOf: '2017-01-01' }) }] }),
  ).toEqual([]);
  expect(store.edges.size).toBe(1);
  expect(store.dateRange()).toEqual({ min: '2018-04-02', max: '2018-04-02' });
});

describe('SAME_AS links and removal', () => {
  test('a SAME_AS edge is labelled with its judgement and keeps it for the style', () => {
    const link = claim('s', { type: 'SAME_AS', role: undefined, status: undefined, judgement: 'confirmed' });
    const [drawn] = drawnEdges([link], emptyFilters(), both, new Set());
    expect(drawn).toMatchObject({ label: 'same as? confirmed', judgement: 'confirmed' });
    expect(edgeLabel({ type: 'SAME_AS' })).toBe('same as? unsure');
  });

  test('removing a node takes its edges; the nodes left without edges are found', () => {
    const store = new GraphStore();
    const node = (id: string) => ({ data: { id, label: 'Person', labels: ['Person'], properties: {} } });
    store.merge({
      nodes: [node('a'), node('b'), node('c')],
      edges: [{ data: claim('1') }, { data: claim('2', { source: 'b', target: 'c' }) }],
    });
    expect(store.remove([], ['1'])).toEqual({ nodes: [], edges: ['1'] });
    expect(store.isolatedNodes()).toEqual(['a']);
    expect(store.remove(['c'])).toEqual({ nodes: ['c'], edges: ['2'] });
    expect(store.isolatedNodes()).toEqual(['a', 'b']);
  });
});
