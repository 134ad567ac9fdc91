import { expect, test } from 'vitest';
import { decodeLink, encodeLink } from './permalink.ts';

test('a link carries query, parameters, view, layout and the Latin toggle, and reads back the same', () => {
  const state = {
    query: "MATCH (p:Person {name: $name}) RETURN p // 'أبو نجم' & more",
    params: { name: 'أبو نجم', n: 3 },
    view: 'table' as const,
    layout: 'dagre' as const,
    latin: true,
  };
  expect(decodeLink(`#${encodeLink(state)}`)).toEqual(state);
});

test('defaults stay out of the link and damaged parts are ignored', () => {
  expect(encodeLink({ view: 'graph', layout: 'fcose', latin: false, params: {} })).toBe('');
  expect(decodeLink('#q=MATCH%20(n)%20RETURN%20n&p=%7Bbroken&view=nonsense')).toEqual({
    query: 'MATCH (n) RETURN n',
  });
});

test('a saved investigation’s link names it alone: the investigation holds the rest', () => {
  const link = encodeLink({ investigation: 'b7c1-42', query: 'MATCH (n) RETURN n', layout: 'dagre' });
  expect(link).toBe('investigation=b7c1-42');
  expect(decodeLink(`#${link}`)).toEqual({ investigation: 'b7c1-42' });
});
