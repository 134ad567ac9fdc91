import { expect, test } from 'vitest';
import { toGraphml } from './graphml.ts';

test('GraphML declares every attribute and escapes text', () => {
  const xml = toGraphml({
    nodes: [
      {
        data: {
          id: 'a',
          label: 'Person',
          labels: ['Person'],
          name: 'أبو "نجم" <x>',
          properties: { aliases: ['ابو نجم'] },
        },
      },
      { data: { id: 'b', label: 'Organization', labels: ['Organization'], name: 'داعش', properties: {} } },
    ],
    edges: [
      {
        data: {
          id: 'e1',
          source: 'a',
          target: 'b',
          type: 'HOLDS_ROLE',
          role: 'media_chief',
          properties: { confidence: 1 },
        },
      },
    ],
  });
  expect(xml).toContain('<key id="n_name" for="node" attr.name="name" attr.type="string"/>');
  expect(xml).toContain('<key id="e_role" for="edge" attr.name="role" attr.type="string"/>');
  expect(xml).toContain('<data key="n_name">أبو &quot;نجم&quot; &lt;x&gt;</data>');
  expect(xml).toContain('<data key="n_aliases">[&quot;ابو نجم&quot;]</data>');
  expect(xml).toContain('<edge id="e1" source="a" target="b">');
  expect(xml).toContain('<data key="e_confidence">1</data>');
});
