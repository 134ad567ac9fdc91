// The side column before anything is selected: what the graph holds (counts, dates), a legend of
// the canvas (colour and shape by label, what an edge's width, dashes and dots mean), the
// best-connected organizations with their people and places, and the most recent articles.
import { ENTITY_LABELS, type SummaryResponse } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { fill, h } from '../core/dom.ts';
import { roleLabel } from '../core/labels.ts';
import { lookOf } from '../core/style.ts';

const EDGE_LEGEND: [string, string][] = [
  ['edge-wide', 'wider: more articles say so'],
  ['edge-dashed', 'dashed: low confidence'],
  ['edge-dotted', 'dotted: same person? (SAME_AS, to judge)'],
  ['edge-count', '×N: N parallel claims, click for each source'],
];

export function legend(): HTMLElement {
  return h(
    'section',
    { class: 'legend-panel', 'data-testid': 'legend', 'aria-label': 'Legend' },
    h('h3', {}, 'Legend'),
    h(
      'ul',
      { class: 'legend-list' },
      ...ENTITY_LABELS.map((label) =>
        h(
          'li',
          {},
          h(
            'span',
            { class: 'legend-icon', style: `color:${lookOf(label).color}`, 'aria-hidden': 'true' },
            lookOf(label).icon,
          ),
          ` ${label}`,
        ),
      ),
      h('li', { class: 'meta' }, 'node size: how connected it is'),
      ...EDGE_LEGEND.map(([style, text]) =>
        h('li', {}, h('span', { class: `legend-edge ${style}`, 'aria-hidden': 'true' }), ` ${text}`),
      ),
    ),
  );
}

function summaryView(core: Core, summary: SummaryResponse): (Node | null)[] {
  const { counts, dates } = summary;
  const entities = Object.values(counts.entities).reduce((a, b) => a + b, 0);
  const language = core.labelLanguage();
  const open = (ref: { id: string; label: string; name?: string | undefined }) =>
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        dir: 'auto',
        onclick: () => void core.services.require('openProfile')(ref),
      },
      ref.name ?? ref.id,
    );
  return [
    h('h2', {}, 'In this graph'),
    h(
      'p',
      { class: 'counts', 'data-testid': 'summary-counts' },
      `${counts.articles} articles · ${entities} entities (${ENTITY_LABELS.map((l) => `${counts.entities[l] ?? 0} ${l}`).join(', ')}) · ${counts.claims} claims`,
    ),
    h(
      'p',
      { class: 'meta' },
      dates.first
        ? `Articles from ${dates.first.slice(0, 10)} to ${dates.last?.slice(0, 10)}`
        : 'No dated articles',
      dates.undatedArticles ? ` · ${dates.undatedArticles} undated` : '',
    ),
    legend(),
    h(
      'section',
      { 'data-testid': 'top-organizations' },
      h('h3', {}, 'Best-connected organizations'),
      h(
        'ol',
        { class: 'top-organizations' },
        ...summary.topOrganizations.map((t) =>
          h(
            'li',
            { class: 'top-organization' },
            open(t.organization),
            h('span', { class: 'meta' }, ` · ${t.degree} links`),
            t.people.length
              ? h(
                  'ul',
                  { class: 'people' },
                  ...t.people.map((p) =>
                    h(
                      'li',
                      {},
                      open(p.person),
                      h(
                        'span',
                        { class: 'meta' },
                        ` · ${p.roles.map((r) => roleLabel(r, language)).join(', ')}`,
                      ),
                    ),
                  ),
                )
              : null,
            t.places.length
              ? h(
                  'p',
                  { class: 'meta', dir: 'auto' },
                  `holds ${t.places.map((p) => p.name ?? p.id).join('، ')}`,
                )
              : null,
          ),
        ),
      ),
    ),
    h(
      'section',
      {},
      h('h3', {}, 'Most recent articles'),
      h(
        'ul',
        { class: 'articles' },
        ...summary.recentArticles.map((a) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                dir: 'auto',
                onclick: () => void core.services.require('openArticle')(a.id),
              },
              a.title ?? a.id,
            ),
            h('span', { class: 'meta' }, ` · ${a.publishedAt?.slice(0, 10) ?? 'undated'}`),
          ),
        ),
      ),
    ),
  ];
}

export function registerSummary(core: Core): void {
  const show = async () => {
    const summary = await core.attempt('summary', () => core.api.summary());
    // a selection made meanwhile keeps the column
    if (summary && core.regions.inspector.querySelector('[data-testid="inspector-name"]') === null)
      fill(core.regions.inspector, ...summaryView(core, summary));
  };
  void show();
  core.on('preferences-changed', () => {
    if (core.regions.inspector.querySelector('[data-testid="summary-counts"]')) void show();
  });
}
