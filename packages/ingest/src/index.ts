export { articleId, stableId } from './ids.ts';
export { type Plan, type PlanSkip, planGraphWrite } from './plan.ts';
export { GOLD_EXTRACTOR, goldExtraction, loadSampleData, locatePhrase, sampleArticles } from './sample.ts';
export { type WriteSummary, writeArticle } from './writer.ts';
export { EmptyArticleError, extractArticle, UnsupportedLanguageError } from './pipeline.ts';
export { type IngestSummary, ingest } from './ingest.ts';
export { isReadError, type ReadItem, readArticles } from './read.ts';
