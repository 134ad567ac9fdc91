// The sample data: the seed article read through its gold annotation. The gold names its
// evidence by phrase, not offset, so each phrase is located in the cleaned text here; the
// result is an ordinary ArticleExtraction that goes through plan and writer like any other.
import { type ArticleExtraction, type Evidence, ExtractionSchema, type Span } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { cleanText } from './clean.ts';
import { type Fixture, listFixtures, loadFixture, seedFixture } from './eval/fixtures.ts';
import type { Gold } from './eval/gold.ts';
import { articleId } from './ids.ts';
import { planGraphWrite } from './plan.ts';
import type { ReadItem } from './read.ts';
import { splitSentences } from './split.ts';
import { type WriteSummary, writeArticle } from './writer.ts';

export const GOLD_EXTRACTOR = 'gold-annotation@1';

const QUOTE_MARKS = /["«»\u201C\u201D\u201E\u201F]/;

/** The text with quotation marks dropped and whitespace runs folded, and where each char came from. */
function comparable(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (QUOTE_MARKS.test(ch)) continue;
    if (/\s/.test(ch)) {
      if (out === '' || out.endsWith(' ')) continue;
      out += ' ';
    } else {
      out += ch;
    }
    origin.push(i);
  }
  return { text: out, origin };
}

/**
 * Finds a gold phrase in the text: its `...`-separated pieces in order, verbatim but for
 * quotation marks and whitespace. The span runs from the first piece's start to the last's end.
 */
export function locatePhrase(phrase: string, text: string, from = 0): Span | undefined {
  const haystack = comparable(text);
  const pieces = phrase
    .split('...')
    .map((piece) => comparable(piece).text.trim())
    .filter(Boolean);
  let cursor = haystack.origin.findIndex((o) => o >= from);
  if (cursor < 0 || pieces.length === 0) return undefined;
  let start: number | undefined;
  let end = 0;
  for (const piece of pieces) {
    const at = haystack.text.indexOf(piece, cursor);
    if (at < 0) return undefined;
    start ??= haystack.origin[at]!;
    end = haystack.origin[at + piece.length - 1]! + 1;
    cursor = at + piece.length;
  }
  return start === undefined ? undefined : { start, end };
}

const LETTER = /\p{L}/u;
/** One-letter proclitics written joined to the next word: و ب ل ف ك. */
const PROCLITIC = /[وبلفك]/;

/** Whether a span is a whole word, allowing one joined proclitic (`والرقة`), not part of one (`الدمشقي`). */
function isWholeWord(text: string, { start, end }: Span): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const startsWord = !LETTER.test(before) || (PROCLITIC.test(before) && !LETTER.test(text[start - 2] ?? ' '));
  return startsWord && !LETTER.test(after);
}

/** Every place a name or one of its aliases is written as a word, longest first, without overlaps. */
export function mentionsOf(names: readonly string[], text: string): Span[] {
  const spans: Span[] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    let at = 0;
    for (let span = locatePhrase(name, text, at); span; span = locatePhrase(name, text, at)) {
      const overlaps = spans.some((s) => span!.start < s.end && s.start < span!.end);
      if (!overlaps && isWholeWord(text, span)) spans.push(span);
      at = span.end;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Reads a gold-annotated article as an extraction, every claim's evidence located in the text. */
export function goldExtraction(fixture: Fixture): ArticleExtraction {
  const text = cleanText(fixture.text).text;
  const { sentences } = splitSentences(text);
  const { gold } = fixture;
  const evidence = (phrase: string): Evidence | undefined => {
    const span = locatePhrase(phrase, text);
    if (!span) return undefined;
    const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end) ?? sentences[0];
    if (!sentence) return undefined;
    return { sentence: sentence.index, ...span, text: sentence.text, confidence: 1 };
  };
  const withMentions = <T extends { name: string; aliases?: string[] }>(item: T) => ({
    ...item,
    mentions: mentionsOf([item.name, ...(item.aliases ?? [])], text),
  });
  const extraction = ExtractionSchema.parse({
    persons: gold.persons.map(withMentions),
    organizations: gold.organizations.map(withMentions),
    units: gold.units.map(withMentions),
    places: gold.places.map(withMentions),
    roles: gold.roles.map(({ role_text, ...role }) => ({
      ...role,
      title: role_text,
      evidence: evidence(role_text),
    })),
    relations: gold.relations.map((r) => ({ ...r, evidence: evidence(r.evidence) })),
  });
  return {
    article: { ...articleMeta(gold), id: articleId(text), text, language: 'ar' },
    extraction,
    extractor: GOLD_EXTRACTOR,
  };
}

function articleMeta(gold: Gold) {
  const { outlet, title, publishedAt } = gold.source;
  return { outlet, title, ...(publishedAt ? { publishedAt } : {}) };
}

/** Writes the seed article's graph (read through its gold annotation) to the database. */
export async function loadSampleData(driver: Driver): Promise<WriteSummary> {
  const plan = planGraphWrite(goldExtraction(loadFixture(seedFixture())));
  if (plan.skipped.length > 0) {
    throw new Error(
      `the seed's gold did not plan cleanly: ${plan.skipped.map((s) => `${s.item}: ${s.reason}`).join('; ')}`,
    );
  }
  return writeArticle(driver, plan.write);
}

/**
 * The quick start's sample: the seed and every annotated fixture article, as articles to read
 * through the extractor, with the outlet, title and date their annotation records (plain-text
 * fixtures carry none of their own), so that claims have dates and the timeline has content.
 */
export async function* sampleArticles(): AsyncGenerator<ReadItem> {
  for (const files of listFixtures()) {
    const fixture = loadFixture(files);
    yield { source: files.textFile, text: fixture.text, meta: articleMeta(fixture.gold) };
  }
}
