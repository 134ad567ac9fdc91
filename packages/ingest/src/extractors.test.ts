import { describe, expect, it } from 'vitest';
import { extractArticle } from './pipeline.ts';
import { LlmConfigError, llmConfigFromEnv } from './llm/config.ts';
import { ExtractorOptionError, parseExtractorOption, extractorOfKind } from './extractors.ts';

describe('parseExtractorOption', () => {
  it('keeps the rule engine the default', () => {
    expect(parseExtractorOption(['a.txt', '--text'])).toEqual({
      extractor: 'rules',
      rest: ['a.txt', '--text'],
    });
    expect(extractorOfKind(parseExtractorOption([]).extractor, {})).toBe(extractArticle);
  });

  it('takes --extractor llm in either spelling out of the arguments', () => {
    expect(parseExtractorOption(['--extractor', 'llm', 'a.txt'])).toEqual({
      extractor: 'llm',
      rest: ['a.txt'],
    });
    expect(parseExtractorOption(['b', '--extractor=llm'])).toEqual({ extractor: 'llm', rest: ['b'] });
  });

  it('refuses an unknown or missing extractor', () => {
    expect(() => parseExtractorOption(['--extractor', 'gpt'])).toThrow(ExtractorOptionError);
    expect(() => parseExtractorOption(['--extractor'])).toThrow(/rules, llm/);
  });
});

describe('the LLM configuration', () => {
  it('fails with one sentence when no URL is configured', () => {
    expect(() => extractorOfKind('llm', {})).toThrow(LlmConfigError);
    expect(() => llmConfigFromEnv({ SHABAKA_LLM_MODEL: 'm' })).toThrow(
      /^the LLM extractor is not configured: set SHABAKA_LLM_URL [^\n]*$/,
    );
  });

  it('reads URL, model, key and timeout, and names a bad variable without its value', () => {
    const env = {
      SHABAKA_LLM_URL: 'http://127.0.0.1:11434/v1',
      SHABAKA_LLM_MODEL: 'qwen2.5:7b',
      SHABAKA_LLM_API_KEY: 'sk-1',
      SHABAKA_LLM_TIMEOUT_MS: '5000',
    };
    expect(llmConfigFromEnv(env)).toMatchObject({
      url: env.SHABAKA_LLM_URL,
      model: 'qwen2.5:7b',
      apiKey: 'sk-1',
      timeoutMs: 5000,
    });
    expect(() => llmConfigFromEnv({ ...env, SHABAKA_LLM_MODEL: '' })).toThrow(
      /SHABAKA_LLM_MODEL is missing or invalid/,
    );
    expect(() => llmConfigFromEnv({ ...env, SHABAKA_LLM_TIMEOUT_MS: 'soon' })).toThrow(
      /SHABAKA_LLM_TIMEOUT_MS/,
    );
    expect(typeof extractorOfKind('llm', env)).toBe('function');
  });
});
