// Example queries that answer real questions on the seed article's graph.
import type { Core, LayoutName, ResultView } from '../core/core.ts';
import { h } from '../core/dom.ts';

export interface Example {
  question: string;
  query: string;
  params?: Record<string, unknown>;
  view?: ResultView;
  layout?: LayoutName;
}

export const EXAMPLES: readonly Example[] = [
  {
    question: 'Who led the group in south Damascus, and who replaced whom?',
    query: `MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
WHERE r.role IN ['leader', 'media_chief', 'security_chief']
OPTIONAL MATCH (p)-[x:REPLACED]-(q:Person)
RETURN p, r, o, x, q`,
  },
  {
    question: 'Organization chart: the units of a group and who holds roles in them',
    query: `MATCH (o:Organization {name: $org})<-[r:PART_OF|HOLDS_ROLE]-(x)
OPTIONAL MATCH (p:Person)-[h:HOLDS_ROLE]->(x)
RETURN o, r, x, p, h`,
    params: { org: 'داعش' },
    layout: 'dagre',
  },
  {
    question: 'Who was arrested, by whom, and what roles did they hold?',
    query: `MATCH (a)-[r:ARRESTED]->(b:Person)
OPTIONAL MATCH (b)-[h:HOLDS_ROLE]->(o)
RETURN a, r, b, h, o`,
  },
  {
    question: 'Which group controls which place?',
    query: `MATCH (o:Organization)-[r:CONTROLS]->(pl:Place)
RETURN o, r, pl`,
  },
  {
    question: 'Role changes: former, appointed and dismissed office holders',
    query: `MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
WHERE r.status IN ['former', 'appointed', 'dismissed']
RETURN p, r, o`,
  },
  {
    // `key` is the name folded (hamza and alef forms, taa marbuta, diacritics): any spelling of
    // the parameter finds it once "Fold spelling" has folded it the same way.
    question: 'Everything said about a person, by any spelling of the name',
    query: `MATCH (p:Person)-[r]-(x)
WHERE p.key CONTAINS $name AND NOT x:Article
RETURN p, r, x`,
    params: { name: 'راتب' },
  },
  {
    question: 'Roles as a table, with the sentence each was read from',
    query: `MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
RETURN p.name AS person, r.role AS role, r.status AS status, o.name AS organization, r.evidence AS sentence
ORDER BY role`,
    view: 'table',
  },
];

export function registerExamples(core: Core): void {
  const list = h('ul', { class: 'link-list' });
  // An example's layout (the org chart's hierarchy) is lent to its own result only: the next
  // other query is drawn force-directed again, unless the researcher chose a layout meanwhile.
  let lentTo: string | null = null;
  const lend = (layout: LayoutName, query: string) => {
    core.setLayout(layout, { relayout: false });
    lentTo = query;
  };
  core.on('layout-changed', () => {
    lentTo = null;
  });
  core.on('query-started', ({ query }) => {
    if (lentTo !== null && query !== lentTo) core.setLayout('fcose', { relayout: false });
  });
  for (const example of EXAMPLES) {
    const load = () => {
      if (example.layout && example.layout !== core.layout) lend(example.layout, example.query);
      core.setView(example.view ?? 'graph');
      core.emit('editor-load', { query: example.query, params: example.params ?? {}, run: true });
    };
    list.append(h('li', {}, h('button', { type: 'button', class: 'link', onclick: load }, example.question)));
  }
  core.regions.workbench.append(
    h(
      'details',
      { class: 'panel', open: true, 'data-testid': 'examples' },
      h('summary', {}, h('h2', {}, 'Example questions')),
      list,
    ),
  );
}
