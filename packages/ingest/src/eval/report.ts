// How `pnpm eval` shows its figures: a table per article with a micro-averaged total, the seed
// against its bar, and (verbose) what each article missed and invented, for whoever tunes the rules.
import type { RelationItem, RoleItem } from '@shabaka/model';
import type { GoldRelation, GoldRole } from './gold.ts';
import { type Figures, microAverage, SCORED_CATEGORIES, type ScoredCategory, type Scores } from './score.ts';

export interface ArticleResult {
  slug: string;
  scores: Scores;
  /** Milliseconds the extraction took. */
  ms: number;
  /** Why the extractor produced nothing for this article; it is then scored as an empty extraction. */
  error?: string;
}

/** What the seed article must reach: the first target of the rule engine. */
export const SEED_BAR: Partial<Record<ScoredCategory, number>> = { persons: 1, roles: 0.9, relations: 0.8 };

const TABLE_CATEGORIES = ['persons', 'roles', 'relations'] as const satisfies readonly ScoredCategory[];

const num = (x: number) => x.toFixed(2);
const triple = (f: Figures) => `${num(f.precision)} ${num(f.recall)} ${num(f.f1)}`;

export function renderTable(results: ArticleResult[]): string {
  const total = microAverage(results.map((r) => r.scores));
  const slugWidth = Math.max('TOTAL (micro)'.length, ...results.map((r) => r.slug.length));
  const cell = 16;
  const row = (label: string, figures: Record<ScoredCategory, Figures>, tail: string) =>
    [label.padEnd(slugWidth), ...TABLE_CATEGORIES.map((c) => triple(figures[c]).padEnd(cell)), tail]
      .join('  ')
      .trimEnd();
  const header = [
    'article'.padEnd(slugWidth),
    ...TABLE_CATEGORIES.map((c) => `${c} P/R/F1`.padEnd(cell)),
    'ms',
  ].join('  ');
  const lines = [header, '-'.repeat(header.length)];
  for (const result of results) {
    const tail = `${Math.round(result.ms)}${result.error ? `  ERROR: ${result.error}` : ''}`;
    lines.push(row(result.slug, result.scores, tail));
  }
  lines.push('-'.repeat(header.length));
  const counts = TABLE_CATEGORIES.map(
    (c) => `${c} ${total[c].matched}/${total[c].predicted}/${total[c].gold}`,
  );
  lines.push(row('TOTAL (micro)', total, `matched/predicted/gold: ${counts.join(', ')}`));
  return lines.join('\n');
}

export interface BarCheck {
  category: ScoredCategory;
  f1: number;
  bar: number;
  met: boolean;
}

export function checkSeedBar(seed: Scores): BarCheck[] {
  return Object.entries(SEED_BAR).map(([category, bar]) => {
    const f1 = seed[category as ScoredCategory].f1;
    return { category: category as ScoredCategory, f1, bar, met: f1 >= bar };
  });
}

export function renderSeedBar(seed: Scores): string {
  const checks = checkSeedBar(seed).map(
    (c) =>
      `${c.category} F1 ${num(c.f1)} (bar ${c.bar === 1 ? '= 1.00' : `>= ${num(c.bar)}`}) ${c.met ? 'met' : 'NOT met'}`,
  );
  return `seed-article against the bar: ${checks.join('; ')}`;
}

const qualifiers = (item: { hedged?: boolean | undefined; negated?: boolean | undefined }) =>
  `${item.hedged ? ' [hedged]' : ''}${item.negated ? ' [denied]' : ''}`;

const clip = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function describeRole(role: GoldRole | RoleItem): string {
  const where = [role.org && `org ${role.org}`, role.place && `place ${role.place}`]
    .filter(Boolean)
    .join(', ');
  const words = 'role_text' in role ? role.role_text : (role.title ?? role.evidence?.text);
  return `${role.person} · ${role.role} (${role.status}${where ? `; ${where}` : ''})${qualifiers(role)}${
    words ? `\n      “${clip(words)}”` : ''
  }`;
}

function describeRelation(relation: GoldRelation | RelationItem): string {
  const words = typeof relation.evidence === 'string' ? relation.evidence : relation.evidence?.text;
  return `${relation.subject} —${relation.predicate}→ ${relation.object}${qualifiers(relation)}${
    words ? `\n      “${clip(words)}”` : ''
  }`;
}

function section<T>(title: string, items: T[], mark: string, describe: (item: T) => string): string[] {
  if (items.length === 0) return [];
  return [`  ${title} (${items.length}):`, ...items.map((item) => `    ${mark} ${describe(item)}`)];
}

/** What one article missed (−, in the gold only) and invented (+, predicted only). */
export function renderDetails(result: ArticleResult): string {
  const { persons, roles, relations } = result.scores;
  const lines = [
    `== ${result.slug}: roles ${roles.matched}/${roles.gold} found, ${roles.spurious.length} spurious; relations ${relations.matched}/${relations.gold} found, ${relations.spurious.length} spurious`,
    ...(result.error ? [`  ERROR: ${result.error}`] : []),
    ...section('persons missed', persons.missed, '−', (p) => p.name),
    ...section('persons spurious', persons.spurious, '+', (p) => p.name),
    ...section('roles missed', roles.missed, '−', describeRole),
    ...section('roles spurious', roles.spurious, '+', describeRole),
    ...section('relations missed', relations.missed, '−', describeRelation),
    ...section('relations spurious', relations.spurious, '+', describeRelation),
  ];
  return lines.join('\n');
}

const figuresOnly = (scores: Scores) =>
  Object.fromEntries(
    SCORED_CATEGORIES.map((c) => {
      const { missed: _missed, spurious: _spurious, ...figures } = scores[c];
      return [c, figures];
    }),
  ) as Record<ScoredCategory, Figures>;

/** The figures as JSON; with `verbose`, each article's missed and spurious items as well. */
export function toJson(results: ArticleResult[], verbose: boolean): unknown {
  const seed = results.find((r) => r.slug === 'seed-article');
  return {
    articles: results.map((r) => ({
      slug: r.slug,
      ms: Math.round(r.ms),
      ...(r.error ? { error: r.error } : {}),
      scores: verbose ? r.scores : figuresOnly(r.scores),
    })),
    total: microAverage(results.map((r) => r.scores)),
    seedBar: seed ? checkSeedBar(seed.scores) : null,
  };
}
