import { afterEach, describe, expect, it } from 'vitest';
import { createModelClient, type ModelClientEvent, type ModelClientOptions } from '../src/llm/client.js';
import {
  ModelConnectionError,
  ModelQuotaExhausted,
  ModelRateLimited,
  ModelRequestRejected,
  ModelAuthError,
  ModelServerError,
  ModelTimeout,
} from '../src/llm/errors.js';
import type { ModelRequest } from '../src/llm/types.js';
import { apiError, completion, startFakeOpenAI, type FakeServer } from './support/fake-openai-server.js';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function clientFor(baseURL: string, overrides: Partial<ModelClientOptions> = {}) {
  return createModelClient({
    apiKey: 'sk-test-secret-0123456789',
    baseURL,
    model: 'fake-model',
    temperature: 0,
    maxOutputTokens: 64,
    timeoutMs: 5000,
    // Tiny backoff keeps the tests fast; what matters is how many attempts and what waits on what.
    backoffBaseMs: 5,
    maxRetries: 5,
    ...overrides,
  });
}

function request(content: string, label = 'a#0'): ModelRequest {
  return { messages: [{ role: 'user', content }], responseFormat: { type: 'json_object' }, label };
}

const ok = () => completion({ content: '{"claims":[]}' });

/** Gap in ms between the arrivals of requests n and n+1 (1-based). */
function gapAfter(s: FakeServer, n: number): number {
  const a = s.requests[n - 1];
  const b = s.requests[n];
  if (!a || !b) throw new Error(`no requests ${n} and ${n + 1}`);
  return b.receivedAt - a.receivedAt;
}

describe('retries', () => {
  it('retries 500, 502 and 503, then succeeds, counting the retries', async () => {
    const statuses = [500, 502, 503];
    server = await startFakeOpenAI((r) => (r.n <= 3 ? apiError(statuses[r.n - 1] ?? 500, 'upstream trouble') : ok()));
    const client = clientFor(server.baseURL);
    const response = await client.complete(request('x'));
    expect(response.content).toBe('{"claims":[]}');
    expect(server.requests).toHaveLength(4);
    expect(client.stats()).toMatchObject({ calls: 1, retries: 3 });
  });

  it('fails at once, without retrying, on 400, 401, 403, 404 and 422', async () => {
    const expected = { 400: ModelRequestRejected, 401: ModelAuthError, 403: ModelAuthError, 404: ModelRequestRejected, 422: ModelRequestRejected };
    for (const [status, type] of Object.entries(expected)) {
      server = await startFakeOpenAI(() => apiError(Number(status), 'no'));
      const client = clientFor(server.baseURL);
      await expect(client.complete(request('x'))).rejects.toBeInstanceOf(type);
      expect(server.requests, `status ${status}`).toHaveLength(1);
      expect(client.stats().retries).toBe(0);
      await server.close();
      server = null;
    }
  });

  it('retries 408 and 409 as transient', async () => {
    server = await startFakeOpenAI((r) => (r.n === 1 ? apiError(408, 'timeout') : r.n === 2 ? apiError(409, 'conflict') : ok()));
    const client = clientFor(server.baseURL);
    await client.complete(request('x'));
    expect(server.requests).toHaveLength(3);
  });

  it('gives up with ModelServerError after maxRetries, naming the attempts', async () => {
    server = await startFakeOpenAI(() => apiError(503, 'overloaded'));
    const client = clientFor(server.baseURL, { maxRetries: 2 });
    const call = client.complete(request('x', 'art-7#3'));
    await expect(call).rejects.toBeInstanceOf(ModelServerError);
    await expect(call).rejects.toThrow(/art-7#3.*gave up after 3 attempts/);
    expect(server.requests).toHaveLength(3);
    expect(client.stats().retries).toBe(2);
  });

  it('times out a slow server on every attempt and throws ModelTimeout after the retries', async () => {
    server = await startFakeOpenAI(() => ({ ...ok(), delayMs: 400 }));
    const client = clientFor(server.baseURL, { timeoutMs: 60, maxRetries: 2 });
    await expect(client.complete(request('x'))).rejects.toBeInstanceOf(ModelTimeout);
    expect(server.requests).toHaveLength(3);
    expect(client.stats().retries).toBe(2);
  });

  it('survives a dropped connection by retrying, and reports ModelConnectionError when it keeps dropping', async () => {
    server = await startFakeOpenAI((r) => (r.n === 1 ? { drop: true } : ok()));
    const client = clientFor(server.baseURL);
    expect((await client.complete(request('x'))).content).toBe('{"claims":[]}');
    expect(client.stats().retries).toBe(1);

    server.respondWith(() => ({ drop: true }));
    const failing = clientFor(server.baseURL, { maxRetries: 1 });
    await expect(failing.complete(request('y'))).rejects.toBeInstanceOf(ModelConnectionError);
    expect(server.requests).toHaveLength(4);
  });

  it('stops at once on insufficient_quota: one request, a clear message', async () => {
    server = await startFakeOpenAI(() => apiError(429, 'You exceeded your current quota', 'insufficient_quota', { 'retry-after': '1' }));
    const client = clientFor(server.baseURL, { maxRetries: 5 });
    const call = client.complete(request('x'));
    await expect(call).rejects.toBeInstanceOf(ModelQuotaExhausted);
    await expect(call).rejects.toThrow(/quota.*retrying cannot help/);
    expect(server.requests).toHaveLength(1);
    expect(client.transport().concurrency).toBe(8);
  });
});

describe('429 and Retry-After', () => {
  it('waits what Retry-After (seconds, fractional) says before retrying', async () => {
    server = await startFakeOpenAI((r) => (r.n === 1 ? apiError(429, 'slow down', 'rate_limit_exceeded', { 'retry-after': '0.3' }) : ok()));
    const client = clientFor(server.baseURL);
    await client.complete(request('x'));
    expect(gapAfter(server, 1)).toBeGreaterThanOrEqual(250);
  });

  it('prefers retry-after-ms', async () => {
    server = await startFakeOpenAI((r) =>
      r.n === 1 ? apiError(429, 'slow down', null, { 'retry-after-ms': '250', 'retry-after': '30' }) : ok(),
    );
    const client = clientFor(server.baseURL);
    await client.complete(request('x'));
    expect(gapAfter(server, 1)).toBeGreaterThanOrEqual(200);
    expect(gapAfter(server, 1)).toBeLessThan(5000);
  });

  it('honours an HTTP-date Retry-After', async () => {
    const retryAt = () => new Date(Date.now() + 2000).toUTCString();
    server = await startFakeOpenAI((r) => (r.n === 1 ? apiError(429, 'slow down', null, { 'retry-after': retryAt() }) : ok()));
    const client = clientFor(server.baseURL);
    await client.complete(request('x'));
    // Second resolution: the date lands 1–2 s ahead.
    expect(gapAfter(server, 1)).toBeGreaterThanOrEqual(900);
  });

  it('caps a huge Retry-After at maxRetryWaitMs', async () => {
    server = await startFakeOpenAI((r) => (r.n === 1 ? apiError(429, 'slow down', null, { 'retry-after': '86400000' }) : ok()));
    const client = clientFor(server.baseURL, { maxRetryWaitMs: 200 });
    await client.complete(request('x'));
    expect(gapAfter(server, 1)).toBeGreaterThanOrEqual(150);
    expect(gapAfter(server, 1)).toBeLessThan(2000);
  });

  it('pauses every other call for the Retry-After, not only the one that got the 429', async () => {
    server = await startFakeOpenAI((r) =>
      r.n === 1 ? apiError(429, 'slow down', null, { 'retry-after-ms': '300' }) : { ...ok(), delayMs: 20 },
    );
    const client = clientFor(server.baseURL, { concurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => client.complete(request(`chunk ${i}`))));
    const first = server.requests[0]?.receivedAt ?? 0;
    // Request 2 was already in flight; everything after it waited out the pause.
    const late = server.requests.slice(2).map((r) => r.receivedAt - first);
    expect(late.every((ms) => ms >= 250)).toBe(true);
    expect(server.requests).toHaveLength(7);
  });

  it('throws ModelRateLimited when 429s outlast the retries', async () => {
    server = await startFakeOpenAI(() => apiError(429, 'slow down', 'rate_limit_exceeded'));
    const client = clientFor(server.baseURL, { maxRetries: 3 });
    await expect(client.complete(request('x'))).rejects.toBeInstanceOf(ModelRateLimited);
    expect(server.requests).toHaveLength(4);
  });

  it('halves concurrency under a 429 storm and brings it back as calls succeed', async () => {
    server = await startFakeOpenAI((r) => (r.n <= 10 ? apiError(429, 'slow down', 'rate_limit_exceeded') : { ...ok(), delayMs: 5 }));
    const events: ModelClientEvent[] = [];
    const client = clientFor(server.baseURL, { concurrency: 8, recoverAfterSuccesses: 2, maxRetries: 10, onEvent: (e) => events.push(e) });
    await Promise.all(Array.from({ length: 40 }, (_, i) => client.complete(request(`chunk ${i}`))));
    const changes = events.flatMap((e) => (e.type === 'concurrency' ? [e] : []));
    const lowest = Math.min(...changes.map((c) => c.to));
    expect(lowest).toBeLessThanOrEqual(2);
    // Down first (halving, never below 1), then back up one at a time to the configured ceiling.
    expect(changes[0]).toMatchObject({ from: 8, to: 4, reason: 'rate_limited' });
    expect(changes.filter((c) => c.reason === 'rate_limited').every((c) => c.to === Math.max(1, Math.floor(c.from / 2)))).toBe(true);
    expect(changes.filter((c) => c.reason === 'recovered').every((c) => c.to === c.from + 1)).toBe(true);
    expect(client.transport()).toMatchObject({ concurrency: 8, minConcurrency: lowest, rateLimited: 10 });
    expect(client.stats().retries).toBe(10);
    expect(server.maxInFlight()).toBeLessThanOrEqual(8);
  });
});

describe('limits', () => {
  it('never has more calls in flight than the concurrency cap', async () => {
    server = await startFakeOpenAI(() => ({ ...ok(), delayMs: 25 }));
    const client = clientFor(server.baseURL, { concurrency: 3 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => client.complete(request(`chunk ${i}`))));
    expect(server.requests).toHaveLength(20);
    expect(server.maxInFlight()).toBe(3);
  });

  it('spaces requests to the requests-per-minute limit', async () => {
    server = await startFakeOpenAI(() => ok());
    // 240/min = one every 250 ms after a burst of one second's worth (4).
    const client = clientFor(server.baseURL, { concurrency: 8, requestsPerMinute: 240 });
    await Promise.all(Array.from({ length: 7 }, (_, i) => client.complete(request(`chunk ${i}`))));
    const first = server.requests[0]?.receivedAt ?? 0;
    const offsets = server.requests.map((r) => r.receivedAt - first);
    expect(offsets[3]).toBeLessThan(200);
    // Sent 250 ms apart; arrival times jitter a little on a busy machine.
    for (const n of [4, 5, 6]) expect(gapAfter(server, n)).toBeGreaterThanOrEqual(150);
    expect(offsets[6]).toBeGreaterThanOrEqual(700);
  });

  it('holds requests back on the tokens-per-minute limit, estimated before sending', async () => {
    server = await startFakeOpenAI(() => completion({ content: '{}', prompt_tokens: 0, completion_tokens: 0 }));
    // Each request is estimated at 1 prompt token + 64 output tokens = 65; 3,900/min = 65 per second.
    const client = clientFor(server.baseURL, { concurrency: 8, tokensPerMinute: 3900 });
    await Promise.all(Array.from({ length: 3 }, (_, i) => client.complete(request(`c${i}`))));
    expect(gapAfter(server, 1)).toBeGreaterThanOrEqual(900);
  });
});
