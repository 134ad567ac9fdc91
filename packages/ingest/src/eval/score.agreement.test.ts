// Our scorer must give the figures the reference scorer gives, since the held-out figures are
// score.py's: the extractor's output on every set is scored by both, and every figure compared.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';
import { evaluateSet } from './run.ts';
import { formatFigures } from './report.ts';
import { SCORED_CATEGORIES, twoDecimals } from './score.ts';
import { defaultSets, REPO_ROOT } from './sets.ts';

const SCORE_PY = join(REPO_ROOT, '..', 'shared', 'eval', 'score.py');
const hasPython = spawnSync('python3', ['--version']).status === 0;
const scorerMissing = [
  ...(hasPython ? [] : ['python3 is not on the PATH']),
  ...(existsSync(SCORE_PY) ? [] : [`${SCORE_PY} does not exist`]),
];

/** score.py's output: micro lines (`relations      P=0.49 R=0.09 F1=0.15  (tp=24 pred=49 gold=278)`) and, verbose, per-file F1. */
function parseScorePy(output: string) {
  const micro = new Map<string, string>();
  for (const match of output.matchAll(/^(\S+)\s+(P=\S+ R=\S+ F1=\S+ {2}\(tp=\d+ pred=\d+ gold=\d+\))$/gm)) {
    micro.set(match[1]!, match[2]!);
  }
  const files = new Map<string, string>();
  for (const match of output.matchAll(/^(\S+)\.json (.+)$/gm)) files.set(match[1]!, match[2]!);
  return { micro, files };
}

describe('score.ts and ../shared/eval/score.py', () => {
  const work = mkdtempSync(join(tmpdir(), 'shabaka-score-agreement-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const set of defaultSets()) {
    const missing = [...scorerMissing, ...('skipped' in set ? [set.skipped] : [])];
    it(`give the same figures, micro and per file, on ${set.name}`, async (ctx) => {
      if (missing.length > 0 || 'skipped' in set) return ctx.skip(missing.join('; '));
      const goldDir = join(work, set.name, 'gold');
      const predictedDir = join(work, set.name, 'predicted');
      mkdirSync(goldDir, { recursive: true });
      mkdirSync(predictedDir, { recursive: true });
      const result = await evaluateSet(set, extractArticle);
      for (const [i, file] of set.files.entries()) {
        // score.py reads NN.json on both sides.
        copyFileSync(file.goldFile, join(goldDir, `${file.slug}.json`));
        writeFileSync(
          join(predictedDir, `${file.slug}.json`),
          JSON.stringify(result.articles[i]!.extraction),
        );
      }
      const reference = parseScorePy(
        execFileSync('python3', [SCORE_PY, goldDir, predictedDir, '--verbose'], { encoding: 'utf8' }),
      );

      expect([...reference.micro.keys()]).toEqual([...SCORED_CATEGORIES]);
      for (const category of SCORED_CATEGORIES) {
        expect(formatFigures(result.total[category]), category).toBe(reference.micro.get(category));
      }
      for (const article of result.articles) {
        const ours = SCORED_CATEGORIES.map((c) => `${c}=${twoDecimals(article.scores[c].f1)}`).join(' ');
        expect(ours, article.slug).toBe(reference.files.get(article.slug));
      }
    });
  }
});
