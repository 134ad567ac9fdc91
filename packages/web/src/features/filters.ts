// Filters by label, relationship type, role class and status, and an as-of date slider that
// keeps only claims dated up to the chosen day: a histogram of claim dates above it, play to step
// through time, undated claims drawn faint (or left out), and what no claim joins faded.
import { NODE_LABELS, ROLE_CLASSES, ROLE_STATUSES } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { fill, h } from '../core/dom.ts';
import { monthsBetween, player } from './profile-dates.ts';

const DAY_MS = 86_400_000;
const PLAY_STEPS = 20;
const PLAY_STEP_MS = 600;

export function dayOffset(min: string, day: string): number {
  return Math.round((Date.parse(day) - Date.parse(min)) / DAY_MS);
}

export function dayAt(min: string, offset: number): string {
  return new Date(Date.parse(min) + offset * DAY_MS).toISOString().slice(0, 10);
}

export function registerFilters(core: Core): void {
  const apply = () => {
    core.render();
    core.emit('graph-changed', { reason: 'filter' });
  };

  /** Whether each filter checkbox should be checked, by the filters as they are now. */
  const checkedNow = new WeakMap<HTMLInputElement, () => boolean>();
  const group = (legend: string, values: readonly string[], hidden: Set<string>) =>
    h(
      'fieldset',
      { class: 'filter-group' },
      h('legend', {}, legend),
      ...values.map((value) => {
        const box = h('input', {
          type: 'checkbox',
          checked: !hidden.has(value),
          'aria-label': `${legend}: ${value}`,
        });
        checkedNow.set(box, () => !hidden.has(value));
        box.addEventListener('change', () => {
          if (box.checked) hidden.delete(value);
          else hidden.add(value);
          apply();
        });
        return h('label', { class: 'check' }, box, ` ${value}`);
      }),
    );

  const typesHost = h('div');
  const renderTypes = () => {
    const present = [...new Set([...core.store.edges.values()].map((e) => e.type))].sort();
    fill(typesHost, present.length ? group('Relationship types', present, core.filters.hiddenTypes) : null);
  };

  const asOfToggle = h('input', {
    type: 'checkbox',
    'aria-label': 'Only claims dated up to a day',
    'data-testid': 'asof-toggle',
  });
  const slider = h('input', {
    type: 'range',
    min: 0,
    max: 0,
    value: 0,
    disabled: true,
    'aria-label': 'As-of date',
    'data-testid': 'asof-slider',
  });
  const shown = h('output', { 'data-testid': 'asof-date' }, '');
  const keepUndated = h('input', { type: 'checkbox', checked: true, 'data-testid': 'asof-undated' });
  const histogram = h('div', { class: 'histogram', 'aria-hidden': 'true', 'data-testid': 'asof-histogram' });
  const range = () => core.store.dateRange();
  const undatedCount = () => [...core.store.edges.values()].filter((e) => !e.asOf).length;
  const renderHistogram = () => {
    const r = range();
    const counts = new Map<string, number>();
    for (const edge of core.store.edges.values()) {
      const month = edge.asOf?.slice(0, 7);
      if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
    }
    const months = r ? monthsBetween(r.min.slice(0, 7), r.max.slice(0, 7)) : [];
    const busiest = Math.max(1, ...counts.values());
    fill(
      histogram,
      ...months.map((month) =>
        h('span', {
          class: 'bar',
          'data-month': month,
          title: `${month}: ${counts.get(month) ?? 0} claims`,
          style: `height:${Math.round(((counts.get(month) ?? 0) / busiest) * 100)}%`,
        }),
      ),
    );
  };
  /** Says which day is drawn and what happens to undated claims; greys the bars after it. */
  const showAsOf = () => {
    const day = core.filters.asOf;
    const undated = undatedCount();
    if (day !== null)
      shown.textContent = `${day}${undated ? ` · ${undated} undated claims ${keepUndated.checked ? 'drawn faint' : 'hidden'}` : ''}`;
    for (const bar of histogram.querySelectorAll<HTMLElement>('.bar'))
      bar.classList.toggle('after', day !== null && bar.dataset['month']! > day.slice(0, 7));
  };
  const updateAsOf = () => {
    const r = range();
    core.filters.keepUndated = keepUndated.checked;
    if (!r || !asOfToggle.checked) {
      core.filters.asOf = null;
      slider.disabled = true;
      shown.textContent = r ? '' : 'no dated claims';
    } else {
      slider.disabled = false;
      core.filters.asOf = dayAt(r.min, Number(slider.value));
    }
    showAsOf();
    apply();
  };
  const next = () => {
    if (Number(slider.value) >= Number(slider.max)) return false;
    slider.value = String(Math.min(Number(slider.value) + playStep(), Number(slider.max)));
    updateAsOf();
    return true;
  };
  const playStep = () => Math.max(1, Math.ceil(Number(slider.max) / PLAY_STEPS));
  /** Steps through the dates in about twenty steps, so a researcher sees the graph grow. */
  const { button: play, stop: stopPlaying } = player(
    'asof-play',
    PLAY_STEP_MS,
    () => {
      if (!range()) return false;
      asOfToggle.checked = true;
      slider.value = '0';
      updateAsOf();
      return true;
    },
    next,
  );
  keepUndated.addEventListener('change', updateAsOf);
  // one listener for every box the panel holds now (the types group is drawn anew with each graph)
  core.on('filters-set', () => {
    for (const box of core.regions.filters.querySelectorAll('input')) {
      const checked = checkedNow.get(box);
      if (checked) box.checked = checked();
    }
    keepUndated.checked = core.filters.keepUndated;
    asOfToggle.checked = core.filters.asOf !== null;
    slider.disabled = core.filters.asOf === null;
  });
  const resetSlider = () => {
    const r = range();
    slider.max = String(r ? Math.max(dayOffset(r.min, r.max), 0) : 0);
    slider.value = slider.max;
    if (core.filters.asOf && r)
      slider.value = String(Math.min(dayOffset(r.min, core.filters.asOf), Number(slider.max)));
    shown.textContent = r ? (core.filters.asOf ?? '') : 'no dated claims';
  };
  asOfToggle.addEventListener('change', updateAsOf);
  slider.addEventListener('input', () => {
    stopPlaying();
    updateAsOf();
  });

  core.on('graph-changed', ({ reason }) => {
    if (reason === 'filter') return;
    renderTypes();
    resetSlider();
    renderHistogram();
    // a day chosen elsewhere (a profile's) stays chosen, and the controls say so
    if (core.filters.asOf !== null) {
      asOfToggle.checked = true;
      slider.disabled = false;
      showAsOf();
    }
  });

  core.regions.filters.append(
    h(
      'details',
      { class: 'filters', 'data-testid': 'filters' },
      h('summary', {}, 'Filters'),
      h(
        'div',
        { class: 'filter-body' },
        group('Labels', NODE_LABELS, core.filters.hiddenLabels),
        typesHost,
        group('Role classes', ROLE_CLASSES, core.filters.hiddenRoles),
        group('Status', ROLE_STATUSES, core.filters.hiddenStatuses),
        h(
          'fieldset',
          { class: 'filter-group' },
          h('legend', {}, 'As of'),
          h('label', { class: 'check' }, asOfToggle, ' only claims dated up to'),
          h('div', { class: 'slider' }, histogram, slider),
          play,
          shown,
          h('label', { class: 'check' }, keepUndated, ' keep undated claims, drawn faint'),
        ),
      ),
    ),
  );
}
