// CoNLL-style corpora (`TOKEN TAG` a line, a blank line between sentences, IOB2 tags) read into
// the engine's own tokens. ANERcorp separates punctuation but leaves clitics on the word, as the
// engine's tokenizer does; where the engine splits a corpus token further (`أ)`, `سي.أن.أن`), the
// first engine token takes the corpus tag and the others continue it (I-) or stay O.
import { type Token, tokenize } from '../text/tokens.ts';
import { documentCues } from './features.ts';
import type { NameLexicon } from './lexicon.ts';
import { type Span, spansOf, tagId } from './model.ts';

export interface CorpusSentence {
  words: string[];
  tags: string[];
}

export function parseConll(text: string, file = 'corpus'): CorpusSentence[] {
  const out: CorpusSentence[] = [];
  let current: CorpusSentence = { words: [], tags: [] };
  const lines = text.split(/\r?\n/);
  lines.forEach((line, n) => {
    if (line.trim() === '') {
      if (current.words.length > 0) out.push(current);
      current = { words: [], tags: [] };
      return;
    }
    const parts = line.trim().split(/\s+/);
    if (parts.length !== 2) throw new Error(`${file}:${n + 1}: expected "TOKEN TAG", got "${line}"`);
    tagId(parts[1]!); // rejects unknown tags with the line's tag in the message
    current.words.push(parts[0]!);
    current.tags.push(parts[1]!);
  });
  if (current.words.length > 0) out.push(current);
  return out;
}

export interface AlignedSentence {
  tokens: Token[];
  /** Tag ids per engine token. */
  tags: number[];
  /** For each engine token, the index of the corpus word it comes from. */
  source: number[];
}

export function align(sentence: CorpusSentence): AlignedSentence {
  const starts: number[] = [];
  let text = '';
  for (const word of sentence.words) {
    starts.push(text.length);
    text += `${word} `;
  }
  const tokens = tokenize(text);
  const source: number[] = [];
  const tags: number[] = [];
  let word = 0;
  for (const token of tokens) {
    while (word + 1 < starts.length && starts[word + 1]! <= token.start) word++;
    const tag = sentence.tags[word]!;
    const continues = source.length > 0 && source[source.length - 1] === word;
    source.push(word);
    tags.push(tagId(continues && tag !== 'O' ? `I-${tag.slice(2)}` : continues ? 'O' : tag));
  }
  return { tokens, tags, source };
}

/**
 * ANERcorp marks no article boundaries: each sentence takes the cues of the sentences around it
 * (`window` either side), a stand-in for its article.
 */
export function withWindowCues<T extends { tokens: Token[]; lexicon?: NameLexicon }>(
  sentences: readonly T[],
  window: number,
) {
  return sentences.map((s, i) => ({
    ...s,
    cues: documentCues(
      sentences.slice(Math.max(0, i - window), i + window + 1).map((x) => x.tokens),
      s.lexicon,
    ),
  }));
}

/** Gold spans of a corpus sentence, over its words. */
export function corpusSpans(sentence: CorpusSentence): Span[] {
  return spansOf(sentence.tags.map(tagId));
}

/** Spans over engine tokens carried back to corpus words. */
export function toWordSpans(spans: readonly Span[], source: readonly number[]): Span[] {
  return spans.map((s) => ({ type: s.type, first: source[s.first]!, last: source[s.last]! }));
}
