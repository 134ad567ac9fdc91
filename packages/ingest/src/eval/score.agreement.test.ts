// Our scorer must give the figures the reference scorer gives, since the held-out figures are
// score.py's: the extractor's corpus-dev output is scored by both and every micro figure compared.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline.ts';
import { evaluateSet } from './run.ts';
import { formatFigures } from './report.ts';
import { SCORED_CATEGORIES } from './score.ts';
import { knownSetDirs, listAnnotatedFolder, REPO_ROOT } from './sets.ts';

const SCORE_PY = join(REPO_ROOT, '..', 'shared', 'eval', 'score.py');
const CORPUS_DEV = knownSetDirs()['corpus-dev'];
const hasPython = spawnSync('python3', ['--version']).status === 0;
const missing = [
  ...(hasPython ? [] : ['python3 is not on the PATH']),
  ...[SCORE_PY, CORPUS_DEV].filter((path) => !existsSync(path)).map((path) => `${path} does not exist`),
];

/** score.py's micro lines: `relations      P=0.49 R=0.09 F1=0.15  (tp=24 pred=49 gold=278)`. */
function parseScorePy(output: string) {
  const lines = new Map<string, string>();
  for (const match of output.matchAll(/^(\S+)\s+(P=\S+ R=\S+ F1=\S+ {2}\(tp=\d+ pred=\d+ gold=\d+\))$/gm)) {
    lines.set(match[1]!, match[2]!);
  }
  return lines;
}

describe('score.ts and ../shared/eval/score.py', () => {
  const work = mkdtempSync(join(tmpdir(), 'shabaka-score-agreement-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`give the same micro figures on corpus-dev${missing.length ? ` (skipped: ${missing.join('; ')})` : ''}`, async (ctx) => {
    if (missing.length > 0) ctx.skip(missing.join('; '));
    const goldDir = join(work, 'gold');
    const predictedDir = join(work, 'predicted');
    mkdirSync(goldDir);
    mkdirSync(predictedDir);
    const files = listAnnotatedFolder(CORPUS_DEV);
    const result = await evaluateSet({ name: 'corpus-dev', dir: CORPUS_DEV, files }, extractArticle);
    for (const [i, file] of files.entries()) {
      // score.py reads NN.json on both sides.
      copyFileSync(file.goldFile, join(goldDir, `${file.slug}.json`));
      writeFileSync(join(predictedDir, `${file.slug}.json`), JSON.stringify(result.articles[i]!.extraction));
    }
    const reference = parseScorePy(
      execFileSync('python3', [SCORE_PY, goldDir, predictedDir], { encoding: 'utf8' }),
    );

    expect([...reference.keys()]).toEqual([...SCORED_CATEGORIES]);
    for (const category of SCORED_CATEGORIES) {
      expect(formatFigures(result.total[category]), category).toBe(reference.get(category));
    }
  });
});
