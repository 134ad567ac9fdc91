// The learned person/organization/place tagger over the engine's tokens. `tagSentence` loads the
// committed weights (weights.tsv, trained on ANERcorp: see ATTRIBUTION.md) once, on first use.
import { readFileSync } from 'node:fs';
import type { Token } from '../text/tokens.ts';
import { type DocumentCues, documentCues } from './features.ts';
import { constrained, type EntityType, Featurizer, margins, spansOf, viterbi } from './model.ts';
import type { NameLexicon } from './lexicon.ts';
import { KNOWN_WORD, type LoadedModel, parseWeights } from './weights-file.ts';

export const WEIGHTS_FILE = new URL('./weights.tsv', import.meta.url);

export interface TaggedSpan {
  type: EntityType;
  /** Positions in the token array given (not `Token.index`), inclusive. */
  first: number;
  last: number;
  /**
   * Confidence in (0, 1): the logistic of the smallest max-marginal margin over the span's tokens,
   * in units of the model's median margin. A ranking, not a calibrated probability.
   */
  score: number;
}

export class Tagger {
  private readonly featurizer: Featurizer;
  private readonly transitions: Float64Array;
  private readonly scoreScale: number;
  private readonly lexicon: NameLexicon;

  constructor(model: LoadedModel) {
    // A word is known when training kept its spelling as a feature (see wordFeatures).
    this.featurizer = new Featurizer(
      (f) => model.index.get(f) ?? -1,
      (token) => model.index.has(`${KNOWN_WORD}${token.key}`),
      model,
      model.lexicon,
    );
    this.transitions = constrained(model.transitions);
    this.scoreScale = model.scoreScale;
    this.lexicon = model.lexicon;
  }

  /** The cues of an article's sentences, read with this model's name lexicon. */
  cues(sentences: readonly (readonly Token[])[]): DocumentCues {
    return documentCues(sentences, this.lexicon);
  }

  /** Tag ids (indices into TAGS) for each token, and the per-token margins. */
  decode(tokens: readonly Token[], cues?: DocumentCues): { tags: Int32Array; margins: Float64Array } {
    if (tokens.length === 0) return { tags: new Int32Array(0), margins: new Float64Array(0) };
    const emit = this.featurizer.emissions(tokens, cues);
    const { tags, alpha } = viterbi(emit, this.transitions);
    return { tags, margins: margins(emit, this.transitions, alpha, tags) };
  }

  tag(tokens: readonly Token[], cues?: DocumentCues): TaggedSpan[] {
    if (tokens.length === 0) return [];
    const emit = this.featurizer.emissions(tokens, cues);
    const { tags, alpha } = viterbi(emit, this.transitions);
    const spans = spansOf(tags);
    // The backward pass only scores spans: a sentence without any needs none.
    if (spans.length === 0) return [];
    const margin = margins(emit, this.transitions, alpha, tags);
    return spans.map((span) => {
      let least = Number.POSITIVE_INFINITY;
      for (let i = span.first; i <= span.last; i++) least = Math.min(least, margin[i]!);
      return { ...span, score: 1 / (1 + Math.exp(-least / this.scoreScale)) };
    });
  }
}

let committed: Tagger | undefined;

/** The tagger of the committed weights, read on first call. */
export function defaultTagger(): Tagger {
  committed ??= new Tagger(parseWeights(readFileSync(WEIGHTS_FILE, 'utf8'), WEIGHTS_FILE.pathname));
  return committed;
}

/** Persons, organizations, places and other names (MISC) in one sentence's tokens. */
export function tagSentence(tokens: readonly Token[]): TaggedSpan[] {
  return defaultTagger().tag(tokens);
}

/**
 * Every sentence of an article, each sentence's spans over its own tokens. Better than
 * sentence by sentence: a surname met alone is read in the light of its full mentions.
 */
export function tagArticle(
  sentences: readonly (readonly Token[])[],
  tagger: Tagger = defaultTagger(),
): TaggedSpan[][] {
  const cues = tagger.cues(sentences);
  return sentences.map((tokens) => tagger.tag(tokens, cues));
}
