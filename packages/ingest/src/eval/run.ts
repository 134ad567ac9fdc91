// Runs an extractor over a set of annotated articles and scores each article. An extractor that
// throws or breaks the contract on an article is reported for it, which is then scored as empty.
import { ArticleExtractionSchema, type Extraction, ExtractionSchema } from '@shabaka/model';
import type { Extract } from '../extractors.ts';
import { type Figures, microAverage, type ScoredCategory, type Scores, scoreExtraction } from './score.ts';
import { type ArticleSet, loadAnnotated } from './sets.ts';

export interface ArticleResult {
  slug: string;
  scores: Scores;
  /** What the extractor produced (empty when it failed). */
  extraction: Extraction;
  /** Milliseconds the extraction took. */
  ms: number;
  /** Why the extractor produced nothing for this article. */
  error?: string;
}

export interface SetResult {
  name: string;
  dir: string;
  articles: ArticleResult[];
  total: Record<ScoredCategory, Figures>;
  /** Articles extracted per second of extraction time (reading and scoring not counted). */
  articlesPerSecond: number;
}

async function extractTimed(extract: Extract, text: string) {
  const started = performance.now();
  try {
    const output = ArticleExtractionSchema.safeParse(await extract({ text }));
    const ms = performance.now() - started;
    if (output.success) return { extraction: output.data.extraction, ms };
    const issue = output.error.issues[0];
    return {
      extraction: ExtractionSchema.parse({}),
      ms,
      error: `output breaks the extraction contract at ${issue?.path.join('.')}: ${issue?.message}`,
    };
  } catch (error) {
    return {
      extraction: ExtractionSchema.parse({}),
      ms: performance.now() - started,
      error: (error as Error).message,
    };
  }
}

export async function evaluateSet(set: ArticleSet, extract: Extract): Promise<SetResult> {
  const articles: ArticleResult[] = [];
  for (const files of set.files) {
    const article = loadAnnotated(files);
    const { extraction, ms, error } = await extractTimed(extract, article.text);
    articles.push({
      slug: article.slug,
      scores: scoreExtraction(extraction, article.gold),
      extraction,
      ms,
      ...(error ? { error } : {}),
    });
  }
  return setResult(set, articles);
}

/** A set's articles with their micro average and extraction speed. */
export function setResult(set: Pick<ArticleSet, 'name' | 'dir'>, articles: ArticleResult[]): SetResult {
  const seconds = articles.reduce((sum, a) => sum + a.ms, 0) / 1000;
  return {
    name: set.name,
    dir: set.dir,
    articles,
    total: microAverage(articles.map((a) => a.scores)),
    articlesPerSecond: seconds > 0 ? articles.length / seconds : 0,
  };
}
