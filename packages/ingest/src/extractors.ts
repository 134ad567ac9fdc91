// Which extractor a command runs (rules or LLM): the rule engine unless `--extractor llm` is given. The LLM is
// never chosen implicitly, and asking for it without SHABAKA_LLM_URL fails with one sentence.
import type { ArticleExtraction } from '@shabaka/model';
import { type ExtractInput, extractArticle } from './pipeline.ts';
import { llmConfigFromEnv } from './llm/config.ts';
import { extractArticleWithLlm } from './llm/extract.ts';

export const EXTRACTOR_KINDS = ['rules', 'llm'] as const;
export type ExtractorKind = (typeof EXTRACTOR_KINDS)[number];
export const DEFAULT_EXTRACTOR: ExtractorKind = 'rules';

export type Extract = (input: ExtractInput) => ArticleExtraction | Promise<ArticleExtraction>;

export class ExtractorOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractorOptionError';
  }
}

/** Takes `--extractor rules|llm` (or `--extractor=llm`) out of the arguments. */
export function parseExtractorOption(argv: readonly string[]): { extractor: ExtractorKind; rest: string[] } {
  let extractor: ExtractorKind = DEFAULT_EXTRACTOR;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg !== '--extractor' && !arg.startsWith('--extractor=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--extractor' ? argv[++i] : arg.slice('--extractor='.length);
    const kind = EXTRACTOR_KINDS.find((k) => k === value);
    if (!kind) throw new ExtractorOptionError(`--extractor takes one of ${EXTRACTOR_KINDS.join(', ')}`);
    extractor = kind;
  }
  return { extractor, rest };
}

/** The extraction function of that kind; the LLM's configuration is read (and checked) here, once. */
export function extractorOfKind(kind: ExtractorKind, env: NodeJS.ProcessEnv = process.env): Extract {
  if (kind === 'rules') return extractArticle;
  const config = llmConfigFromEnv(env);
  return (input) => extractArticleWithLlm(input, config);
}

/** A command's extractor and its remaining arguments, from `--extractor` (rules by default). */
export function extractorFromArgs(argv: readonly string[]): { extract: Extract; rest: string[] } {
  const { extractor, rest } = parseExtractorOption(argv);
  return { extract: extractorOfKind(extractor), rest };
}
