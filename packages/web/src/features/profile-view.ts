// The pieces of a profile screen: role periods as a table (the roster of a group, the timeline of
// a person), the status badge, a group's units as a collapsible tree with their office holders,
// links and events as lists; and the same rows as a CSV table.
import type { EntityRef, Link, ProfileEvent, RolePeriod, UnitBranch } from '@shabaka/model';
import { h } from '../core/dom.ts';
import { claimTypeLabel, type LabelLanguage, roleLabel, statusLabel } from '../core/labels.ts';
import type { Table } from '../core/tables.ts';

export interface ViewContext {
  language: LabelLanguage;
  latin: boolean;
  /** opens the profile of an entity, or nothing for a place */
  open(ref: EntityRef): void;
}

const nameOf = (ref: EntityRef, latin: boolean) => (latin && ref.latin ? ref.latin : (ref.name ?? ref.id));

export function statusBadge(status: string, language: LabelLanguage): HTMLElement {
  return h('span', { class: `badge status-${status}`, 'data-status': status }, statusLabel(status, language));
}

export function entityLink(ref: EntityRef, view: ViewContext): HTMLElement {
  if (ref.label === 'Place') return h('bdi', { dir: 'auto' }, nameOf(ref, view.latin));
  return h(
    'button',
    { type: 'button', class: 'link', dir: 'auto', onclick: () => view.open(ref) },
    nameOf(ref, view.latin),
  );
}

/** appointed 2021-03-01 → current 2022-06-10 → former 2023-01-15 */
export function transitions(period: RolePeriod, language: LabelLanguage): string {
  return period.steps
    .map(
      (s) =>
        `${statusLabel(s.status, language)}${s.asOf ? ` ${s.asOf}` : ''}${s.claims === 0 && s.asOf === period.killed ? ' (reported killed)' : ''}`,
    )
    .join(' → ');
}

const period = (p: RolePeriod) =>
  p.firstSeen === undefined
    ? 'undated'
    : p.firstSeen === p.lastSeen
      ? p.firstSeen
      : `${p.firstSeen} – ${p.lastSeen}`;

/** Role periods as rows: with the person's column on a group's roster, the body's on a person's timeline. */
export function periodsTable(
  periods: readonly RolePeriod[],
  view: ViewContext,
  columns: { person: boolean; caption: string; testId: string },
): HTMLElement {
  const headers = [
    ...(columns.person ? ['person'] : []),
    'role',
    'in',
    'status',
    'period',
    'transitions',
    'sources',
  ];
  return h(
    'table',
    { class: 'data-table roster', 'data-testid': columns.testId },
    h('caption', {}, columns.caption),
    h('thead', {}, h('tr', {}, ...headers.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...periods.map((p) =>
        h(
          'tr',
          { class: p.conflict ? 'conflict' : '', 'data-person': p.person.name ?? p.person.id },
          columns.person ? h('td', {}, entityLink(p.person, view)) : null,
          h('td', { dir: 'auto', title: p.titles.join(' · ') }, roleLabel(p.role, view.language)),
          h('td', {}, entityLink(p.body, view)),
          h(
            'td',
            {},
            statusBadge(p.status, view.language),
            p.conflict
              ? h('span', { class: 'badge conflict', title: p.conflict }, '⚠ sources disagree')
              : null,
          ),
          h('td', { class: 'dates' }, period(p)),
          h('td', { class: 'meta' }, transitions(p, view.language)),
          h('td', {}, `${p.sources}${p.undatedClaims ? ` (${p.undatedClaims} undated)` : ''}`),
        ),
      ),
    ),
  );
}

/** The same rows for a spreadsheet: codes and both labels, so a CSV is read in either language. */
export function periodsCsv(caption: string, periods: readonly RolePeriod[]): Table {
  return {
    caption,
    headers: [
      'person',
      'person_id',
      'role',
      'role_ar',
      'in',
      'in_id',
      'status',
      'first_seen',
      'last_seen',
      'transitions',
      'sources',
      'undated_claims',
      'conflict',
      'killed',
      'titles',
    ],
    rows: periods.map((p) => [
      p.person.name ?? '',
      p.person.id,
      roleLabel(p.role, 'en'),
      roleLabel(p.role, 'ar'),
      p.body.name ?? '',
      p.body.id,
      p.status,
      p.firstSeen ?? '',
      p.lastSeen ?? '',
      transitions(p, 'en'),
      String(p.sources),
      String(p.undatedClaims),
      p.conflict ?? '',
      p.killed ?? '',
      p.titles.join(' | '),
    ]),
  };
}

/** A group's units as nested, collapsible lists, each with the people holding a role in it. */
export function unitTree(
  rootId: string,
  units: readonly UnitBranch[],
  roster: readonly RolePeriod[],
  view: ViewContext,
): HTMLElement {
  const holders = (id: string) =>
    roster
      .filter((p) => p.body.id === id)
      .map((p) =>
        h(
          'li',
          { class: 'holder' },
          entityLink(p.person, view),
          ` · ${roleLabel(p.role, view.language)} `,
          statusBadge(p.status, view.language),
          ` ${period(p)}`,
        ),
      );
  const branch = (parent: string, seen: Set<string>): HTMLElement[] =>
    units
      .filter((u) => u.parent === parent && !seen.has(u.unit.id))
      .map((u) => {
        const inner = new Set(seen).add(u.unit.id);
        return h(
          'li',
          {},
          h(
            'details',
            { open: true },
            h('summary', {}, entityLink(u.unit, view), u.unit.kind ? ` (${u.unit.kind})` : ''),
            h('ul', {}, ...holders(u.unit.id), ...branch(u.unit.id, inner)),
          ),
        );
      });
  return h(
    'ul',
    { class: 'unit-tree', 'data-testid': 'unit-tree' },
    ...holders(rootId),
    ...branch(rootId, new Set()),
  );
}

const seen = (l: { firstSeen?: string | undefined; lastSeen?: string | undefined }) =>
  l.firstSeen
    ? l.firstSeen === l.lastSeen
      ? ` · ${l.firstSeen}`
      : ` · ${l.firstSeen} – ${l.lastSeen}`
    : ' · undated';

export function linkList(links: readonly Link[], view: ViewContext, testId: string): HTMLElement {
  return h(
    'ul',
    { class: 'links', 'data-testid': testId },
    ...links.map((l) =>
      h(
        'li',
        {},
        h(
          'span',
          { class: 'meta' },
          `${claimTypeLabel(l.type, view.language)}${l.direction === 'in' ? ' (by)' : ''}: `,
        ),
        entityLink(l.other, view),
        h('span', { class: 'meta' }, `${seen(l)} · ${l.sources} source${l.sources === 1 ? '' : 's'}`),
      ),
    ),
  );
}

export function eventList(
  events: readonly ProfileEvent[],
  view: ViewContext,
  openArticle: (id: string, claim: string) => void,
): HTMLElement {
  const kind = (e: ProfileEvent) =>
    e.kind === 'appointed' || e.kind === 'dismissed'
      ? `${statusLabel(e.kind, view.language)}${e.role ? ` ${roleLabel(e.role, view.language)}` : ''}`
      : `${claimTypeLabel(e.kind, view.language)}${e.direction === 'in' ? ' (by)' : ''}`;
  return h(
    'ol',
    { class: 'events', 'data-testid': 'events' },
    ...events.map((e) =>
      h(
        'li',
        {},
        h('span', { class: 'dates' }, e.asOf ?? 'undated'),
        ` ${kind(e)}: `,
        entityLink(e.other, view),
        ' ',
        e.article
          ? h(
              'button',
              { type: 'button', class: 'link', onclick: () => openArticle(e.article!, e.claim) },
              'source',
            )
          : null,
      ),
    ),
  );
}
