// The committed weights: a text file, `#` lines of attribution, one JSON header line (tags,
// transitions, scales), then one line a feature: `feature<TAB>tag:weight tag:weight ...` with
// integer weights (the averaged weight times `scale`, rounded) and zero weights left out
// (features of known words' keys stay, with no weights, to mark the words as known).
import { z } from 'zod';
import type { NameLexicon } from './lexicon.ts';
import { TAG_COUNT, TAGS } from './model.ts';
import type { Trained } from './perceptron.ts';

export const FORMAT = 'shabaka-bio-perceptron/1';
/** Features of a word's key at offset 0: kept even at zero weight, they list the known words. */
export const KNOWN_WORD = 'k=';

const HeaderSchema = z.object({
  format: z.literal(FORMAT),
  tags: z.array(z.string()).refine((tags) => tags.join(' ') === TAGS.join(' '), {
    message: `tags must be ${TAGS.join(' ')}`,
  }),
  scale: z.number().positive(),
  scoreScale: z.number().positive(),
  transitions: z.array(z.number().int()).length((TAG_COUNT + 1) * TAG_COUNT),
  /** The name lexicon (lexicon.ts): bare stem → bit mask over entity types. */
  names: z.record(z.string(), z.number().int().positive()),
});

export interface LoadedModel {
  index: Map<string, number>;
  weights: Float32Array;
  transitions: Float32Array;
  /** Margin at which a span's score is 0.73 (logistic of 1). */
  scoreScale: number;
  lexicon: NameLexicon;
}

export interface WriteOptions {
  /** Integer steps per unit of weight. */
  scale: number;
  scoreScale: number;
  attribution: string[];
  lexicon: NameLexicon;
}

export function serialize(model: Trained, options: WriteOptions): string {
  const { scale } = options;
  const header = {
    format: FORMAT,
    tags: [...TAGS],
    scale,
    scoreScale: options.scoreScale,
    transitions: [...model.transitions].map((w) => Math.round(w * scale)),
    names: Object.fromEntries(options.lexicon),
  };
  const lines = [...options.attribution.map((l) => `# ${l}`), JSON.stringify(header)];
  model.features.forEach((feature, f) => {
    const cells: string[] = [];
    for (let t = 0; t < TAG_COUNT; t++) {
      const v = Math.round(model.weights[f * TAG_COUNT + t]! * scale);
      if (v !== 0) cells.push(`${t}:${v}`);
    }
    if (cells.length > 0 || feature.startsWith(KNOWN_WORD)) lines.push(`${feature}\t${cells.join(' ')}`);
  });
  return `${lines.join('\n')}\n`;
}

export function parseWeights(text: string, file = 'weights'): LoadedModel {
  const lines = text.split('\n');
  let n = 0;
  while (lines[n]?.startsWith('#')) n++;
  const parsed = HeaderSchema.safeParse(JSON.parse(lines[n] ?? 'null'));
  if (!parsed.success) {
    throw new Error(`${file}: bad header line ${n + 1}: ${parsed.error.issues[0]?.message}`);
  }
  const { scale, scoreScale, transitions, names } = parsed.data;
  const rows = lines.slice(n + 1).filter((l) => l !== '');
  const index = new Map<string, number>();
  const weights = new Float32Array(rows.length * TAG_COUNT);
  rows.forEach((line, row) => {
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`${file}:${n + 2 + row}: expected "feature<TAB>weights"`);
    index.set(line.slice(0, tab), row);
    for (const cell of line
      .slice(tab + 1)
      .split(' ')
      .filter(Boolean)) {
      const colon = cell.indexOf(':');
      const tag = Number(cell.slice(0, colon));
      const value = Number(cell.slice(colon + 1));
      if (!(tag >= 0 && tag < TAG_COUNT) || !Number.isInteger(value)) {
        throw new Error(`${file}:${n + 2 + row}: bad weight "${cell}"`);
      }
      weights[row * TAG_COUNT + tag] = value / scale;
    }
  });
  return {
    index,
    weights,
    transitions: Float32Array.from(transitions, (v) => v / scale),
    scoreScale,
    lexicon: new Map(Object.entries(names)),
  };
}
