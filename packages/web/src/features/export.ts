// Exports: PNG of the canvas, CSV of the table, JSON of the elements, GraphML, and an
// evidence pack (zip) with the elements, the table, the source articles and their sentences,
// and the query with its parameters.
import { API_LIMITS, type ArticleMetaOut, CLAIM_TYPES, type ClaimResponse, type Graph } from '@shabaka/model';
import JSZip from 'jszip';
import type { Core } from '../core/core.ts';
import { download, h } from '../core/dom.ts';
import { toGraphml } from '../core/graphml.ts';
import { relationshipsTable, rowsTable, type Table, toCsv } from '../core/tables.ts';

/** Articles fetched at most for one evidence pack (for the quoted words). */
const PACK_ARTICLE_CAP = 200;
/** Claims put at most in one evidence pack. */
const PACK_CLAIM_CAP = 5000;

const CLAIM_TYPE_SET = new Set<string>(CLAIM_TYPES);

/** What is on the canvas now: visible nodes and the claims behind the visible edges. */
export function visibleGraph(core: Core): Graph {
  const members = new Set<string>();
  for (const edge of core.cy.edges()) for (const id of edge.data('members') as string[]) members.add(id);
  return {
    nodes: core.cy
      .nodes()
      .map((n) => core.store.nodes.get(n.id()))
      .filter((data) => data !== undefined)
      .map((data) => ({ data })),
    edges: [...members]
      .map((id) => core.store.edges.get(id))
      .filter((d) => d !== undefined)
      .map((data) => ({ data })),
  };
}

/** The table the researcher sees: the query's rows in the Table view, else the canvas's relationships. */
export function currentTable(core: Core): Table {
  const run = core.lastRun;
  return core.view === 'table' && run && run.result.columns.length > 0
    ? rowsTable(run.result)
    : relationshipsTable(core.cy, core.preferences.latin);
}

/** Fetches claims' evidence with the batch endpoint, `API_LIMITS.claimsPerRequest` at a time. */
async function claimsInBatches(core: Core, ids: readonly string[]): Promise<ClaimResponse[]> {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += API_LIMITS.claimsPerRequest)
    batches.push(ids.slice(i, i + API_LIMITS.claimsPerRequest));
  const answers = await Promise.all(batches.map((batch) => core.api.claims(batch)));
  return answers.flatMap((answer) => answer.claims);
}

async function evidencePack(core: Core): Promise<Blob> {
  const graph = visibleGraph(core);
  const claimIds = graph.edges
    .map((e) => e.data)
    .filter((d) => CLAIM_TYPE_SET.has(d.type))
    .map((d) => d.id)
    .slice(0, PACK_CLAIM_CAP);
  const evidence = await claimsInBatches(core, claimIds);
  const articleMeta = new Map<string, ArticleMetaOut>();
  for (const { article } of evidence) if (article) articleMeta.set(article.id, article);
  // the exact words of each claim are cut from its article's text
  const articleIds = [...articleMeta.keys()].slice(0, PACK_ARTICLE_CAP);
  const texts = new Map(
    await Promise.all(
      articleIds.map(
        async (id) => [id, (await core.api.article(id).catch(() => undefined))?.article.text] as const,
      ),
    ),
  );
  const zip = new JSZip();
  const stamp = new Date().toISOString();
  zip.file('elements.json', JSON.stringify(graph, null, 2));
  zip.file('table.csv', toCsv(currentTable(core)));
  zip.file('articles.json', JSON.stringify([...articleMeta.values()], null, 2));
  const quoted = evidence.map(({ claim: c, article: a }) => {
    const text = a ? texts.get(a.id) : undefined;
    return {
      ...c,
      articleTitle: a?.title,
      outlet: a?.outlet,
      publishedAt: a?.publishedAt,
      quote:
        text !== undefined && c.start !== undefined && c.end !== undefined
          ? text.slice(c.start, c.end)
          : undefined,
    };
  });
  zip.file('evidence.json', JSON.stringify(quoted, null, 2));
  zip.file(
    'evidence.csv',
    toCsv({
      caption: 'evidence',
      headers: [
        'claim',
        'type',
        'role',
        'status',
        'from',
        'to',
        'outlet',
        'publishedAt',
        'title',
        'quote',
        'sentence',
        'confidence',
        'extractor',
      ],
      rows: quoted.map((c) => [
        c.id,
        c.type,
        c.role ?? '',
        c.status ?? '',
        c.source.name ?? c.source.id,
        c.target.name ?? c.target.id,
        c.outlet ?? '',
        c.publishedAt ?? '',
        c.articleTitle ?? '',
        c.quote ?? '',
        c.evidence ?? '',
        String(c.confidence ?? ''),
        c.extractor ?? '',
      ]),
    }),
  );
  const run = core.lastRun;
  zip.file(
    'query.cypher',
    run ? `${run.query}\n` : '// no query: the canvas was built by search and expansion\n',
  );
  zip.file('params.json', JSON.stringify(run?.params ?? {}, null, 2));
  const investigation = core.services.optional('currentInvestigation')?.();
  if (investigation) {
    const { id, name, notes, changed } = investigation;
    zip.file('investigation.json', JSON.stringify({ id, name, notes, unsavedChanges: changed }, null, 2));
  }
  zip.file(
    'README.txt',
    `Shabaka evidence pack, ${stamp}\n${investigation ? `Investigation: ${investigation.name}\n` : ''}Link: ${location.href}\n${graph.nodes.length} nodes, ${graph.edges.length} claims, ${articleMeta.size} source articles.\n`,
  );
  return zip.generateAsync({ type: 'blob' });
}

export function registerExport(core: Core): void {
  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const text = (content: string, type: string) => new Blob([content], { type });
  const exports: { title: string; file: string; make: () => Blob | Promise<Blob> }[] = [
    {
      title: 'PNG',
      file: 'png',
      make: () => core.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
    },
    { title: 'CSV', file: 'csv', make: () => text(toCsv(currentTable(core)), 'text/csv;charset=utf-8') },
    {
      title: 'JSON',
      file: 'json',
      make: () => text(JSON.stringify(visibleGraph(core), null, 2), 'application/json'),
    },
    { title: 'GraphML', file: 'graphml', make: () => text(toGraphml(visibleGraph(core)), 'application/xml') },
    { title: 'Evidence pack', file: 'evidence.zip', make: () => evidencePack(core) },
  ];
  const menu = h(
    'div',
    { class: 'export', role: 'group', 'aria-label': 'Export' },
    h('span', { class: 'group-label' }, 'Export'),
    ...exports.map((item) =>
      h(
        'button',
        {
          type: 'button',
          onclick: () =>
            void core.attempt('export', async () =>
              download(`shabaka-${stamp()}.${item.file}`, await item.make()),
            ),
        },
        item.title,
      ),
    ),
  );
  core.regions.toolbar.append(menu);
}
