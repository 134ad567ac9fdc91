// How `pnpm eval` shows its figures: per set, the micro-averaged P/R/F1 of every category (as
// score.py prints them), extraction speed, and the floors it falls under; per file with --verbose.
import { ruleFigures } from './rules.ts';
import type { ArticleResult, SetResult } from './run.ts';
import { type Figures, SCORED_CATEGORIES, type ScoredCategory, type Scores, twoDecimals } from './score.ts';
import type { SkippedSet } from './sets.ts';

/** What the seed article must reach: the first target of the rule engine. */
export const SEED_BAR: Partial<Record<ScoredCategory, number>> = { persons: 1, roles: 0.9, relations: 0.8 };

export function renderSkipped(set: SkippedSet): string {
  return `== ${set.name}: skipped, ${set.skipped}`;
}

const speed = (result: SetResult) => `${result.articlesPerSecond.toFixed(1)} articles/s extracted`;

/** Figures as score.py prints them: `P=0.49 R=0.09 F1=0.15  (tp=24 pred=49 gold=278)`. */
export function formatFigures(f: Figures): string {
  return `P=${twoDecimals(f.precision)} R=${twoDecimals(f.recall)} F1=${twoDecimals(f.f1)}  (tp=${f.matched} pred=${f.predicted} gold=${f.gold})`;
}

/** The set's micro-averaged figures, one category a line. */
export function renderSetTotal(result: SetResult): string {
  const width = Math.max(...SCORED_CATEGORIES.map((c) => c.length));
  return [
    `== ${result.name}: ${result.articles.length} articles in ${result.dir}, ${speed(result)}`,
    ...SCORED_CATEGORIES.map((c) => `  ${c.padEnd(width)}  ${formatFigures(result.total[c])}`),
  ].join('\n');
}

/** F1 of every category for each file, and what went wrong with the extractor on it. */
export function renderFileTable(articles: ArticleResult[]): string {
  const slugWidth = Math.max('file'.length, ...articles.map((a) => a.slug.length));
  const header = ['file'.padEnd(slugWidth), ...SCORED_CATEGORIES.map((c) => c.padStart(13)), '    ms'].join(
    ' ',
  );
  const rows = articles.map((a) =>
    [
      a.slug.padEnd(slugWidth),
      ...SCORED_CATEGORIES.map((c) => twoDecimals(a.scores[c].f1).padStart(13)),
      String(Math.round(a.ms)).padStart(6),
      ...(a.error ? [` ERROR: ${a.error}`] : []),
    ].join(' '),
  );
  return [`  F1 per file`, `  ${header}`, ...rows.map((row) => `  ${row}`)].join('\n');
}

export function renderBreaches(breaches: string[]): string {
  if (breaches.length === 0) return `  floors: every file and the set at or above its floor`;
  return [`  floors: ${breaches.length} below`, ...breaches.map((b) => `    ${b}`)].join('\n');
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
      `${c.category} F1 ${twoDecimals(c.f1)} (bar ${c.bar === 1 ? '= 1.00' : `>= ${twoDecimals(c.bar)}`}) ${c.met ? 'met' : 'NOT met'}`,
  );
  return `  seed-article against the bar: ${checks.join('; ')}`;
}

/** The seed article's result, wherever it was read from. */
export function findSeed(results: SetResult[]): ArticleResult | undefined {
  return results.flatMap((r) => r.articles).find((a) => a.slug === 'seed-article');
}

function scoresJson(scores: Scores, verbose: boolean) {
  return Object.fromEntries(
    SCORED_CATEGORIES.map((c) => {
      const { missed, spurious, hits: _hits, ...figures } = scores[c];
      return [c, verbose ? { ...figures, missed, spurious } : figures];
    }),
  );
}

/** The figures as JSON; with `verbose`, each article's missed and spurious items; with `rules`, per-rule precision. */
export function toJson(
  results: { result: SetResult; breaches: string[] }[],
  skipped: SkippedSet[],
  { verbose, rules }: { verbose: boolean; rules: boolean },
): unknown {
  const seed = findSeed(results.map((r) => r.result));
  return {
    sets: results.map(({ result, breaches }) => ({
      name: result.name,
      dir: result.dir,
      articlesPerSecond: result.articlesPerSecond,
      total: result.total,
      floorBreaches: breaches,
      ...(rules ? { rules: ruleFigures(result.articles) } : {}),
      articles: result.articles.map((a) => ({
        slug: a.slug,
        ms: Math.round(a.ms),
        ...(a.error ? { error: a.error } : {}),
        scores: scoresJson(a.scores, verbose),
      })),
    })),
    skipped: skipped.map(({ name, dir, skipped: reason }) => ({ name, dir, reason })),
    seedBar: seed ? checkSeedBar(seed.scores) : null,
  };
}
