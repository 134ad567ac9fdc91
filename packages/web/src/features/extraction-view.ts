// What the extractor read in one article, before it is written: the entities by kind, and each
// role and relation with the sentence it was read from, so an editor can judge the reading.
import { type IngestPreviewResponse, type Predicate, predicateToClaimType } from '@shabaka/model';
import { h } from '../core/dom.ts';
import { claimTypeLabel, type LabelLanguage, roleLabel, statusLabel } from '../core/labels.ts';

type Extraction = IngestPreviewResponse['extraction'];

/** A titled list with its count (entities of a kind, claims read); nothing when it is empty. */
const titledList = <T>(
  kind: 'add-names' | 'add-claims',
  title: string,
  testId: string,
  items: readonly T[],
  item: (value: T) => HTMLElement,
) =>
  items.length === 0
    ? null
    : h(
        'div',
        { class: kind, 'data-testid': testId },
        h('h4', {}, `${title} (${items.length})`),
        h('ul', {}, ...items.map(item)),
      );

const names = (title: string, testId: string, items: readonly { name: string }[]) =>
  titledList('add-names', title, testId, items, (entity) =>
    h('li', { dir: 'auto' }, h('bdi', {}, entity.name)),
  );

const sentence = (evidence: { text: string } | undefined) =>
  h('blockquote', { class: 'sentence', dir: 'auto' }, evidence?.text ?? '(no sentence recorded)');

const qualifiers = (item: { hedged?: boolean; negated?: boolean; attributedTo?: string }) =>
  [
    item.hedged ? 'hedged' : '',
    item.negated ? 'denied' : '',
    item.attributedTo ? `according to ${item.attributedTo}` : '',
  ]
    .filter(Boolean)
    .map((q) => ` · ${q}`)
    .join('');

const roles = (extraction: Extraction, language: LabelLanguage) =>
  titledList('add-claims', 'Roles', 'preview-roles', extraction.roles, (role) =>
    h(
      'li',
      { 'data-role': role.role },
      h('bdi', { class: 'person' }, role.person),
      ' — ',
      h('span', { class: 'role' }, roleLabel(role.role, language)),
      role.org ? ' · ' : '',
      role.org ? h('bdi', {}, role.org) : null,
      role.place ? ' · ' : '',
      role.place ? h('bdi', {}, role.place) : null,
      ` · ${statusLabel(role.status, language)}${qualifiers(role)}`,
      sentence(role.evidence),
    ),
  );

// The predicate reads as the model declares its claim type, in the chosen language.
const relations = (extraction: Extraction, language: LabelLanguage) =>
  titledList('add-claims', 'Relations', 'preview-relations', extraction.relations, (relation) =>
    h(
      'li',
      {},
      h('bdi', {}, relation.subject),
      ` ${claimTypeLabel(predicateToClaimType(relation.predicate as Predicate), language)} `,
      h('bdi', {}, relation.object),
      qualifiers(relation),
      sentence(relation.evidence),
    ),
  );

export function extractionView(preview: IngestPreviewResponse, language: LabelLanguage): HTMLElement {
  const { article, extraction, planned } = preview;
  return h(
    'div',
    { class: 'extraction-view' },
    h(
      'p',
      { class: 'meta' },
      h('bdi', {}, article.title ?? article.id),
      ` · `,
      h('bdi', {}, article.outlet ?? 'unknown outlet'),
      ` · ${article.publishedAt ?? 'undated'} · ${article.language ?? '?'} · would write ${planned.entities} entities and ${planned.claims} claims`,
      planned.skipped ? ` (${planned.skipped} items left out)` : '',
    ),
    names('People', 'preview-persons', extraction.persons),
    names('Organizations', 'preview-organizations', extraction.organizations),
    names('Units', 'preview-units', extraction.units),
    names('Places', 'preview-places', extraction.places),
    roles(extraction, language),
    relations(extraction, language),
    extraction.persons.length + extraction.organizations.length === 0
      ? h('p', { class: 'note' }, 'The extractor found no person or organization in this text.')
      : null,
  );
}
