// The app's HTTP server. Node refuses some requests before Express sees them (a request line or
// headers over 16 KB, a malformed request); its own answer then closes the connection while the
// client may still be sending, and the client reads a reset connection instead of the status.
// Here such a request gets its status with a readable message in the API's error shape, and what
// the client still sends is read and dropped until it has had the answer.
import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from '@shabaka/model';
import type express from 'express';

/** How long a refused client may go on sending before its connection is closed anyway. */
const DRAIN_MS = 5_000;

type Refusal = { status: string; code: ErrorCode; message: string };

const REFUSALS: Record<string, Refusal> = {
  HPE_HEADER_OVERFLOW: {
    status: '431 Request Header Fields Too Large',
    code: 'payload_too_large',
    message:
      'The request line or headers are larger than 16 KB (a query string too long): send fewer or shorter parameters.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: '408 Request Timeout',
    code: 'bad_request',
    message: 'The request did not arrive in time.',
  },
};
const MALFORMED: Refusal = {
  status: '400 Bad Request',
  code: 'bad_request',
  message: 'The request is not valid HTTP.',
};

function answerRefusedRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const refusal = REFUSALS[error.code ?? ''] ?? MALFORMED;
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  socket.end(
    `HTTP/1.1 ${refusal.status}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  socket.resume();
  setTimeout(() => socket.destroy(), DRAIN_MS).unref();
}

/** Serves `app` on `port` and `host`; resolves once it listens. */
export function listen(app: express.Express, port: number, host: string): Promise<http.Server> {
  const server = http.createServer(app);
  server.on('clientError', answerRefusedRequest);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
