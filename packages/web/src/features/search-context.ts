// What a search hit shows beside its name: its groups, most reported role and place, how many
// articles mention it, its other spellings, and its SAME_AS links; namesakes linked by SAME_AS
// are listed together.
import type { SearchHit } from '@shabaka/model';
import { h } from '../core/dom.ts';
import { type LabelLanguage, roleLabel } from '../core/labels.ts';

const ARABIC = /[\u0600-\u06FF]/;

/** The parts of a hit's context line, each isolated when shown (Arabic names in an English line). */
export function hitContextParts(hit: SearchHit, language: LabelLanguage): string[] {
  const context = hit.context;
  return [
    `${hit.label}${hit.kind ? ` (${hit.kind})` : ''}`,
    ...(context?.organizations.length ? [`in ${context.organizations.join('، ')}`] : []),
    ...(context?.role ? [roleLabel(context.role, language)] : []),
    ...(context?.place ? [context.place] : []),
    `${hit.mentions} article${hit.mentions === 1 ? '' : 's'}`,
  ];
}

export function hitContext(hit: SearchHit, language: LabelLanguage): string {
  return hitContextParts(hit, language).join(' · ');
}

export function hitMeta(hit: SearchHit, language: LabelLanguage): HTMLElement {
  const parts = hitContextParts(hit, language).flatMap((part, i) => [i ? ' · ' : ' ', h('bdi', {}, part)]);
  return h('span', { class: 'hit-meta' }, ...parts);
}

/** Other spellings in the other script first (a Latin alias of an Arabic name, and back), then SAME_AS links. */
export function hitDetails(hit: SearchHit): HTMLElement[] {
  const arabicName = ARABIC.test(hit.name);
  const others = [hit.latin, ...hit.aliases].filter(
    (a): a is string => a !== undefined && a !== hit.name && ARABIC.test(a) !== arabicName,
  );
  const spellings = [...new Set(others)].slice(0, 3);
  return [
    ...(spellings.length
      ? [h('span', { class: 'hit-aliases', dir: 'auto' }, ` · ${spellings.join(' / ')}`)]
      : []),
    ...(hit.context?.sameAs ?? []).map((s) =>
      h(
        'span',
        { class: `badge same-as-${s.judgement}`, 'data-testid': 'hit-same-as' },
        `same as ${s.name ?? s.id}? ${s.judgement}`,
      ),
    ),
  ];
}

/** Keeps the server's order, but brings each hit linked by SAME_AS right after the first of its group. */
export function groupNamesakes(hits: readonly SearchHit[]): SearchHit[] {
  const byId = new Map(hits.map((hit) => [hit.id, hit]));
  const placed = new Set<string>();
  const ordered: SearchHit[] = [];
  for (const hit of hits) {
    if (placed.has(hit.id)) continue;
    placed.add(hit.id);
    ordered.push(hit);
    for (const link of hit.context?.sameAs ?? []) {
      const other = byId.get(link.id);
      if (other && !placed.has(other.id)) {
        placed.add(other.id);
        ordered.push(other);
      }
    }
  }
  return ordered;
}
