/**
 * An OpenAI-compatible HTTP server on 127.0.0.1 (ephemeral port) whose answers each test scripts.
 * Only the model server is faked, and only at the HTTP level: the real `openai` SDK talks to it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  /** 1-based arrival order. */
  n: number;
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: ChatBody;
  /** performance.now() when the request body had arrived (for spacing and timing assertions). */
  receivedAt: number;
}

/** The parts of a chat.completions request body the tests look at. */
export interface ChatBody {
  model?: string;
  messages?: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
  [key: string]: unknown;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Serialised as JSON unless it is a string. */
  body?: unknown;
  /** Wait before answering (a slow server). */
  delayMs?: number;
  /** Destroy the socket without answering (a dropped connection). */
  drop?: boolean;
}

export type Responder = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface FakeServer {
  /** Base URL for the SDK, ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Requests being handled right now, and the most there ever were at once. */
  inFlight(): number;
  maxInFlight(): number;
  /** Replace the responder mid-test. */
  respondWith(responder: Responder): void;
  close(): Promise<void>;
}

export interface CompletionOptions {
  content?: string | null;
  refusal?: string | null;
  finish_reason?: 'stop' | 'length' | 'content_filter';
  prompt_tokens?: number;
  cached_tokens?: number;
  completion_tokens?: number;
  model?: string;
}

/** A chat.completion body as OpenAI sends it. */
export function completion(options: CompletionOptions): Reply {
  return {
    status: 200,
    body: {
      id: `chatcmpl-fake`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model: options.model ?? 'fake-model',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: options.content ?? null,
            refusal: options.refusal ?? null,
          },
          finish_reason: options.finish_reason ?? 'stop',
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: options.prompt_tokens ?? 100,
        completion_tokens: options.completion_tokens ?? 20,
        total_tokens: (options.prompt_tokens ?? 100) + (options.completion_tokens ?? 20),
        prompt_tokens_details: { cached_tokens: options.cached_tokens ?? 0 },
      },
    },
  };
}

/** An OpenAI-style error body. */
export function apiError(status: number, message: string, code: string | null = null, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers,
    body: { error: { message, type: status === 429 ? 'rate_limit_error' : 'invalid_request_error', code, param: null } },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

export async function startFakeOpenAI(responder: Responder): Promise<FakeServer> {
  let respond = responder;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  let inFlight = 0;
  let maxInFlight = 0;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let finished = false;
    const finish = () => {
      if (!finished) inFlight -= 1;
      finished = true;
    };
    res.on('close', finish);
    void (async () => {
      const raw = await readBody(req);
      let body: ChatBody = {};
      try {
        body = raw ? (JSON.parse(raw) as ChatBody) : {};
      } catch {
        body = {};
      }
      const recorded: RecordedRequest = {
        n: requests.length + 1,
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body,
        receivedAt: performance.now(),
      };
      requests.push(recorded);
      const reply = await respond(recorded);
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      if (reply.drop) {
        req.socket.destroy();
        return;
      }
      if (res.destroyed) return;
      const payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(payload);
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    inFlight: () => inFlight,
    maxInFlight: () => maxInFlight,
    respondWith(next) {
      respond = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
