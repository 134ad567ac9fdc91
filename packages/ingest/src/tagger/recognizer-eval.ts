// The whole recognizer (gazetteers, rules and the tagger it is given) scored on ANERcorp sentences:
// what `pnpm extract` finds as persons, places and organizations, against the corpus's own spans.
import { prepareArticle } from '../pipeline.ts';
import { type MentionType, recognize } from '../stages/recognize.ts';
import type { CorpusSentence } from './corpus.ts';
import type { Tagger } from './index.ts';
import type { Span } from './model.ts';
import type { EntityType } from './tags.ts';

const CORPUS_TYPE: Partial<Record<MentionType, EntityType>> = {
  person: 'PERS',
  place: 'LOC',
  organization: 'ORG',
  unit: 'ORG',
};

interface WordRange {
  sentence: number;
  word: number;
  start: number;
  end: number;
}

/**
 * Reads `window` consecutive corpus sentences at a time as one article (so a surname met again is
 * read in the light of its full mention, as in an article) and returns each sentence's spans over
 * its corpus words. A mention covers the words its characters fall in (`وأسامة` is one word).
 */
export function recognizerSpans(corpus: readonly CorpusSentence[], tagger: Tagger, window: number): Span[][] {
  const out: Span[][] = corpus.map(() => []);
  for (let from = 0; from < corpus.length; from += window) {
    const ranges: WordRange[] = [];
    let text = '';
    corpus.slice(from, from + window).forEach((sentence, k) => {
      sentence.words.forEach((word, j) => {
        if (text) text += ' ';
        ranges.push({ sentence: from + k, word: j, start: text.length, end: text.length + word.length });
        text += word;
      });
    });
    const article = prepareArticle({ text });
    // Cleaning keeps offsets for this text (single spaces, no markup); a batch it would shift is
    // an error of the evaluation, not a miss of the recognizer.
    if (article.text.length !== text.length)
      throw new Error(`cleaning moved offsets in sentences ${from + 1}+`);
    const { mentions } = recognize(article.text, article.sentences, { tagger, outlets: article.outlets });
    for (const m of mentions) {
      const type = CORPUS_TYPE[m.type];
      const first = ranges.find((r) => r.end > m.start);
      const last = ranges.findLast((r) => r.start < m.end);
      if (!type || !first || !last || first.sentence !== last.sentence) continue;
      out[first.sentence]!.push({ type, first: first.word, last: last.word });
    }
  }
  return out;
}
