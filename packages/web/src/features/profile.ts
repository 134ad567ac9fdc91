// The profile screen of a person (roles as a timeline, affiliations, associates, events) or of
// an organization or unit (who held which role when, leaders, units as a tree, territory), on a
// day the researcher picks or plays through, with CSV export and a printable page.
import type { EntityRef, OrganizationProfile, PersonProfile, RolePeriod } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { closeButton, dialog, download, fill, h } from '../core/dom.ts';
import { toCsv } from '../core/tables.ts';
import { contradictionsOf } from './corroboration.ts';
import { type DateBar, dateBar } from './profile-dates.ts';
import {
  entityLink,
  eventList,
  linkList,
  periodsCsv,
  periodsTable,
  statusBadge,
  unitTree,
  type ViewContext,
} from './profile-view.ts';

type Profile = { kind: 'person'; data: PersonProfile } | { kind: 'organization'; data: OrganizationProfile };

const section = (title: string, testId: string, ...children: (Node | null)[]) =>
  h('section', { class: 'profile-section', 'data-testid': testId }, h('h3', {}, title), ...children);

const orNone = (items: readonly unknown[], node: () => Node) =>
  items.length > 0 ? node() : h('p', { class: 'note' }, 'None reported.');

export function registerProfiles(core: Core): void {
  const overlay = h('div', { class: 'overlay profile-overlay', hidden: true });
  document.body.append(overlay);
  let current: { ref: { id: string; label: string }; asOf: string | undefined } | null = null;
  let shown: Profile | null = null;
  let bar: DateBar | null = null;
  let generation = 0;
  const body = h('div', { class: 'profile-body' });

  const close = () => {
    bar?.stop();
    overlay.hidden = true;
    overlay.replaceChildren();
    current = null;
    shown = null;
  };
  overlay.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && core.regions.overlay.hidden) close();
  });

  const view = (): ViewContext => ({
    language: core.labelLanguage(),
    latin: core.preferences.latin,
    open: (ref: EntityRef) => void core.services.require('openProfile')(ref, current?.asOf),
  });

  const fetchProfile = async (
    ref: { id: string; label: string },
    asOf?: string,
  ): Promise<Profile | undefined> =>
    ref.label === 'Person'
      ? core.attempt('profile', async () => ({
          kind: 'person',
          data: await core.api.personProfile(ref.id, asOf),
        }))
      : core.attempt('profile', async () => ({
          kind: 'organization',
          data: await core.api.organizationProfile(ref.id, asOf),
        }));

  /** Roles sources of one day disagree on, then the claims that cannot all be true (issue 15's rules). */
  const conflicts = (entityId: string, periods: readonly RolePeriod[]) => {
    const disputed = periods.filter((p) => p.conflict);
    return section(
      'Where sources disagree',
      'profile-conflicts',
      disputed.length === 0
        ? null
        : h(
            'ul',
            {},
            ...disputed.map((p) =>
              h('li', {}, entityLink(p.person, view()), ' → ', entityLink(p.body, view()), `: ${p.conflict}`),
            ),
          ),
      contradictionsOf(core, entityId),
    );
  };

  const articles = (profile: PersonProfile | OrganizationProfile) =>
    section(
      `Articles (${profile.articles.length})`,
      'profile-articles',
      h(
        'ul',
        { class: 'articles' },
        ...profile.articles.map((a) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                onclick: () => void core.services.require('openArticle')(a.id),
              },
              h('bdi', {}, a.title ?? a.id),
            ),
            h(
              'span',
              { class: 'meta' },
              ` · ${a.outlet ?? ''} · ${a.publishedAt?.slice(0, 10) ?? 'undated'} · ${a.count}×`,
            ),
          ),
        ),
      ),
    );

  /** Dated periods as a table, and the undated ones apart below it (whatever the day). */
  const periods = (
    dated: readonly RolePeriod[],
    undated: readonly RolePeriod[],
    v: ViewContext,
    at: { title: string; testId: string; caption: string; person: boolean },
  ) => [
    section(
      at.title,
      at.testId,
      orNone(dated, () =>
        periodsTable(dated, v, { person: at.person, caption: at.caption, testId: `${at.testId}-table` }),
      ),
    ),
    undated.length > 0
      ? section(
          'Undated: no date in the source (shown apart, whatever the day)',
          'undated-roles',
          periodsTable(undated, v, { person: at.person, caption: 'Undated roles', testId: 'undated-table' }),
        )
      : null,
  ];

  const events = (profile: PersonProfile | OrganizationProfile, v: ViewContext) =>
    section(
      'Events',
      'profile-events',
      orNone(profile.events, () =>
        eventList(profile.events, v, (a, c) => void core.services.require('openArticle')(a, c)),
      ),
    );

  const personSections = (p: PersonProfile) => {
    const v = view();
    return [
      ...periods(p.roles, p.undatedRoles, v, {
        title: 'Roles over time',
        testId: 'timeline',
        caption: 'One row per role, body and period',
        person: false,
      }),
      conflicts(p.entity.id, [...p.roles, ...p.undatedRoles]),
      section(
        'Affiliations',
        'affiliations',
        orNone(p.affiliations, () => linkList(p.affiliations, v, 'affiliation-list')),
      ),
      section(
        'Relatives and associates',
        'associates',
        orNone(p.associates, () => linkList(p.associates, v, 'associate-list')),
      ),
      events(p, v),
      articles(p),
    ];
  };

  const organizationSections = (o: OrganizationProfile) => {
    const v = view();
    return [
      ...periods(o.roster, o.undatedRoster, v, {
        title: 'Roster: who held which role, and when',
        testId: 'roster',
        caption: 'The group and its units',
        person: true,
      }),
      section(
        'Leaders over time',
        'leaders',
        orNone(o.leaders, () =>
          h(
            'ol',
            {},
            ...o.leaders.map((l) =>
              h(
                'li',
                {},
                `${l.firstSeen ?? ''}${l.lastSeen !== l.firstSeen ? ` – ${l.lastSeen}` : ''} `,
                entityLink(l.person, v),
                ' ',
                statusBadge(l.status, v.language),
              ),
            ),
          ),
        ),
      ),
      section('Units and their office holders', 'units', unitTree(o.entity.id, o.units, o.roster, v)),
      conflicts(o.entity.id, [...o.roster, ...o.undatedRoster]),
      section(
        'Members',
        'members',
        orNone(o.members, () => linkList(o.members, v, 'member-list')),
      ),
      section(
        'Territory',
        'territory',
        orNone(o.territory, () => linkList(o.territory, v, 'territory-list')),
      ),
      events(o, v),
      articles(o),
    ];
  };

  const renderBody = () => {
    if (!shown) return;
    fill(body, ...(shown.kind === 'person' ? personSections(shown.data) : organizationSections(shown.data)));
  };

  const exportCsv = () => {
    if (!shown) return;
    const periods =
      shown.kind === 'person'
        ? [...shown.data.roles, ...shown.data.undatedRoles]
        : [...shown.data.roster, ...shown.data.undatedRoster];
    const name = shown.data.names.latin ?? shown.data.names.name;
    const table = periodsCsv(`${shown.kind === 'person' ? 'Roles' : 'Roster'} of ${name}`, periods);
    download(
      `${shown.kind}-${name}-${current?.asOf ?? 'all-dates'}.csv`,
      new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }),
    );
  };

  /** The entity's neighbourhood on the canvas, as of the profile's day when one is chosen. */
  const drawOnCanvas = async () => {
    if (!current) return;
    const { ref, asOf } = current;
    const graph = await core.attempt('profile', () => core.api.neighbors(ref.id));
    if (!graph) return;
    core.filters.asOf = asOf ?? null;
    close();
    core.lastRun = null;
    core.setView('graph');
    core.showGraph(graph);
    core.selectNode(ref.id);
  };

  const load = async (asOf: string | undefined) => {
    if (!current) return;
    const mine = ++generation;
    current.asOf = asOf;
    const profile = await fetchProfile(current.ref, asOf);
    if (!profile || mine !== generation) return;
    shown = profile;
    renderBody();
  };

  core.services.provide('openProfile', async (ref, asOf) => {
    bar?.stop();
    current = { ref: { id: ref.id, label: ref.label }, asOf };
    const mine = ++generation;
    const profile = await fetchProfile(current.ref, asOf);
    if (!profile || mine !== generation) return;
    shown = profile;
    const { names, entity, sameAs } = profile.data;
    const arabic = h('input', {
      type: 'checkbox',
      checked: core.preferences.arabicLabels,
      'data-testid': 'profile-arabic',
    });
    arabic.addEventListener('change', () => core.setPreferences({ arabicLabels: arabic.checked }));
    bar = dateBar(profile.data.claimDates, asOf, (day) => void load(day));
    const closer = closeButton('Close profile', close);
    overlay.replaceChildren(
      dialog(
        'profile-view',
        'profile-title',
        'profile',
        h(
          'header',
          {},
          h('h2', { id: 'profile-title', dir: 'auto' }, names.name),
          names.latin ? h('p', { class: 'latin' }, names.latin) : null,
          h('p', { class: 'meta' }, `${entity.label}${entity.kind ? ` · ${entity.kind}` : ''}`),
          names.aliases.length
            ? h(
                'ul',
                { class: 'aliases', 'aria-label': 'Also written' },
                ...names.aliases.map((a) => h('li', { dir: 'auto' }, a)),
              )
            : null,
          sameAs.length
            ? h(
                'p',
                { class: 'meta' },
                'Same as? ',
                ...sameAs.flatMap((s) => [
                  entityLink({ id: s.id, label: s.label, name: s.name }, view()),
                  ` (${s.judgement}) `,
                ]),
              )
            : null,
          h(
            'div',
            { class: 'actions no-print' },
            h('label', { class: 'check' }, arabic, ' Arabic labels'),
            h('button', { type: 'button', onclick: () => void drawOnCanvas() }, 'Draw on the canvas'),
            h('button', { type: 'button', onclick: exportCsv }, 'Export CSV'),
            h('button', { type: 'button', onclick: () => window.print() }, 'Print'),
          ),
          closer,
        ),
        bar.element,
        body,
      ),
    );
    renderBody();
    overlay.hidden = false;
    closer.focus();
  });

  core.on('preferences-changed', () => {
    const box = overlay.querySelector<HTMLInputElement>('[data-testid="profile-arabic"]');
    if (box) box.checked = core.preferences.arabicLabels;
    renderBody();
  });
}
