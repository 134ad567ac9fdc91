// Training: an averaged structured perceptron (Collins 2002) over Viterbi paths. Deterministic:
// the sentence order of every epoch comes from a seeded shuffle.
import type { Token } from '../text/tokens.ts';
import type { DocumentCues } from './features.ts';
import type { NameLexicon } from './lexicon.ts';
import { constrained, emissions, type Encoded, Featurizer, viterbi } from './model.ts';
import { START as START_ROW, TAG_COUNT as TAGS_COUNT } from './tags.ts';

// Local copies for the inner loops (see model.ts).
const TAG_COUNT = TAGS_COUNT;
const START = START_ROW;

export interface LabelledSentence {
  tokens: Token[];
  /** Tag ids (indices into TAGS), one per token. */
  tags: number[];
  /** Cues from the sentence's article. */
  cues?: DocumentCues;
  /** The name lexicon to read it with (built without it: see lexicon.ts). */
  lexicon?: NameLexicon;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Words seen this many times or fewer are trained as unknown words (no spelling features). */
  rare: number;
  /** Word dropout: the share of word occurrences read, epoch by epoch, as unknown words. */
  dropout?: number;
}

export interface Trained {
  features: string[];
  /** Averaged weights, `features.length * TAG_COUNT`. */
  weights: Float64Array;
  transitions: Float64Array;
}

/** mulberry32: a small seeded generator, so that training runs repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

export function train(sentences: readonly LabelledSentence[], options: TrainOptions): Trained {
  const features: string[] = [];
  const index = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s.tokens) counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  const lookup = (f: string) => {
    let id = index.get(f);
    if (id === undefined) {
      id = features.length;
      features.push(f);
      index.set(f, id);
    }
    return id;
  };
  const known = (token: Token) => (counts.get(token.key) ?? 0) > options.rare;
  // One featurizer a name lexicon (each part of a jackknifed corpus has its own), one id table.
  const featurizers = new Map<NameLexicon | undefined, Featurizer>();
  const featurizerOf = (s: LabelledSentence) => {
    let featurizer = featurizers.get(s.lexicon);
    if (!featurizer) {
      featurizer = new Featurizer(lookup, known, undefined, s.lexicon);
      featurizers.set(s.lexicon, featurizer);
    }
    return featurizer;
  };
  const encoded: Encoded[] = sentences.map((s) => {
    const { ids, starts } = featurizerOf(s).encode(s.tokens, s.cues);
    return { ids: ids.slice(), starts: starts.slice() };
  });
  const dropout = options.dropout ?? 0;
  if (dropout > 0) {
    // Every word's unknown reading, so that its features are in the table before it is sized.
    for (const s of sentences) featurizerOf(s).encode(s.tokens, s.cues, new Set(s.tokens.map((_, i) => i)));
  }
  const weights = new Float64Array(features.length * TAG_COUNT);
  const totals = new Float64Array(weights.length);
  const transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  const transitionTotals = new Float64Array(transitions.length);
  const model = { weights, transitions };
  const random = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  let step = 1;

  const withDropout = (s: number): Encoded => {
    const sentence = sentences[s]!;
    const { tokens, cues } = sentence;
    const unknown = new Set<number>();
    for (let i = 0; i < tokens.length; i++) if (random() < dropout) unknown.add(i);
    return unknown.size === 0 ? encoded[s]! : featurizerOf(sentence).encode(tokens, cues, unknown);
  };

  const bump = (into: Float64Array, sums: Float64Array, at: number, by: number) => {
    into[at]! += by;
    sums[at]! += step * by;
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const s of order) {
      const sentence = dropout > 0 ? withDropout(s) : encoded[s]!;
      const gold = sentences[s]!.tags;
      if (gold.length === 0) continue;
      const trans = constrained(transitions);
      const { tags: predicted } = viterbi(emissions(model, sentence), trans);
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i]!;
        const p = predicted[i]!;
        const gFrom = i === 0 ? START : gold[i - 1]!;
        const pFrom = i === 0 ? START : predicted[i - 1]!;
        if (g !== p) {
          for (let f = sentence.starts[i]!; f < sentence.starts[i + 1]!; f++) {
            const row = sentence.ids[f]! * TAG_COUNT;
            bump(weights, totals, row + g, 1);
            bump(weights, totals, row + p, -1);
          }
        }
        if (g !== p || gFrom !== pFrom) {
          bump(transitions, transitionTotals, gFrom * TAG_COUNT + g, 1);
          bump(transitions, transitionTotals, pFrom * TAG_COUNT + p, -1);
        }
      }
      step++;
    }
  }
  // Averaging with the running sums: avg = w - (sum of step * update) / step.
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! - totals[i]! / step;
  for (let i = 0; i < transitions.length; i++) {
    transitions[i] = transitions[i]! - transitionTotals[i]! / step;
  }
  return { features, weights, transitions };
}
