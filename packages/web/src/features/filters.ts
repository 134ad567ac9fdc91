// Filters by label, relationship type, role class and status, and an as-of date slider that
// keeps only claims dated up to the chosen day.
import { NODE_LABELS, ROLE_CLASSES, ROLE_STATUSES } from '@shabaka/model';
import type { Core } from '../core/core.ts';
import { fill, h } from '../core/dom.ts';

const DAY_MS = 86_400_000;

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
  const range = () => core.store.dateRange();
  const updateAsOf = () => {
    const r = range();
    if (!r || !asOfToggle.checked) {
      core.filters.asOf = null;
      slider.disabled = true;
      shown.textContent = r ? '' : 'no dated claims';
    } else {
      slider.disabled = false;
      core.filters.asOf = dayAt(r.min, Number(slider.value));
      shown.textContent = `${core.filters.asOf} (undated claims hidden)`;
    }
    apply();
  };
  const resetSlider = () => {
    const r = range();
    slider.max = String(r ? Math.max(dayOffset(r.min, r.max), 0) : 0);
    slider.value = slider.max;
    if (core.filters.asOf && r)
      slider.value = String(Math.min(dayOffset(r.min, core.filters.asOf), Number(slider.max)));
    shown.textContent = r ? (core.filters.asOf ?? '') : 'no dated claims';
  };
  asOfToggle.addEventListener('change', updateAsOf);
  slider.addEventListener('input', updateAsOf);

  core.on('graph-changed', ({ reason }) => {
    if (reason === 'filter') return;
    renderTypes();
    resetSlider();
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
          slider,
          shown,
        ),
      ),
    ),
  );
}
