import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.ts';
import { align, parseConll, toWordSpans } from './corpus.ts';
import { Tagger, tagArticle, tagSentence, WEIGHTS_FILE } from './index.ts';
import { documentCues } from './features.ts';
import { allowed, emissions, Featurizer, START, spansOf, TAGS, tagId } from './model.ts';
import { train } from './perceptron.ts';
import { scoreSpans } from './score.ts';
import { parseWeights, serialize } from './weights-file.ts';

/** The names a tagger finds in a sentence, as `TYPE:words`. */
function found(
  tagger: (tokens: ReturnType<typeof tokenize>) => ReturnType<typeof tagSentence>,
  text: string,
) {
  const tokens = tokenize(text);
  return tagger(tokens).map(
    (s) =>
      `${s.type}:${tokens
        .slice(s.first, s.last + 1)
        .map((t) => t.text)
        .join(' ')}`,
  );
}

// A tiny corpus of our own: a reporter's name after `كتب`, a town after `في`.
const TINY = `
كتب O
زهير B-PERS
قنديل I-PERS
من O
حمص B-LOC
.

كتب O
نوار B-PERS
من O
ادلب B-LOC
.

كتب O
سمعان B-PERS
ملوحي I-PERS
من O
درعا B-LOC
.
`.replace(/^(\S+)$/gm, '$1 O');

describe('the perceptron trainer', () => {
  it('learns a tiny corpus it is trained on', () => {
    const corpus = parseConll(TINY);
    const trained = train(corpus.map(align), { epochs: 8, seed: 7, rare: 0 });
    const tagger = new Tagger(
      parseWeights(serialize(trained, { scale: 20, scoreScale: 1, attribution: [], lexicon: new Map() })),
    );
    expect(found((t) => tagger.tag(t), 'كتب زهير قنديل من حمص .')).toEqual(['PERS:زهير قنديل', 'LOC:حمص']);
    expect(found((t) => tagger.tag(t), 'كتب نوار من ادلب .')).toEqual(['PERS:نوار', 'LOC:ادلب']);
  });

  it('trains the same weights twice from the same seed, word dropout included', () => {
    const sentences = parseConll(TINY).map(align);
    const options = { epochs: 3, seed: 11, rare: 0, dropout: 0.3 };
    const a = train(sentences, options);
    const b = train(sentences, options);
    expect([...a.weights]).toEqual([...b.weights]);
    expect([...train(sentences, { ...options, seed: 12 }).weights]).not.toEqual([...a.weights]);
  });
});

describe('the tagging fast path', () => {
  it('scores tokens as the feature-by-feature sum does, article cues and gazetteer names included', () => {
    const model = parseWeights(readFileSync(WEIGHTS_FILE, 'utf8'));
    const lookup = (f: string) => model.index.get(f) ?? -1;
    const fast = new Featurizer(lookup, () => true, model);
    const slow = new Featurizer(lookup);
    const sentences = [
      'قال العميد رضوان مخلوف إن قوات سوريا الديمقراطية دخلت ريف حلب.',
      'وأضاف مخلوف أن الطريق مغلق.',
    ];
    const article = sentences.map((s) => tokenize(s));
    const cues = documentCues(article);
    for (const tokens of article) {
      const expected = emissions(model, slow.encode(tokens, cues));
      const got = fast.emissions(tokens, cues);
      expect(got.length).toBe(expected.length);
      for (let i = 0; i < got.length; i++) expect(got[i]).toBeCloseTo(expected[i]!, 4);
    }
  });
});

describe('the BIO constraint and spans', () => {
  it('allows I- only after B- or I- of the same type', () => {
    expect(allowed(START, tagId('I-PERS'))).toBe(false);
    expect(allowed(tagId('O'), tagId('I-LOC'))).toBe(false);
    expect(allowed(tagId('B-ORG'), tagId('I-LOC'))).toBe(false);
    expect(allowed(tagId('B-LOC'), tagId('I-LOC'))).toBe(true);
    expect(allowed(tagId('O'), tagId('B-MISC'))).toBe(true);
  });

  it('scores spans by exact type, first and last word', () => {
    const gold = [spansOf(['B-PERS', 'I-PERS', 'O', 'B-LOC'].map(tagId))];
    const predicted = [spansOf(['B-PERS', 'O', 'O', 'B-LOC'].map(tagId))];
    const byType = Object.fromEntries(scoreSpans(gold, predicted).map((r) => [r.type, r]));
    expect(byType['PERS']).toMatchObject({ gold: 1, predicted: 1, correct: 0 });
    expect(byType['LOC']).toMatchObject({ gold: 1, predicted: 1, correct: 1, f1: 1 });
  });

  it('maps spans over engine tokens back to corpus words when the engine splits a word', () => {
    const [sentence] = parseConll('زار O\nسي.ان.ان B-ORG\nأمس O\n');
    const aligned = align(sentence!);
    expect(aligned.tokens.length).toBeGreaterThan(3);
    expect(aligned.tags.map((t) => TAGS[t])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(toWordSpans(spansOf(aligned.tags), aligned.source)).toEqual([{ type: 'ORG', first: 1, last: 1 }]);
  });

  it('rejects a corpus line that is not TOKEN TAG, or a tag outside BIO', () => {
    expect(() => parseConll('كلمة\n', 'x.txt')).toThrow(/x.txt:1: expected "TOKEN TAG"/);
    expect(() => parseConll('كلمة B-PER\n')).toThrow(/unknown tag B-PER/);
  });
});

describe('the committed weights', () => {
  it('load, and refuse a file whose header is not theirs', () => {
    const model = parseWeights(readFileSync(WEIGHTS_FILE, 'utf8'));
    expect(model.index.size).toBeGreaterThan(10_000);
    expect(() => parseWeights('{"format":"other"}\n', 'w.tsv')).toThrow(/w.tsv: bad header line 1/);
  });

  it('find a person after a title though his names are on no list', () => {
    expect(found(tagSentence, 'وقال وزير الداخلية مهران الزعبلاوي إن الطريق آمن.')).toContain(
      'PERS:مهران الزعبلاوي',
    );
  });

  it('find a foreign name written in Arabic letters', () => {
    expect(found(tagSentence, 'وصل المدرب الإيطالي فرانكو باريزيني إلى دمشق صباح اليوم.')).toEqual([
      'PERS:فرانكو باريزيني',
      'LOC:دمشق',
    ]);
  });

  it('read a surname met alone in the light of the full name earlier in the article', () => {
    const article = ['قال العميد رضوان مخلوف إن الطريق مغلق.', 'وأضاف مخلوف أن القوافل ستمر غدا.'].map((s) =>
      tokenize(s),
    );
    const [first, second] = tagArticle(article);
    expect(first!.map((s) => [s.type, s.first, s.last])).toEqual([['PERS', 2, 3]]);
    expect(second!.map((s) => [s.type, s.first, s.last])).toEqual([['PERS', 1, 1]]);
  });

  it('do not take the preposition على for a person', () => {
    expect(found(tagSentence, 'اعتمد المجلس على التقرير الذي قدمته اللجنة.')).toEqual([]);
    expect(found(tagSentence, 'وشدد على ضرورة فتح الطريق أمام القوافل.')).toEqual([]);
  });

  it('give each span a score between 0 and 1 and positions in the array given', () => {
    const tokens = tokenize('وصل الوفد إلى حلب أمس.');
    const [span] = tagSentence(tokens);
    expect(span).toMatchObject({ type: 'LOC', first: 3, last: 3 });
    expect(span!.score).toBeGreaterThan(0);
    expect(span!.score).toBeLessThan(1);
    expect(tagSentence([])).toEqual([]);
  });
});
