// How sure a claim is, where the researcher reads evidence: the evidence drawer's line of
// independent sources ('2 independent sources: A, B; 1 copy'), and a person's or an
// organization's contradictions in the inspector, each claim with its source and article.
import {
  type ArticleMetaOut,
  type Contradiction,
  type ContradictionClaim,
  CONTRADICTION_KINDS,
  type Corroboration,
  type EntityResponse,
  type StatedTerm,
  termText,
} from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { fill, h } from '../core/dom.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The term the sources state, told apart from the days it was cited: ' · 2016–2018 (stated)'. */
function statedPart(stated: StatedTerm | undefined): string {
  if (!stated) return '';
  const term = termText({ validFrom: stated.from?.date, validTo: stated.to?.date });
  return [
    term ? ` · ${term} (stated)` : '',
    stated.endedBy ? ` · ended by ${stated.endedBy} (former, no date stated)` : '',
  ].join('');
}

/** The line's parts: the outlets are set apart, as Arabic names among English words must be. */
function sourceParts(c: Corroboration) {
  const unnamed = c.independentSources - c.outlets.length;
  const state = c.state ? ` · ${c.state}` : '';
  const contradicted = c.contradicted ? ' · contradicted' : '';
  const cited = !c.firstCited
    ? ''
    : c.firstCited === c.lastCited
      ? ` · cited ${c.firstCited} (article date)`
      : ` · cited ${c.firstCited} to ${c.lastCited} (article dates)`;
  return {
    head: `${plural(c.independentSources, 'independent source')}: `,
    outlets: c.outlets,
    unnamed: unnamed > 0 ? plural(unnamed, 'unnamed outlet') : '',
    tail: `; ${plural(c.copies, 'copy', 'copies')} · ${c.confidence} confidence${state}${contradicted}${statedPart(c.stated)}${cited}`,
  };
}

/** '3 independent sources: A, B, C; 2 copies', with the confidence and the state the text gives. */
export function sourcesLine(c: Corroboration): string {
  const { head, outlets, unnamed, tail } = sourceParts(c);
  return `${head}${[...outlets, ...(unnamed ? [unnamed] : [])].join(', ')}${tail}`;
}

/** The drawer's line for a drawn edge, from its claims' answer (every member has the group's). */
export function sourcesSection(corroboration: Corroboration | undefined): HTMLElement | null {
  if (!corroboration) return null;
  const { head, outlets, unnamed, tail } = sourceParts(corroboration);
  const names = [...outlets.map((outlet) => h('bdi', {}, outlet)), ...(unnamed ? [unnamed] : [])];
  return h(
    'p',
    { class: `sources confidence-${corroboration.confidence}`, 'data-testid': 'sources' },
    head,
    ...names.flatMap((name, i) => (i === 0 ? [name] : [', ', name])),
    tail,
  );
}

/** ' · republished copy of <outlet>' beside an evidence item's source, for a copy. */
export function copyNote(article: ArticleMetaOut | null): HTMLElement | null {
  const original = article?.copyOf;
  if (!original) return null;
  return h(
    'span',
    { class: 'copy-of', 'data-testid': 'copy-of' },
    ' · republished copy of ',
    h('bdi', {}, original.outlet ?? original.title ?? original.id),
  );
}

/** A claim's own stated term, for a list of its sources: 'stated 2016–2018'. */
export function stated(claim: { validFrom?: string; validTo?: string }): string {
  const term = termText(claim);
  return term ? `stated ${term}` : '';
}

const CONTRADICTION_LABELS = new Set(['Person', 'Organization', 'Unit']);

function claimItem(core: Core, claim: ContradictionClaim): HTMLElement {
  const what = [
    claim.type === 'HOLDS_ROLE' ? claim.role : claim.type,
    claim.status,
    stated(claim),
    claim.negated ? 'denied' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return h(
    'li',
    {},
    `${claim.asOf?.slice(0, 10) ?? 'undated'} · `,
    h('bdi', {}, claim.outlet ?? 'unknown outlet'),
    ` · ${what} · `,
    h('bdi', { dir: 'auto' }, claim.target.name ?? claim.target.id),
    ' ',
    claim.article
      ? h(
          'button',
          {
            type: 'button',
            class: 'link',
            onclick: () => void core.services.require('openArticle')(claim.article!, claim.id),
          },
          'Open article',
        )
      : null,
  );
}

function contradictionItem(core: Core, c: Contradiction): HTMLElement {
  return h(
    'li',
    { class: 'contradiction', 'data-kind': c.kind },
    h('p', { dir: 'auto' }, h('strong', {}, CONTRADICTION_KINDS[c.kind]), ': ', c.summary),
    h('ul', {}, ...c.claims.map((claim) => claimItem(core, claim))),
  );
}

/**
 * The contradictions of an entity from GET /api/contradictions, filled in when they come: for the
 * inspector and the profile's "Where sources disagree".
 */
export function contradictionsOf(core: Core, entityId: string): HTMLElement {
  const body = h(
    'div',
    { class: 'contradictions-of' },
    h('p', { class: 'note' }, 'Looking for contradictions…'),
  );
  void core
    .attempt('contradictions', () => core.api.contradictions(entityId))
    .then((answer) => {
      if (!answer) return;
      const found = answer.contradictions;
      fill(
        body,
        found.length === 0
          ? h('p', { class: 'note' }, 'No contradictions found.')
          : h('ol', { class: 'contradictions' }, ...found.map((c) => contradictionItem(core, c))),
      );
    });
  return body;
}

export function registerCorroboration(core: Core): void {
  core.services.contribute('inspector-section', ({ entity }: EntityResponse) => {
    if (!CONTRADICTION_LABELS.has(entity.label)) return null;
    return h(
      'section',
      { 'data-testid': 'contradictions', 'aria-label': 'Contradictions' },
      h('h3', {}, 'Contradictions'),
      contradictionsOf(core, entity.id),
    );
  });
}
