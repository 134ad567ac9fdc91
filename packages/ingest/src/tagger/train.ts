// `pnpm train [--eval] [--epochs N]`: trains the tagger on ANERcorp's training part.
// Without --eval: trains on all of it and writes weights.tsv beside this file.
// With --eval: trains on the first 90% of its sentences (document order), and scores the
// written-and-reread model on the last 10%, which it never saw; prints the figures and the speed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/fixtures.ts';
import { commonWordsOf, withCommonWords } from '../lexicon/common.ts';
import { align, corpusSpans, parseConll, toWordSpans, withWindowCues } from './corpus.ts';
import type { Token } from '../text/tokens.ts';
import { Tagger, WEIGHTS_FILE } from './index.ts';
import { jackknife, nameLexicon } from './lexicon.ts';
import { spansOf, TAGS } from './model.ts';
import { type LabelledSentence, train, type Trained } from './perceptron.ts';
import { recognizerSpans } from './recognizer-eval.ts';
import { renderScores, scoreSpans } from './score.ts';
import { parseWeights, serialize } from './weights-file.ts';

const USAGE = 'usage: pnpm train [--eval] [--epochs N]';
const CORPUS = join(REPO_ROOT, '..', 'shared', 'benchmarks', 'anercorp', 'ANERCorp_CamelLab_train.txt');
const SEED = 20_260_101;
const SCALE = 20;
/** Chosen on the dev split (0/1/2, 0.1/0.15/0.2/0.25, windows 0/10/20 within a point of each other). */
const RARE = 1;
const DROPOUT = 0.1;
const DEV_SHARE = 0.1;
const TOKENS_PER_ARTICLE = 180;
const LEXICON_PARTS = 5;
/** Sentences either side that stand in for an article (ANERcorp marks no article boundaries). */
const DOCUMENT_WINDOW = 10;

export const ATTRIBUTION = [
  'Shabaka BIO tagger weights, a model derived from ANERcorp (CAMeL Lab train split).',
  'ANERcorp: Benajiba, Rosso & Benedi Ruiz, "ANERsys: An Arabic named entity recognition system',
  'based on maximum entropy", CICLing 2007; split: Obeid et al., "CAMeL Tools", LREC 2020.',
  'Source: https://camel.abudhabi.nyu.edu/anercorp/ . Licence: CC BY-SA 4.0',
  '(https://creativecommons.org/licenses/by-sa/4.0/); this file is under the same licence.',
];

/** The median margin of the tokens in predicted spans: a span at that margin scores 0.73. */
function medianSpanMargin(tagger: Tagger, sentences: readonly LabelledSentence[]): number {
  const values: number[] = [];
  for (const s of sentences) {
    const { tags, margins } = tagger.decode(s.tokens, s.cues);
    for (let i = 0; i < tags.length; i++) if (tags[i] !== 0) values.push(margins[i]!);
  }
  values.sort((a, b) => a - b);
  return Math.max(values[Math.floor(values.length / 2)] ?? 1, 1e-3);
}

function build(sentences: readonly LabelledSentence[], epochs: number): { text: string; trained: Trained } {
  const parts = withWindowCues(jackknife(sentences, LEXICON_PARTS), DOCUMENT_WINDOW);
  const trained = train(parts, {
    epochs,
    seed: SEED,
    rare: RARE,
    dropout: DROPOUT,
  });
  const lexicon = nameLexicon(sentences);
  const raw = new Tagger({
    index: new Map(trained.features.map((f, i) => [f, i])),
    weights: Float32Array.from(trained.weights),
    transitions: Float32Array.from(trained.transitions),
    scoreScale: 1,
    lexicon,
  });
  const read = withWindowCues(
    sentences.map((s) => ({ ...s, lexicon })),
    DOCUMENT_WINDOW,
  );
  const scoreScale = Number(medianSpanMargin(raw, read).toFixed(3));
  const attribution = ATTRIBUTION;
  return { text: serialize(trained, { scale: SCALE, scoreScale, attribution, lexicon }), trained };
}

/** Consecutive sentences grouped into pseudo-articles of about TOKENS_PER_ARTICLE tokens. */
function articles(sentences: readonly LabelledSentence[]): Token[][][] {
  const out: Token[][][] = [[]];
  let size = 0;
  for (const s of sentences) {
    if (size >= TOKENS_PER_ARTICLE) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1]!.push(s.tokens);
    size += s.tokens.length;
  }
  return out;
}

/** Tagging speed as tagArticle works (article cues, then each sentence), in CPU time of one thread. */
function speed(tagger: Tagger, sentences: readonly LabelledSentence[]): string {
  const batch = articles(sentences);
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  const run = () => {
    const started = process.cpuUsage();
    for (const article of batch) {
      const cues = tagger.cues(article);
      for (const s of article) tagger.tag(s, cues);
    }
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1e6;
  };
  const cold = run();
  let passes = 0;
  let seconds = 0;
  while (seconds < 2) {
    seconds += run();
    passes++;
  }
  const rate = (tokens * passes) / seconds;
  const perArticle = (rate * batch.length) / tokens;
  return [
    `speed (CPU time): ${Math.round(tokens / cold).toLocaleString('en')} tokens/s on the first pass (cold word cache),`,
    `${Math.round(rate).toLocaleString('en')} tokens/s warm = ${Math.round(perArticle).toLocaleString('en')} articles/s of ~${Math.round(tokens / batch.length)} tokens, one core`,
  ].join(' ');
}

function main(argv: string[]): number {
  const evaluate = argv.includes('--eval');
  const epochsAt = argv.indexOf('--epochs');
  const epochs = epochsAt >= 0 ? Number(argv[epochsAt + 1]) : 6;
  const known = argv.every(
    (a, i) => a === '--eval' || a === '--epochs' || (i > 0 && argv[i - 1] === '--epochs'),
  );
  if (!known || !(Number.isInteger(epochs) && epochs > 0)) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(CORPUS)) {
    console.error(
      `${CORPUS} is missing: the tagger trains on ANERcorp's training part, kept beside the repository`,
    );
    return 1;
  }
  const corpus = parseConll(readFileSync(CORPUS, 'utf8'), CORPUS);
  const aligned = corpus.map(align);
  const started = performance.now();
  if (!evaluate) {
    const { text, trained } = build(aligned, epochs);
    writeFileSync(WEIGHTS_FILE, text);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `trained on ${aligned.length} sentences, ${epochs} epochs, ${seconds} s; ${trained.features.length} features, ${text.split('\n').length} lines (${(text.length / 1e6).toFixed(1)} MB chars) written to ${WEIGHTS_FILE.pathname}`,
    );
    return 0;
  }
  const cut = Math.floor(aligned.length * (1 - DEV_SHARE));
  const { text } = build(aligned.slice(0, cut), epochs);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const model = parseWeights(text);
  const tagger = new Tagger(model);
  // The dev part is read as tagging reads an article: with the model's own lexicon.
  const dev = withWindowCues(
    aligned.slice(cut).map((s) => ({ ...s, lexicon: model.lexicon })),
    DOCUMENT_WINDOW,
  );
  const gold = corpus.slice(cut).map(corpusSpans);
  const predicted = dev.map((s) => toWordSpans(spansOf(tagger.decode(s.tokens, s.cues).tags), s.source));
  const devTokens = corpus.slice(cut).reduce((n, s) => n + s.words.length, 0);
  console.log(
    `trained on sentences 1-${cut} (${epochs} epochs, ${seconds} s); dev = sentences ${cut + 1}-${aligned.length} (${devTokens} corpus tokens), exact-span matching, tags ${TAGS.length}`,
  );
  console.log(renderScores(scoreSpans(gold, predicted)));
  console.log(speed(tagger, dev));
  console.log(
    `\nthe whole recognizer (gazetteers, rules and this tagger), the dev sentences read ${DOCUMENT_WINDOW} at a time as one article (it names no MISC),`,
    'with the common-word list derived from the training sentences only (the committed one saw the dev gold):',
  );
  const recognized = withCommonWords(commonWordsOf(corpus.slice(0, cut)), () =>
    recognizerSpans(corpus.slice(cut), tagger, DOCUMENT_WINDOW),
  );
  console.log(renderScores(scoreSpans(gold, recognized)));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
