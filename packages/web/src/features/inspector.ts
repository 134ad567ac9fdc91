// The inspector: a node's properties, aliases, roles over time and the articles that mention
// it; an edge's evidence (every article behind it, the sentence with the exact span marked,
// extractor and confidence).
import { API_LIMITS, CLAIM_TYPES, type ClaimResponse, type EntityResponse } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { fill, h, sourceLink } from '../core/dom.ts';
import { claimGroupKey } from '../core/elements.ts';
import { spanInSentence } from '../core/spans.ts';
import { displayName } from '../core/text.ts';
import { claimColor } from './claim-colors.ts';
import { copyNote, sourcesSection, stated } from './corroboration.ts';

/** Claims fetched at most for one drawn edge (one request). */
const EVIDENCE_CAP = Math.min(25, API_LIMITS.claimsPerRequest);

const CLAIM_TYPE_SET = new Set<string>(CLAIM_TYPES);

/** Labels that have a profile screen. */
const PROFILED = new Set(['Person', 'Organization', 'Unit']);

export function registerInspector(core: Core): void {
  const panel = core.regions.inspector;
  const articleTexts = new Map<string, Promise<string | undefined>>();
  const articleText = (id: string) => {
    let text = articleTexts.get(id);
    if (!text) {
      text = core.api.article(id).then(
        (a) => a.article.text,
        () => undefined,
      );
      articleTexts.set(id, text);
    }
    return text;
  };

  const show = (...children: (Node | string | null)[]) => {
    fill(panel, ...children);
    panel.hidden = false;
  };

  const articleButton = (id: string, claim?: string) =>
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => void core.services.require('openArticle')(id, claim) },
      'Open article',
    );

  // A reply to an earlier selection that comes after a later one's is not shown over it.
  let selection = 0;
  core.on('node-selected', async ({ id }) => {
    const mine = ++selection;
    const entity = await core.attempt('inspector', () => core.api.entity(id));
    if (entity && mine === selection) show(...nodeView(core, entity, articleButton));
  });

  core.on('edge-selected', async ({ id, members }) => {
    ++selection;
    const stored = members.map((m) => core.store.edges.get(m)).filter((e) => e !== undefined);
    const first = stored[0];
    if (!first) return;
    const source = core.store.nodes.get(first.source);
    const target = core.store.nodes.get(first.target);
    const name = (n: typeof source) => (n ? displayName(n, core.preferences.latin) : '?');
    const header = h(
      'header',
      {},
      h(
        'h2',
        {},
        h('bdi', {}, name(source)),
        ` → ${core.cy.getElementById(id).data('label') ?? first.type} → `,
        h('bdi', {}, name(target)),
      ),
      h(
        'p',
        { class: 'meta' },
        `${members.length} claim${members.length === 1 ? '' : 's'} from ${new Set(stored.map((e) => e.article)).size} article(s)`,
      ),
    );
    const separate =
      members.length > 1
        ? h(
            'button',
            {
              type: 'button',
              onclick: () => {
                core.expandedGroups.add(claimGroupKey(first));
                core.render();
              },
            },
            'Show each claim as its own edge',
          )
        : null;
    if (!CLAIM_TYPE_SET.has(first.type)) {
      show(header, propertiesTable(first.properties));
      return;
    }
    const list = h('ol', { class: 'evidence-list', 'data-testid': 'evidence' });
    show(header, separate, h('section', { 'aria-label': 'Evidence' }, h('h3', {}, 'Evidence'), list));
    const wanted = members.slice(0, EVIDENCE_CAP);
    const batch = await core.attempt('inspector', () => core.api.claims(wanted));
    const sources = sourcesSection(batch?.claims.find((c) => c.corroboration)?.corroboration);
    if (sources) header.append(sources);
    for (const response of batch?.claims ?? [])
      list.append(await evidenceItem(response, articleText, articleButton));
    if (members.length > wanted.length)
      list.after(h('p', { class: 'note' }, `Showing ${wanted.length} of ${members.length} claims.`));
  });

  core.cy.on('tap', 'node', (event) => core.selectNode(event.target.id(), { fromCanvas: true }));
  core.cy.on('tap', 'edge', (event) => core.selectEdge(event.target.id(), { fromCanvas: true }));
}

async function evidenceItem(
  { claim, article }: ClaimResponse,
  articleText: (id: string) => Promise<string | undefined>,
  articleButton: (id: string, claim?: string) => HTMLElement,
): Promise<HTMLElement> {
  const sentence = h('blockquote', { class: 'sentence', dir: 'auto', lang: 'ar' });
  const evidence = claim.evidence ?? '';
  const text = article ? await articleText(article.id) : undefined;
  const span =
    text !== undefined && claim.start !== undefined && claim.end !== undefined
      ? spanInSentence(text, evidence, { start: claim.start, end: claim.end })
      : null;
  if (span) {
    sentence.append(
      evidence.slice(0, span.start),
      h(
        'mark',
        { style: `border-bottom:3px solid ${claimColor(claim.type)}` },
        evidence.slice(span.start, span.end),
      ),
      evidence.slice(span.end),
    );
  } else {
    sentence.textContent = evidence || '(no sentence recorded)';
  }
  const qualifiers = [
    claim.hedged ? 'hedged' : '',
    claim.negated ? 'negated' : '',
    claim.attributedTo ? `attributed to ${claim.attributedTo}` : '',
    stated(claim),
  ]
    .filter(Boolean)
    .join(', ');
  return h(
    'li',
    { class: 'evidence-item' },
    h(
      'p',
      { class: 'source' },
      h('bdi', { class: 'outlet' }, article?.outlet ?? 'unknown outlet'),
      ` · ${article?.publishedAt?.slice(0, 10) ?? claim.asOf?.slice(0, 10) ?? 'undated'} · `,
      h('bdi', { class: 'title' }, article?.title ?? claim.id),
      copyNote(article),
    ),
    sentence,
    h(
      'p',
      { class: 'meta' },
      `${claim.title ? `“` : ''}`,
      claim.title ? h('bdi', {}, claim.title) : null,
      claim.title ? '” · ' : '',
      `extractor ${claim.extractor ?? 'unknown'}${claim.olderEngine ? ' (extracted by an older engine)' : ''} · confidence ${claim.confidence ?? '?'}`,
      claim.status ? ` · ${claim.status}` : '',
      qualifiers ? ` · ${qualifiers}` : '',
      ' ',
      article ? articleButton(article.id, claim.id) : null,
      article?.url ? ' ' : '',
      sourceLink(article?.url),
    ),
  );
}

function nodeView(
  core: Core,
  response: EntityResponse,
  articleButton: (id: string, claim?: string) => HTMLElement,
): (Node | null)[] {
  const { entity, degree, articles, roles } = response;
  const aliases = Array.isArray(entity.properties['aliases'])
    ? (entity.properties['aliases'] as unknown[]).map(String)
    : [];
  return [
    h(
      'header',
      {},
      h('h2', { dir: 'auto', 'data-testid': 'inspector-name' }, entity.name ?? entity.id),
      entity.latin ? h('p', { class: 'latin' }, entity.latin) : null,
      h('p', { class: 'meta' }, `${entity.labels.join(', ')}${entity.kind ? ` · ${entity.kind}` : ''}`),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', onclick: () => void core.services.require('expandNode')(entity.id) },
          'Expand…',
        ),
        core.services.optional('openProfile') && PROFILED.has(entity.label)
          ? h(
              'button',
              {
                type: 'button',
                'data-testid': 'open-profile',
                onclick: () => void core.services.require('openProfile')(entity),
              },
              entity.label === 'Person' ? 'Profile: roles over time' : 'Profile: roster, units, territory',
            )
          : null,
        ...core.services.contributions('inspector-action').map((action) => action(response)),
      ),
    ),
    aliases.length
      ? h(
          'section',
          {},
          h('h3', {}, 'Aliases'),
          h('ul', { class: 'aliases' }, ...aliases.map((a) => h('li', { dir: 'auto' }, a))),
        )
      : null,
    roles.length
      ? h(
          'section',
          { 'data-testid': 'roles' },
          h('h3', {}, 'Roles over time'),
          h(
            'table',
            { class: 'data-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['as of', 'role', 'status', 'in', 'evidence'].map((c) => h('th', { scope: 'col' }, c)),
              ),
            ),
            h(
              'tbody',
              {},
              ...roles.map((role) =>
                h(
                  'tr',
                  {},
                  h('td', {}, role.asOf?.slice(0, 10) ?? 'undated'),
                  h('td', {}, role.role ?? ''),
                  h('td', {}, role.status ?? ''),
                  h('td', { dir: 'auto' }, role.org.name ?? role.org.id),
                  h('td', {}, role.article ? articleButton(role.article, role.claim) : ''),
                ),
              ),
            ),
          ),
        )
      : null,
    degree.length
      ? h(
          'section',
          {},
          h('h3', {}, 'Relationships'),
          h(
            'ul',
            { class: 'degree' },
            ...degree.map((d) => h('li', {}, `${d.type} (${d.direction}): ${d.count}`)),
          ),
        )
      : null,
    h(
      'section',
      { 'data-testid': 'mentioned-in' },
      h('h3', {}, `Mentioned in ${articles.length} article${articles.length === 1 ? '' : 's'}`),
      h(
        'ul',
        { class: 'articles' },
        ...articles.map((a) =>
          h(
            'li',
            {},
            h('bdi', {}, a.title ?? a.id),
            h(
              'span',
              { class: 'meta' },
              ' · ',
              h('bdi', {}, a.outlet ?? ''),
              ` · ${a.publishedAt?.slice(0, 10) ?? 'undated'} · ${a.count}× `,
            ),
            articleButton(a.id),
          ),
        ),
      ),
    ),
    ...core.services.contributions('inspector-section').map((section) => section(response)),
    h('section', {}, h('h3', {}, 'Properties'), propertiesTable(entity.properties)),
  ];
}

function propertiesTable(properties: Record<string, unknown>): HTMLElement {
  return h(
    'table',
    { class: 'properties' },
    h(
      'tbody',
      {},
      ...Object.entries(properties)
        .filter(([key]) => key !== 'text')
        .map(([key, value]) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, key),
            h('td', { dir: 'auto' }, typeof value === 'string' ? value : JSON.stringify(value)),
          ),
        ),
    ),
  );
}
