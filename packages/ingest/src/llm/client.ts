// One chat completion against an OpenAI-compatible API, answered as JSON. Bounded: a timeout,
// one retry on a 5xx or a timeout, a clear error otherwise; the API key is in no message.
import { z } from 'zod';
import type { LlmConfig } from './config.ts';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** The server could not be asked, or its answer cannot be used. */
export class LlmRequestError extends Error {
  constructor(
    message: string,
    /** Worth one more try: a 5xx, a timeout or a dropped connection. */
    readonly transient = false,
  ) {
    super(message);
    this.name = 'LlmRequestError';
  }
}

const ChatCompletionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

/** Some servers wrap JSON in a Markdown fence despite `response_format`. */
function unfenced(content: string): string {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(content);
  return fenced ? fenced[1]! : content;
}

function endpoint(config: LlmConfig): string {
  return `${config.url.replace(/\/+$/, '')}/chat/completions`;
}

async function requestOnce(config: LlmConfig, messages: readonly ChatMessage[]): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(endpoint(config), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: config.model,
        messages,
        response_format: { type: 'json_object' },
        temperature: 0,
      }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    const e = error as Error;
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      throw new LlmRequestError(`the LLM server did not answer within ${config.timeoutMs} ms`, true);
    throw new LlmRequestError(`the LLM server at ${config.url} cannot be reached: ${e.message}`, true);
  }
  const body = await response.text().catch(() => '');
  if (!response.ok) {
    const detail = body.replace(/\s+/g, ' ').slice(0, 200);
    throw new LlmRequestError(
      `the LLM server answered ${response.status} ${response.statusText}${detail ? `: ${detail}` : ''}`,
      response.status >= 500,
    );
  }
  let completion: z.infer<typeof ChatCompletionSchema>;
  try {
    completion = ChatCompletionSchema.parse(JSON.parse(body));
  } catch {
    throw new LlmRequestError('the LLM server did not answer with a chat completion');
  }
  const content = completion.choices[0]!.message.content ?? '';
  try {
    return JSON.parse(unfenced(content));
  } catch {
    throw new LlmRequestError(`the LLM's answer is not valid JSON: ${content.slice(0, 120)}`);
  }
}

/** Replaces the key wherever an error message might echo it (some servers quote it back). */
function redact(error: LlmRequestError, apiKey: string | undefined): LlmRequestError {
  if (!apiKey || !error.message.includes(apiKey)) return error;
  return new LlmRequestError(error.message.replaceAll(apiKey, '[API key]'), error.transient);
}

/** The model's answer to `messages`, parsed as JSON but not yet validated. */
export async function chatJson(config: LlmConfig, messages: readonly ChatMessage[]): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await requestOnce(config, messages);
    } catch (error) {
      const failure = redact(error as LlmRequestError, config.apiKey);
      if (attempt >= 2 || !failure.transient) throw failure;
    }
  }
}
