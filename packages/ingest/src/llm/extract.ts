// The LLM extractor: the article read exactly as the rule engine reads it (same text, sentences
// and id), sent as numbered sentences, and the answer held to the contract by `toExtraction`.
import { type ArticleExtraction, ArticleExtractionSchema } from '@shabaka/model';
import { addOutlet, type ExtractInput, prepareArticle } from '../pipeline.ts';
import { addStatedTerms } from '../stages/terms.ts';
import type { Sentence } from '../stages/split.ts';
import { chatJson, LlmRequestError } from './client.ts';
import type { LlmConfig } from './config.ts';
import { systemPrompt, userPrompt } from './prompt.ts';
import { type DroppedItem, type LlmAnswer, LlmAnswerSchema, mergeAnswers, toExtraction } from './response.ts';

export const LLM_EXTRACTOR_VERSION = 1;

export function llmExtractorName(config: Pick<LlmConfig, 'model'>): string {
  return `llm:${config.model}@${LLM_EXTRACTOR_VERSION}`;
}

/** An extraction plus what the model claimed that could not be verified, and why. */
export type LlmArticleExtraction = ArticleExtraction & { dropped: DroppedItem[] };

/** Runs of whole sentences of at most `maxChars` characters (a longer sentence goes alone). */
export function chunkSentences(sentences: readonly Sentence[], maxChars: number): Sentence[][] {
  const chunks: Sentence[][] = [];
  let current: Sentence[] = [];
  let size = 0;
  for (const sentence of sentences) {
    if (current.length > 0 && size + sentence.text.length > maxChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(sentence);
    size += sentence.text.length + 1;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export async function extractArticleWithLlm(
  input: ExtractInput,
  config: LlmConfig,
): Promise<LlmArticleExtraction> {
  const { text, sentences, article } = prepareArticle(input);
  const answers: LlmAnswer[] = [];
  // One request per chunk, in order: a long article costs a few requests, never a burst.
  for (const chunk of chunkSentences(sentences, config.maxChunkChars)) {
    const raw = await chatJson(config, [
      { role: 'system', content: systemPrompt() },
      { role: 'user', content: userPrompt(chunk) },
    ]);
    const answer = LlmAnswerSchema.safeParse(raw);
    if (!answer.success) throw new LlmRequestError("the LLM's answer is not a JSON object");
    answers.push(answer.data);
  }
  const { extraction, dropped } = toExtraction(mergeAnswers(answers), text, sentences);
  // the terms its sentences state, read by the same rules as the engine's claims
  addStatedTerms(extraction, sentences);
  if (article.outlet)
    addOutlet(
      extraction,
      article.outlet,
      text,
      sentences.find((s) => s.kind === 'byline'),
    );
  const result = ArticleExtractionSchema.parse({ article, extraction, extractor: llmExtractorName(config) });
  return { ...result, dropped };
}
