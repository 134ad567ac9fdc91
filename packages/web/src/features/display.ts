// Display options: Latin transliteration instead of the Arabic name, roles and relationships in
// Arabic or English, and a right-to-left interface.
import type { Core } from '../core/core.ts';
import { h } from '../core/dom.ts';

export function registerDisplay(core: Core): void {
  const latin = h('input', { type: 'checkbox', 'data-testid': 'latin-toggle' });
  latin.addEventListener('change', () => core.setPreferences({ latin: latin.checked }));
  const arabic = h('input', { type: 'checkbox', 'data-testid': 'arabic-labels-toggle' });
  arabic.addEventListener('change', () => core.setPreferences({ arabicLabels: arabic.checked }));
  const rtl = h('input', { type: 'checkbox', 'data-testid': 'rtl-toggle' });
  rtl.checked = localStorage.getItem('shabaka.rtl') === '1';
  const applyDirection = () => {
    document.documentElement.dir = rtl.checked ? 'rtl' : 'ltr';
    localStorage.setItem('shabaka.rtl', rtl.checked ? '1' : '0');
    core.setPreferences({ rtl: rtl.checked });
    core.cy.resize();
  };
  rtl.addEventListener('change', applyDirection);
  core.on('preferences-changed', (preferences) => {
    latin.checked = preferences.latin;
    arabic.checked = preferences.arabicLabels;
  });
  core.regions.header.append(
    h(
      'label',
      { class: 'check', title: 'Show the Latin transliteration where the data has one' },
      latin,
      ' Latin names',
    ),
    h(
      'label',
      { class: 'check', title: 'Roles, statuses and relationships in Arabic (أمير، الشرعي، سابق)' },
      arabic,
      ' Arabic labels',
    ),
    h('label', { class: 'check', title: 'Lay the interface out right to left' }, rtl, ' RTL layout'),
  );
  if (rtl.checked) applyDirection();
}
