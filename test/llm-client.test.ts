import { afterEach, describe, expect, it } from 'vitest';
import { createModelClient } from '../src/llm/client.js';
import { ModelQuotaExhausted, ModelRequestRejected } from '../src/llm/errors.js';
import { apiError, completion, startFakeOpenAI, type FakeServer } from './support/fake-openai-server.js';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function clientFor(baseURL: string) {
  return createModelClient({
    apiKey: 'sk-test-secret',
    baseURL,
    model: 'fake-model',
    temperature: 0,
    maxOutputTokens: 256,
    timeoutMs: 5000,
  });
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
