// For tests: an OpenAI-compatible server on 127.0.0.1 (a free port) that answers each chat
// completion with the next canned reply and records what it was sent.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubReply {
  status?: number;
  /** The message content of a chat completion (ignored when `raw` is given). */
  content?: string;
  /** A response body sent as is. */
  raw?: string;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
}

export interface StubRequest {
  headers: IncomingHttpHeaders;
  url: string;
  body: { model?: string; messages?: { role: string; content: string }[]; response_format?: unknown };
}

export interface StubLlm {
  /** The base URL, as SHABAKA_LLM_URL would give it. */
  url: string;
  requests: StubRequest[];
  close: () => Promise<void>;
}

export function completion(content: string): string {
  return JSON.stringify({
    id: 'stub',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });
}

export async function startStubLlm(replies: StubReply[]): Promise<StubLlm> {
  const requests: StubRequest[] = [];
  const queue = [...replies];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      requests.push({ headers: req.headers, url: req.url ?? '', body: JSON.parse(body || '{}') });
      const reply = queue.shift() ?? { status: 500, raw: 'no canned reply left' };
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        res.end(reply.raw ?? completion(reply.content ?? '{}'));
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
