// The LLM extractor's settings, from the environment. Nothing is sent anywhere unless
// SHABAKA_LLM_URL is set; the API key is kept out of every message.
import { z } from 'zod';

export const LlmConfigSchema = z.object({
  /** Base URL of an OpenAI-compatible API, e.g. `http://127.0.0.1:11434/v1`. */
  url: z.url({ protocol: /^https?$/ }),
  model: z.string().trim().min(1),
  apiKey: z.string().min(1).optional(),
  timeoutMs: z.coerce.number().int().positive().default(120_000),
  /** Articles longer than this are sent in several requests, split between sentences. */
  maxChunkChars: z.number().int().positive().default(12_000),
});
export type LlmConfig = z.infer<typeof LlmConfigSchema>;
export type LlmConfigInput = z.input<typeof LlmConfigSchema>;

/** The extractor was asked for but is not (or not validly) configured. */
export class LlmConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmConfigError';
  }
}

const ENV_NAMES = { url: 'SHABAKA_LLM_URL', model: 'SHABAKA_LLM_MODEL', timeoutMs: 'SHABAKA_LLM_TIMEOUT_MS' };

export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig {
  const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const url = blank(env['SHABAKA_LLM_URL']);
  if (!url) {
    throw new LlmConfigError(
      'the LLM extractor is not configured: set SHABAKA_LLM_URL to an OpenAI-compatible base URL (e.g. http://127.0.0.1:11434/v1) and SHABAKA_LLM_MODEL to a model name',
    );
  }
  const parsed = LlmConfigSchema.safeParse({
    url,
    model: blank(env['SHABAKA_LLM_MODEL']),
    apiKey: blank(env['SHABAKA_LLM_API_KEY']),
    timeoutMs: blank(env['SHABAKA_LLM_TIMEOUT_MS']),
  });
  if (!parsed.success) {
    // Name the variable, never its value: the value may be the key.
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    const variable = ENV_NAMES[field as keyof typeof ENV_NAMES] ?? 'SHABAKA_LLM_API_KEY';
    throw new LlmConfigError(`the LLM extractor's ${variable} is missing or invalid`);
  }
  return parsed.data;
}
