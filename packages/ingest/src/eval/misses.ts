// `pnpm eval --misses CATEGORY`: per file, the gold items the extractor missed (with the gold's
// words) and its false positives (with the sentence it read them from), grouped by role class
// or predicate, for whoever tunes the rules.
import type { RelationItem, RoleItem } from '@shabaka/model';
import type { AnnotatedRelation, AnnotatedRole, Named } from './annotation.ts';
import type { ArticleResult } from './run.ts';
import { type ScoredCategory, type Scores, scoredPredicate } from './score.ts';

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const quoted = (words: string | undefined) => (words ? ` “${clip(words.replace(/\s+/g, ' ').trim())}”` : '');

const describeEntity = (entity: Named) =>
  entity.aliases?.length ? `${entity.name} (${entity.aliases.join('، ')})` : entity.name;

const describeRoleWith = (role: AnnotatedRole | RoleItem, words: string | undefined) =>
  `${role.person} · ${role.role}${role.org ? ` of ${role.org}` : ''}${quoted(words)}`;

const describeRelationWith = (relation: AnnotatedRelation | RelationItem, words: string | undefined) =>
  `${relation.subject} —${relation.predicate}→ ${relation.object}${quoted(words)}`;

/** How a category's items are grouped, and described from the gold's words or the predicted evidence. */
interface Lister<G, P> {
  group: (item: G | P) => string;
  gold: (item: G) => string;
  predicted: (item: P) => string;
}

const ENTITY_LISTER: Lister<Named, Named> = {
  group: () => '',
  gold: describeEntity,
  predicted: describeEntity,
};
const ROLE_LISTER: Lister<AnnotatedRole, RoleItem> = {
  group: (r) => r.role,
  gold: (r) => describeRoleWith(r, r.role_text),
  predicted: (r) => describeRoleWith(r, [r.title, r.evidence?.text].filter(Boolean).join(' | ') || undefined),
};
const RELATION_LISTER: Lister<AnnotatedRelation, RelationItem> = {
  group: (r) => scoredPredicate(r.predicate) ?? r.predicate,
  gold: (r) => describeRelationWith(r, r.evidence),
  predicted: (r) => describeRelationWith(r, r.evidence?.text),
};

function grouped<T>(
  title: string,
  mark: string,
  items: T[],
  group: (item: T) => string,
  describe: (item: T) => string,
): string[] {
  if (items.length === 0) return [];
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(group(item), [...(groups.get(group(item)) ?? []), item]);
  const lines = [`  ${title} (${items.length})`];
  for (const [name, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const indent = name ? '      ' : '    ';
    if (name) lines.push(`    ${name} (${members.length})`);
    lines.push(...members.map((item) => `${indent}${mark} ${describe(item)}`));
  }
  return lines;
}

function missedAndInvented<G, P>(score: { missed: G[]; spurious: P[] }, lister: Lister<G, P>): string[] {
  return [
    ...grouped('missed', '−', score.missed, lister.group, lister.gold),
    ...grouped('false positives', '+', score.spurious, lister.group, lister.predicted),
  ];
}

function linesOf(scores: Scores, category: ScoredCategory): string[] {
  if (category === 'relations') return missedAndInvented(scores.relations, RELATION_LISTER);
  if (category === 'roles' || category === 'roles+org')
    return missedAndInvented(scores[category], ROLE_LISTER);
  return missedAndInvented(scores[category], ENTITY_LISTER);
}

/** One block per file that missed or invented something in the category. */
export function renderMisses(setName: string, articles: ArticleResult[], category: ScoredCategory): string {
  const blocks = articles.flatMap((a) => {
    const { missed, spurious } = a.scores[category];
    if (missed.length === 0 && spurious.length === 0) return [];
    const title = `== ${setName}/${a.slug}: ${category} missed ${missed.length}, false positives ${spurious.length}`;
    return [[title, ...linesOf(a.scores, category)].join('\n')];
  });
  return blocks.length > 0 ? blocks.join('\n\n') : `== ${setName}: no ${category} missed or invented`;
}
