import { afterEach, describe, expect, it } from 'vitest';
import { createModelClient } from '../src/llm/client.js';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { ModelAborted, ModelError, ModelQuotaExhausted, ModelRequestRejected } from '../src/llm/errors.js';
import { apiError, completion, startFakeOpenAI, type FakeServer } from './support/fake-openai-server.js';

let server: FakeServer | null = null;
const madeDirs: string[] = [];
afterEach(async () => {
  await server?.close();
  server = null;
  await Promise.all(madeDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

function baseOptions(baseURL: string) {
  return {
    apiKey: 'sk-test-secret',
    baseURL,
    model: 'fake-model',
    temperature: 0,
    maxOutputTokens: 256,
    timeoutMs: 5000,
  };
}

function clientFor(baseURL: string) {
  return createModelClient(baseOptions(baseURL));
}

describe('createModelClient against the loopback server', () => {
  it('sends the messages and response format and reads content and usage back', async () => {
    server = await startFakeOpenAI(() => completion({ content: '{"claims":[]}', prompt_tokens: 321, cached_tokens: 300, completion_tokens: 7 }));
    const client = clientFor(server.baseURL);
    const response = await client.complete({
      messages: [{ role: 'user', content: 'hello' }],
      responseFormat: { type: 'json_object' },
      label: 'a#0',
    });
    expect(response.content).toBe('{"claims":[]}');
    expect(response.finishReason).toBe('stop');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect(server.requests[0]?.body.response_format).toEqual({ type: 'json_object' });
    expect(client.stats()).toMatchObject({ calls: 1, prompt_tokens: 321, cached_prompt_tokens: 300, completion_tokens: 7 });
  });

  it('maps insufficient_quota and 400 onto typed errors', async () => {
    server = await startFakeOpenAI((req) =>
      req.n === 1 ? apiError(429, 'You exceeded your current quota', 'insufficient_quota') : apiError(400, 'bad request'),
    );
    const client = clientFor(server.baseURL);
    const request = { messages: [{ role: 'user' as const, content: 'x' }], responseFormat: { type: 'json_object' as const }, label: 'a#1' };
    await expect(client.complete(request)).rejects.toBeInstanceOf(ModelQuotaExhausted);
    const second = client.complete(request);
    await expect(second).rejects.toBeInstanceOf(ModelRequestRejected);
    await expect(second).rejects.not.toThrow(/sk-test-secret/);
  });
});

const SECRET = 'sk-test-secret';

function requestOf(content: string, signal?: AbortSignal) {
  return { messages: [{ role: 'user' as const, content }], responseFormat: { type: 'json_object' as const }, label: 'art#0', signal };
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimsift-llm-'));
  madeDirs.push(dir);
  return dir;
}

describe('response cache', () => {
  it('answers a repeated request from disk with no HTTP call and no token cost', async () => {
    server = await startFakeOpenAI(() => completion({ content: '{"claims":[1]}', prompt_tokens: 50, completion_tokens: 5 }));
    const dir = await tempDir();
    const client = createModelClient({ ...baseOptions(server.baseURL), cache: { enabled: true, dir } });
    const first = await client.complete(requestOf('chunk text'));
    const second = await client.complete(requestOf('chunk text'));
    expect(server.requests).toHaveLength(1);
    expect(first).toMatchObject({ fromCache: false, usage: { prompt_tokens: 50 } });
    expect(second).toMatchObject({ content: '{"claims":[1]}', finishReason: 'stop', fromCache: true, usage: { prompt_tokens: 0, completion_tokens: 0 } });
    expect(client.stats()).toMatchObject({ calls: 1, cache_hits: 1, cache_misses: 1, prompt_tokens: 50, completion_tokens: 5 });
    // One entry, whole, where the layout says; no temp file left behind.
    const folders = await readdir(dir);
    expect(folders).toHaveLength(1);
    const files = await readdir(join(dir, folders[0] ?? ''));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^${folders[0]}[0-9a-f]{62}\\.json$`));
  });

  it('calls again when anything that decides the answer changes', async () => {
    server = await startFakeOpenAI(() => completion({ content: '{}' }));
    const dir = await tempDir();
    const options = { ...baseOptions(server.baseURL), cache: { enabled: true, dir } };
    await createModelClient(options).complete(requestOf('chunk text'));
    await createModelClient(options).complete(requestOf('chunk text, edited'));
    await createModelClient({ ...options, temperature: 0.7 }).complete(requestOf('chunk text'));
    await createModelClient({ ...options, model: 'other-model' }).complete(requestOf('chunk text'));
    await createModelClient({ ...options, maxOutputTokens: 999 }).complete(requestOf('chunk text'));
    await createModelClient(options).complete({ ...requestOf('chunk text'), responseFormat: { type: 'text' } });
    expect(server.requests).toHaveLength(6);
  });

  it('survives a restart: a new client on the same directory makes no calls (resume after a crash)', async () => {
    server = await startFakeOpenAI(() => completion({ content: '{}' }));
    const dir = await tempDir();
    const options = { ...baseOptions(server.baseURL), cache: { enabled: true, dir } };
    const chunks = ['one', 'two', 'three'];
    await Promise.all(chunks.map((c) => createModelClient(options).complete(requestOf(c))));
    const resumed = createModelClient(options);
    await Promise.all(chunks.map((c) => resumed.complete(requestOf(c))));
    expect(server.requests).toHaveLength(3);
    expect(resumed.stats()).toMatchObject({ calls: 0, cache_hits: 3, cache_misses: 0 });
  });

  it('shares one call between identical requests in flight at the same time', async () => {
    server = await startFakeOpenAI(() => ({ ...completion({ content: '{}' }), delayMs: 50 }));
    const client = createModelClient({ ...baseOptions(server.baseURL), cache: { enabled: true, dir: await tempDir() } });
    const answers = await Promise.all([client.complete(requestOf('same')), client.complete(requestOf('same'))]);
    expect(server.requests).toHaveLength(1);
    expect(answers.map((a) => a.fromCache).sort()).toEqual([false, true]);
  });

  it('does not keep a content-filtered answer', async () => {
    server = await startFakeOpenAI(() => completion({ content: null, finish_reason: 'content_filter' }));
    const client = createModelClient({ ...baseOptions(server.baseURL), cache: { enabled: true, dir: await tempDir() } });
    await client.complete(requestOf('x'));
    await client.complete(requestOf('x'));
    expect(server.requests).toHaveLength(2);
  });

  it('makes no HTTP call and writes nothing when the cache is off', async () => {
    server = await startFakeOpenAI(() => completion({ content: '{}' }));
    const client = createModelClient(baseOptions(server.baseURL));
    await client.complete(requestOf('x'));
    await client.complete(requestOf('x'));
    expect(server.requests).toHaveLength(2);
    expect(client.stats()).toMatchObject({ calls: 2, cache_hits: 0, cache_misses: 0 });
  });
});

describe('abort', () => {
  it('rejects the in-flight call and the queued ones promptly with code aborted', async () => {
    server = await startFakeOpenAI(() => ({ ...completion({ content: '{}' }), delayMs: 3000 }));
    const controller = new AbortController();
    const client = createModelClient({ ...baseOptions(server.baseURL), concurrency: 1, signal: controller.signal });
    const calls = ['a', 'b', 'c'].map((c) => client.complete(requestOf(c)));
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const outcomes = await Promise.allSettled(calls);
    expect(performance.now() - started).toBeLessThan(1000);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = outcome.status === 'rejected' ? (outcome.reason as unknown) : null;
      expect(reason).toBeInstanceOf(ModelAborted);
      expect(reason).toMatchObject({ name: 'AbortError', code: 'aborted' });
    }
    expect(server.requests).toHaveLength(1);
  });

  it('stops a long backoff as soon as the request signal aborts', async () => {
    server = await startFakeOpenAI(() => apiError(503, 'overloaded'));
    const client = createModelClient({ ...baseOptions(server.baseURL), backoffBaseMs: 60_000, random: () => 0.99 });
    const controller = new AbortController();
    const call = client.complete(requestOf('x', controller.signal));
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    await expect(call).rejects.toMatchObject({ code: 'aborted' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
  });
});

describe('secrets', () => {
  it('never puts the API key in an error, even when the server echoes it', async () => {
    const replies = [
      apiError(401, `Incorrect API key provided: ${SECRET}. You can find your API key at https://example.invalid`),
      apiError(400, `bad request from key ${SECRET}`),
      apiError(500, `upstream failed for ${SECRET}`),
    ];
    for (const reply of replies) {
      server = await startFakeOpenAI(() => reply);
      const client = createModelClient({ ...baseOptions(server.baseURL), maxRetries: 1, backoffBaseMs: 1 });
      const error = await client.complete(requestOf('x')).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ModelError);
      const rendered = [String(error), JSON.stringify(error), inspect(error, { depth: 8 }), (error as Error).stack ?? ''].join('\n');
      expect(rendered).not.toContain(SECRET);
      expect(rendered).toContain('[redacted]');
      await server.close();
      server = null;
    }
  });

  it('keeps the key out of connection errors too', async () => {
    server = await startFakeOpenAI(() => ({ drop: true }));
    const client = createModelClient({ ...baseOptions(server.baseURL), maxRetries: 0 });
    const error = await client.complete(requestOf('x')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ModelError);
    expect(inspect(error, { depth: 8 })).not.toContain(SECRET);
  });
});
