export { articleId, stableId } from './ids.ts';
export { type Plan, type PlanSkip, planGraphWrite, searchText } from './stages/plan.ts';
export { locatePhrase, mentionsOf } from './locate.ts';
export {
  GOLD_EXTRACTOR,
  goldExtraction,
  loadSampleData,
  projectFixtures,
  sampleArticles,
  seedArticle,
} from './sample.ts';
export { type WriteSummary, writeArticle } from './writer.ts';
export { EmptyArticleError, extractArticle, UnsupportedLanguageError } from './pipeline.ts';
export { type IngestSummary, ingest } from './ingest.ts';
export { isReadError, type ReadItem, readArticles } from './stages/read.ts';
export { type LlmConfig, LlmConfigError, llmConfigFromEnv } from './llm/config.ts';
export { LlmRequestError } from './llm/client.ts';
export { extractArticleWithLlm, type LlmArticleExtraction } from './llm/extract.ts';
export { type ExtractorKind, parseExtractorOption, extractorOfKind } from './extractors.ts';
export { measureTransliteration, renderTransliteration } from './eval/transliteration.ts';
export {
  AmbiguousArticleError,
  ArticleNotFoundError,
  formatRetraction,
  retractArticle,
} from './retract.ts';
export { byOlderEngine, CURRENT_RULE_EXTRACTORS } from './reextract.ts';
