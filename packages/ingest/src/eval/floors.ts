// The eval gate: the F1 each file and each set reached when the floors were last recorded
// (floors.json, figures only). A figure below its floor fails floors.test.ts; `pnpm eval
// --record-floors` rewrites the floors of the sets it ran from their current figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseJsonFile } from './annotation.ts';
import type { SetResult } from './run.ts';
import { type Figures, SCORED_CATEGORIES, type ScoredCategory } from './score.ts';

export const FLOORS_FILE = fileURLToPath(new URL('./floors.json', import.meta.url));

/** How far under its floor a figure may fall: rounding, not a regression. */
export const EPSILON = 1e-4;
/** Floors are kept to this many decimals, rounded down, so that today's figures pass. */
const DECIMALS = 4;

const CategoryFloorsSchema = z.strictObject(
  Object.fromEntries(SCORED_CATEGORIES.map((c) => [c, z.number().min(0).max(1)])) as Record<
    ScoredCategory,
    z.ZodNumber
  >,
);
const SetFloorsSchema = z.strictObject({
  micro: CategoryFloorsSchema,
  files: z.record(z.string(), CategoryFloorsSchema),
});
const FloorsSchema = z.record(z.string(), SetFloorsSchema);

export type CategoryFloors = z.infer<typeof CategoryFloorsSchema>;
export type SetFloors = z.infer<typeof SetFloorsSchema>;
export type Floors = z.infer<typeof FloorsSchema>;

/** The recorded floors; none when the file does not exist yet. */
export function readFloors(file = FLOORS_FILE): Floors {
  if (!existsSync(file)) return {};
  return parseJsonFile(FloorsSchema, readFileSync(file, 'utf8'), file, 'a floors file');
}

const roundDown = (x: number) => Math.floor(x * 10 ** DECIMALS + 1e-9) / 10 ** DECIMALS;

function categoryFloors(figures: Record<ScoredCategory, Pick<Figures, 'f1'>>): CategoryFloors {
  return Object.fromEntries(SCORED_CATEGORIES.map((c) => [c, roundDown(figures[c].f1)])) as CategoryFloors;
}

/** A set's current figures as floors. */
export function floorsOf(result: SetResult): SetFloors {
  return {
    micro: categoryFloors(result.total),
    files: Object.fromEntries(result.articles.map((a) => [a.slug, categoryFloors(a.scores)])),
  };
}

/** The floors with those of the sets just run replaced by their current figures; other sets' floors are kept. */
export function recordFloors(floors: Floors, results: SetResult[]): Floors {
  const recorded = { ...floors };
  for (const result of results) recorded[result.name] = floorsOf(result);
  return Object.fromEntries(Object.entries(recorded).sort(([a], [b]) => a.localeCompare(b)));
}

export function writeFloors(floors: Floors, file = FLOORS_FILE): void {
  writeFileSync(file, `${JSON.stringify(floors, null, 2)}\n`);
}

function below(where: string, figures: Record<ScoredCategory, Pick<Figures, 'f1'>>, floors: CategoryFloors) {
  return SCORED_CATEGORIES.filter((c) => figures[c].f1 < floors[c] - EPSILON).map(
    (c) => `${where} ${c} F1 ${figures[c].f1.toFixed(4)} is below its floor ${floors[c].toFixed(4)}`,
  );
}

/** Every way a set's result falls short of its floors, in words; empty when the gate passes. */
export function breaches(result: SetResult, floors: Floors): string[] {
  const setFloors = floors[result.name];
  const record = 'record them with `pnpm eval --record-floors`';
  if (!setFloors) return [`${result.name}: no floors recorded; ${record}`];
  const slugs = new Set(result.articles.map((a) => a.slug));
  return [
    ...below(`${result.name} (micro)`, result.total, setFloors.micro),
    ...result.articles.flatMap((a) => {
      const fileFloors = setFloors.files[a.slug];
      if (!fileFloors) return [`${result.name}/${a.slug}: no floor recorded; ${record}`];
      return below(`${result.name}/${a.slug}`, a.scores, fileFloors);
    }),
    ...Object.keys(setFloors.files)
      .filter((slug) => !slugs.has(slug))
      .map((slug) => `${result.name}/${slug} has a floor but is no longer in the set; ${record}`),
  ];
}
