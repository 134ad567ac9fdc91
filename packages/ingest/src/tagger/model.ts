// A linear BIO tagger: per-token tag scores from sparse features, tag-to-tag transition scores,
// and Viterbi decoding under the BIO constraint (an I- tag only after a B- or I- of its type).
import type { Token } from '../text/tokens.ts';
import { lexiconFeatures, type NameLexicon } from './lexicon.ts';
import { allowed, type EntityType, START as START_ROW, TAG_COUNT as TAGS_COUNT, TAGS } from './tags.ts';

// Local copies for the inner loops: under tsx's module transform an imported binding is read
// through a getter on every access, which cost a factor of five in tagging speed.
const TAG_COUNT = TAGS_COUNT;
const START = START_ROW;
import {
  bareOf,
  CUES,
  cueFeature,
  type DocumentCues,
  edgeFeatures,
  GAZETTEER_TYPES,
  gazetteerFeature,
  gazetteerSpans,
  OFFSETS,
  WINDOW,
  wordFeatures,
} from './features.ts';

export { allowed, ENTITY_TYPES, type EntityType, START, TAG_COUNT, TAGS, type Tag, tagId } from './tags.ts';

/** Features of a sentence as rows of ids: `ids.slice(starts[i], starts[i + 1])` are token i's. */
export interface Encoded {
  ids: Int32Array;
  starts: Int32Array;
}

interface WordEntry {
  /** Feature ids of the word at each offset of OFFSETS. */
  rows: Int32Array[];
  bare: string;
  /** With a model: each row's summed tag scores, `scores[offset index * TAG_COUNT + tag]`. */
  scores: Float64Array;
}

const NO_IDS = new Int32Array(0);

/**
 * Turns tokens into feature ids; each word type's ids are computed once (bounded cache). `encode`
 * writes into buffers it reuses: its result is valid until the next call. Given a model, it also
 * scores tokens from each word type's summed rows (`scores`), the fast path of tagging.
 */
export class Featurizer {
  private readonly words = new Map<string, WordEntry>();
  /** Words as if never seen (training's word dropout). */
  private readonly unknownWords = new Map<string, WordEntry>();
  private readonly edges: Int32Array[];
  private readonly edgeScores: Float64Array;
  private readonly cueIds: Int32Array[];
  private readonly cueScores: Float64Array[];
  private readonly gazetteerIds: Int32Array[];
  private readonly gazetteerScores: Float64Array[];
  private ids = new Int32Array(4096);
  private starts = new Int32Array(256);
  private gazetteer = new Int32Array(256);

  constructor(
    private readonly lookup: (feature: string) => number,
    /** Whether a word's own spellings are features (see wordFeatures). */
    private readonly identity: (token: Token) => boolean = () => true,
    private readonly model?: Weights,
    private readonly lexicon?: NameLexicon,
  ) {
    this.edges = OFFSETS.map((o) => this.idsOf([edgeFeatures(o)]));
    this.edgeScores = this.sums(this.edges);
    // Every combination of cue bits, so that a word's cues are one look-up.
    this.cueIds = Array.from({ length: 1 << CUES.length }, (_, mask) =>
      this.idsOf(CUES.filter((_, bit) => mask & (1 << bit)).map(cueFeature)),
    );
    this.cueScores = this.cueIds.map((row) => this.sums([row]));
    this.gazetteerIds = [
      NO_IDS,
      ...GAZETTEER_TYPES.flatMap((type) =>
        [false, true].map((inside) => this.idsOf([gazetteerFeature(inside, type)])),
      ),
    ];
    this.gazetteerScores = this.gazetteerIds.map((row) => this.sums([row]));
  }

  private idsOf(features: string[]): Int32Array {
    const ids: number[] = [];
    for (const f of features) {
      const id = this.lookup(f);
      if (id >= 0) ids.push(id);
    }
    return Int32Array.from(ids);
  }

  /** Each row's tag scores summed, row after row (empty without a model). */
  private sums(rows: readonly Int32Array[]): Float64Array {
    if (!this.model) return new Float64Array(0);
    const w = this.model.weights;
    const out = new Float64Array(rows.length * TAG_COUNT);
    rows.forEach((row, r) => {
      for (const id of row)
        for (let t = 0; t < TAG_COUNT; t++) out[r * TAG_COUNT + t]! += w[id * TAG_COUNT + t]!;
    });
    return out;
  }

  private word(token: Token, unknown: boolean): WordEntry {
    // A token's kind follows from its text, so the text alone keys the cache.
    const cache = unknown ? this.unknownWords : this.words;
    let entry = cache.get(token.text);
    if (!entry) {
      const identity = !unknown && this.identity(token);
      const bare = token.kind === 'word' ? bareOf(token) : '';
      const names = lexiconFeatures(this.lexicon, token);
      const rows = wordFeatures(token, identity, names).map((list) => this.idsOf(list));
      entry = { rows, bare, scores: this.sums(rows) };
      if (cache.size >= 200_000) cache.clear();
      cache.set(token.text, entry);
    }
    return entry;
  }

  private cueMask(entry: WordEntry, cues: DocumentCues | undefined): number {
    return cues && entry.bare !== '' ? (cues.get(entry.bare) ?? 0) : 0;
  }

  /** `unknown`: positions of words to read as never seen (training's word dropout). */
  encode(tokens: readonly Token[], cues?: DocumentCues, unknown?: ReadonlySet<number>): Encoded {
    const n = tokens.length;
    const entries = this.prepare(tokens, unknown);
    let used = 0;
    const push = (row: Int32Array) => {
      if (used + row.length > this.ids.length) {
        const grown = new Int32Array(2 * (used + row.length));
        grown.set(this.ids.subarray(0, used));
        this.ids = grown;
      }
      this.ids.set(row, used);
      used += row.length;
    };
    for (let i = 0; i < n; i++) {
      this.starts[i] = used;
      for (let o = -WINDOW; o <= WINDOW; o++) {
        const at = i + o;
        push(at < 0 || at >= n ? this.edges[o + WINDOW]! : entries[at]!.rows[o + WINDOW]!);
      }
      push(this.gazetteerIds[this.gazetteer[i]!]!);
      push(this.cueIds[this.cueMask(entries[i]!, cues)]!);
    }
    this.starts[n] = used;
    return { ids: this.ids.subarray(0, used), starts: this.starts.subarray(0, n + 1) };
  }

  /** Tag scores per token, `out[i * TAG_COUNT + tag]`: what `emissions(model, encode(...))` gives. */
  emissions(tokens: readonly Token[], cues?: DocumentCues): Float64Array {
    if (!this.model) throw new Error('Featurizer.emissions needs the model it was built with');
    const n = tokens.length;
    const entries = this.prepare(tokens);
    const out = new Float64Array(n * TAG_COUNT);
    const offsets = OFFSETS.length;
    const window = WINDOW;
    for (let i = 0; i < n; i++) {
      const base = i * TAG_COUNT;
      for (let o = 0; o < offsets; o++) {
        const at = i + o - window;
        const scores = at < 0 || at >= n ? this.edgeScores : entries[at]!.scores;
        const from = o * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) out[base + t]! += scores[from + t]!;
      }
      const gazetteer = this.gazetteerScores[this.gazetteer[i]!]!;
      const cue = this.cueScores[this.cueMask(entries[i]!, cues)]!;
      for (let t = 0; t < TAG_COUNT; t++) out[base + t]! += gazetteer[t]! + cue[t]!;
    }
    return out;
  }

  private prepare(tokens: readonly Token[], unknown?: ReadonlySet<number>): WordEntry[] {
    const n = tokens.length;
    if (this.starts.length <= n) {
      this.starts = new Int32Array(2 * n + 1);
      this.gazetteer = new Int32Array(2 * n + 1);
    }
    gazetteerSpans(tokens, this.gazetteer);
    return tokens.map((t, i) => this.word(t, unknown?.has(i) === true && t.kind === 'word'));
  }
}

/** Weights: `weights[feature * TAG_COUNT + tag]`, `transitions[from * TAG_COUNT + to]` (from START too). */
export interface Weights {
  weights: Float32Array | Float64Array;
  transitions: Float32Array | Float64Array;
}

export function emissions(model: Weights, sentence: Encoded): Float64Array {
  const n = sentence.starts.length - 1;
  const out = new Float64Array(n * TAG_COUNT);
  const { ids, starts } = sentence;
  const w = model.weights;
  for (let i = 0; i < n; i++) {
    const base = i * TAG_COUNT;
    for (let f = starts[i]!; f < starts[i + 1]!; f++) {
      const row = ids[f]! * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[base + t]! += w[row + t]!;
    }
  }
  return out;
}

const FORBIDDEN = Number.NEGATIVE_INFINITY;

/** Transition scores with the BIO constraint applied (forbidden moves at -Infinity). */
export function constrained(transitions: ArrayLike<number>): Float64Array {
  const out = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let from = 0; from <= TAG_COUNT; from++) {
    for (let to = 0; to < TAG_COUNT; to++) {
      out[from * TAG_COUNT + to] = allowed(from, to) ? transitions[from * TAG_COUNT + to]! : FORBIDDEN;
    }
  }
  return out;
}

/** Best-path prefix scores (`alpha`) and the best tag sequence. */
export function viterbi(emit: Float64Array, trans: Float64Array): { tags: Int32Array; alpha: Float64Array } {
  const n = emit.length / TAG_COUNT;
  const alpha = new Float64Array(n * TAG_COUNT);
  const back = new Int32Array(n * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) alpha[t] = emit[t]! + trans[START * TAG_COUNT + t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = FORBIDDEN;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p++) {
        const s = alpha[(i - 1) * TAG_COUNT + p]! + trans[p * TAG_COUNT + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[i * TAG_COUNT + t] = best + emit[i * TAG_COUNT + t]!;
      back[i * TAG_COUNT + t] = arg;
    }
  }
  const tags = new Int32Array(n);
  if (n === 0) return { tags, alpha };
  let last = 0;
  for (let t = 1; t < TAG_COUNT; t++) {
    if (alpha[(n - 1) * TAG_COUNT + t]! > alpha[(n - 1) * TAG_COUNT + last]!) last = t;
  }
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * TAG_COUNT + tags[i]!]!;
  return { tags, alpha };
}

/**
 * For each token, how much the best path loses if that token takes any other tag (max-marginal
 * margins from the forward and backward Viterbi scores). Zero where the tagger is torn.
 */
export function margins(emit: Float64Array, trans: Float64Array, alpha: Float64Array, tags: Int32Array) {
  const n = tags.length;
  const beta = new Float64Array(n * TAG_COUNT);
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = FORBIDDEN;
      for (let x = 0; x < TAG_COUNT; x++) {
        const s = trans[t * TAG_COUNT + x]! + emit[(i + 1) * TAG_COUNT + x]! + beta[(i + 1) * TAG_COUNT + x]!;
        if (s > best) best = s;
      }
      beta[i * TAG_COUNT + t] = best;
    }
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const chosen = tags[i]!;
    const through = alpha[i * TAG_COUNT + chosen]! + beta[i * TAG_COUNT + chosen]!;
    let other = FORBIDDEN;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (t !== chosen) other = Math.max(other, alpha[i * TAG_COUNT + t]! + beta[i * TAG_COUNT + t]!);
    }
    out[i] = through - other;
  }
  return out;
}

export interface Span {
  type: EntityType;
  first: number;
  last: number;
}

/** Entity spans of a well-formed BIO sequence (a stray I- opens a span, as conlleval reads it). */
export function spansOf(tags: ArrayLike<number>): Span[] {
  const out: Span[] = [];
  let open: Span | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i]!]!;
    const type = tag.slice(2) as EntityType;
    if (open && tag === `I-${open.type}`) {
      open.last = i;
      continue;
    }
    open = tag === 'O' ? undefined : { type, first: i, last: i };
    if (open) out.push(open);
  }
  return out;
}
