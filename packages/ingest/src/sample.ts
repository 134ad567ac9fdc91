// The sample data. The quick start's sample is the project's own annotated fixture articles;
// the seed article (in ../shared beside the repository, not the project's) is read through its
// gold annotation for the tests and benchmarks that know its graph. The gold names its evidence
// by phrase, not offset, so each phrase is located in the cleaned text here; the result is an
// ordinary ArticleExtraction that goes through plan and writer like any other.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ArticleExtraction, type Evidence, ExtractionSchema } from '@shabaka/model';
import type { Driver } from 'neo4j-driver';
import { cleanText } from './stages/clean.ts';
import {
  articlesDir,
  type Fixture,
  type FixtureFiles,
  listFixtures,
  loadFixture,
  seedFixture,
} from './eval/fixtures.ts';
import type { Gold } from './eval/gold.ts';
import { articleId } from './ids.ts';
import { locatePhrase, mentionsOf } from './locate.ts';
import { planGraphWrite } from './stages/plan.ts';
import type { ReadItem } from './stages/read.ts';
import { splitSentences } from './stages/split.ts';
import { type WriteSummary, writeArticle } from './writer.ts';
import { STORY_SAMPLE } from './sample-stories.ts';

export const GOLD_EXTRACTOR = 'gold-annotation@1';

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

/** The seed article's file, and whether it is absent here (a clone with no ../shared beside it). */
export function seedArticle(): { file: string; missing: boolean } {
  const file = seedFixture().textFile;
  return { file, missing: !existsSync(file) };
}

/** Writes the seed article's graph (read through its gold annotation) to the database; needs ../shared. */
export async function loadSampleData(driver: Driver): Promise<WriteSummary> {
  const { file, missing } = seedArticle();
  if (missing)
    throw new Error(`the seed article is not here: ${file} does not exist (it lives in ../shared)`);
  const plan = planGraphWrite(goldExtraction(loadFixture(seedFixture())));
  if (plan.skipped.length > 0) {
    throw new Error(
      `the seed's gold did not plan cleanly: ${plan.skipped.map((s) => `${s.item}: ${s.reason}`).join('; ')}`,
    );
  }
  return writeArticle(driver, plan.write);
}

/** The annotated articles of packages/ingest/fixtures/articles: the project's own, in every clone. */
export function projectFixtures(): FixtureFiles[] {
  const dir = articlesDir();
  return listFixtures().filter((files) => dirname(files.textFile) === dir);
}

/**
 * The quick start's sample: every annotated fixture article of the project, as articles to read
 * through the extractor, with the outlet, title and date their annotation records (plain-text
 * fixtures carry none of their own), so that claims have dates and the timeline has content;
 * then the reports of sample-stories.ts (a republished copy, a contradiction).
 */
export async function* sampleArticles(): AsyncGenerator<ReadItem> {
  for (const files of projectFixtures()) {
    const fixture = loadFixture(files);
    yield { source: files.textFile, text: fixture.text, meta: articleMeta(fixture.gold) };
  }
  for (const story of Object.values(STORY_SAMPLE))
    yield { source: `${STORY_SAMPLE_SOURCE}${story.name}`, text: story.text, meta: story.meta };
}

/** The source of the sample's reports on republication and contradiction (sample-stories.ts). */
export const STORY_SAMPLE_SOURCE = 'sample:stories/';
