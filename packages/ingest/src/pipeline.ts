// The whole extraction of one article, pure and synchronous: read text in, the extraction contract
// of MODEL.md out, every item with the offsets of the sentence that states it.
import {
  type Article,
  type ArticleExtraction,
  ArticleExtractionSchema,
  type ArticleMeta,
  type Extraction,
  nameKey,
  type Span,
} from '@shabaka/model';
import { cleanText } from './stages/clean.ts';
import { ENGINE_VERSION } from './engine-version.ts';
import { extractEnglish } from './english/extract.ts';
import { articleId } from './ids.ts';
import { detectLanguage } from './language.ts';
import { recognize } from './stages/recognize.ts';
import { relate } from './stages/relate.ts';
import { type Entity, resolve } from './stages/resolve.ts';
import { assemble } from './rules/assemble.ts';
import type { Trace } from './rules/trace.ts';
import { type Sentence, splitSentences } from './stages/split.ts';
import { addStatedTerms } from './stages/terms.ts';

/** The package version and a hash of the engine's sources (engine-version.ts). */
export const EXTRACTOR_VERSION = ENGINE_VERSION;
export const EXTRACTOR = `shabaka-rules@${EXTRACTOR_VERSION}`;
export const ENGLISH_EXTRACTOR = `shabaka-rules-en@${EXTRACTOR_VERSION}`;

/** The text is neither Arabic nor English: the rule engines would misread it, so they refuse. */
export class UnsupportedLanguageError extends Error {
  constructor(readonly language: string) {
    super(`unsupported language "${language}": the rule engines read Arabic and English only`);
    this.name = 'UnsupportedLanguageError';
  }
}

/** Nothing but whitespace or site chrome. */
export class EmptyArticleError extends Error {
  constructor() {
    super('the article is empty once site chrome is removed');
    this.name = 'EmptyArticleError';
  }
}

export interface ExtractInput {
  text: string;
  meta?: ArticleMeta;
  /** Collects, per sentence, every rule that fired or declined (`pnpm extract --trace`). */
  trace?: Trace;
}

/** An article read the one way every extractor reads it: cleaned, split, identified. */
export interface PreparedArticle {
  text: string;
  sentences: Sentence[];
  /** The article's metadata, id, cleaned text and language, ready for `ArticleExtraction.article`. */
  article: Article;
  /** Every outlet name the metadata or the masthead gives, for recognizing the outlet in the text. */
  outlets: string[];
}

/** Cleans, splits and identifies an article; shared by the rule engine and the LLM extractor. */
export function prepareArticle(input: ExtractInput): PreparedArticle {
  const { text } = cleanText(input.text);
  if (text.trim() === '') throw new EmptyArticleError();
  const language = detectLanguage(text);
  const { sentences, masthead } = splitSentences(text);
  const meta = input.meta ?? {};
  const outlet = meta.outlet ?? masthead.outlet ?? masthead.agency;
  const outlets = [meta.outlet, masthead.outlet, masthead.agency].filter((o): o is string => Boolean(o));
  const title = meta.title ?? masthead.title;
  const article: Article = {
    ...meta,
    id: articleId(text),
    text,
    language,
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
  };
  return { text, sentences, article, outlets };
}

export function extractArticle(input: ExtractInput): ArticleExtraction {
  const { text, sentences, article, outlets } = prepareArticle(input);
  const { language, outlet } = article;
  if (language !== 'ar' && language !== 'en') throw new UnsupportedLanguageError(language);
  const extraction =
    language === 'en'
      ? extractEnglish(text, sentences, input.trace)
      : extractArabic(text, sentences, outlets, input.trace);
  addStatedTerms(extraction, sentences);
  // An outlet of punctuation only stays the article's metadata but names no organization.
  if (outlet && nameKey(outlet) !== '')
    addOutlet(
      extraction,
      outlet,
      text,
      sentences.find((s) => s.kind === 'byline'),
    );
  const extractor = language === 'en' ? ENGLISH_EXTRACTOR : EXTRACTOR;
  return ArticleExtractionSchema.parse({ article, extraction, extractor });
}

function extractArabic(text: string, sentences: Sentence[], outlets: string[], trace?: Trace): Extraction {
  const recognized = recognize(text, sentences, { outlets });
  const resolved = resolve(recognized);
  const related = relate(text, sentences, recognized, resolved, trace);

  return assemble([...resolved.entities, ...related.implied], spans, related.roles, related.relations, trace);
}

function spans(e: Entity): Span[] {
  return e.mentions.map((m) => ({ start: m.start, end: m.end }));
}

/** The outlet of the byline or metadata is an organization of kind media. */
export function addOutlet(
  extraction: Extraction,
  outlet: string,
  text: string,
  byline?: { start: number; end: number },
) {
  const key = nameKey(outlet);
  const existing = extraction.organizations.find(
    (o) => nameKey(o.name) === key || o.aliases.some((a) => nameKey(a) === key),
  );
  const at = byline ? text.indexOf(outlet, byline.start) : -1;
  const span = at >= 0 && at < (byline?.end ?? 0) ? [{ start: at, end: at + outlet.length }] : [];
  if (existing) {
    existing.kind = 'media';
    existing.mentions.push(...span);
    existing.mentions.sort((a, b) => a.start - b.start);
  } else {
    extraction.organizations.push({ name: outlet, aliases: [], kind: 'media', mentions: span });
  }
}
