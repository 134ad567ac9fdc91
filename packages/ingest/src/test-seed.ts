// For tests of the seed article, which lives in ../shared beside the repository (CI always has
// it; a clone on its own does not). Such a suite runs where the file exists, and where it does
// not it is reported as skipped, its title naming the missing file.
import { describe } from 'vitest';
import { seedArticle } from './sample.ts';

const seed = seedArticle();

/** `describe`, skipped with the reason in its title when the seed article is absent. */
export function describeWithSeed(title: string, suite: () => void): void {
  const titled = seed.missing ? `${title} (skipped: needs ${seed.file}, which does not exist)` : title;
  describe.skipIf(seed.missing)(titled, suite);
}
