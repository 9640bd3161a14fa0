import { afterEach, describe, expect, it } from 'vitest';
import type { Article, Chunk, RawClaim } from '../schemas/index.js';
import { createOpenAIExtractor, type OpenAIExtractorOptions } from '../src/extract/openai/index.js';
import { createModelClient } from '../src/llm/client.js';
import { ModelAborted, ModelAuthError, ModelQuotaExhausted } from '../src/llm/errors.js';
import type { ModelClient } from '../src/llm/types.js';
import { loadPrompt } from '../src/prompt/load.js';
import { sha256 } from '../src/util/hash.js';
import { apiError, completion, startFakeOpenAI, type FakeServer, type RecordedRequest } from './support/fake-openai-server.js';

const API_KEY = 'sk-test-secret-abcdefghijklmnop';
const TEXT = [
  'River flooding forces evacuations in Marlow',
  '',
  'The Marlow River rose above 6 meters on Saturday, the regional water authority said Sunday.',
  '',
  'Emergency services director Paul Okafor said about 2,500 residents had left their homes. He said at least 40 roads were closed.',
  '',
  'The authority could not confirm reports that a levee had failed north of the town. The mayor denied that warnings were sent late.',
  '',
  'Volunteers filled more than 10,000 sandbags overnight, according to the town council.',
].join('\n');
const ARTICLE: Article = {
  id: 'marlow-flood',
  title: 'River flooding forces evacuations in Marlow',
  url: null,
  published_on: '2021-07-18',
  text: TEXT,
  source: { path: 'test', line: null },
  sha256: sha256(TEXT),
};
const WHOLE: Chunk = { article_id: ARTICLE.id, index: 3, start: 0, end: TEXT.length, text: TEXT, context: '' };

const CLAIM: RawClaim = {
  statement: 'Paul Okafor said about 2,500 Marlow residents had left their homes.',
  quote: 'Emergency services director Paul Okafor said about 2,500 residents had left their homes.',
  speaker: { name: 'Paul Okafor', org: 'emergency services' },
  stance: 'asserts',
  quantity: { value: 2500, low: null, high: null, qualifier: 'about', unit: 'residents' },
  asserted_on: '2021-07-18',
};

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function setup(
  respond: (req: RecordedRequest) => ReturnType<typeof completion>,
  options: Partial<OpenAIExtractorOptions> = {},
): Promise<{ server: FakeServer; client: ModelClient; extractor: ReturnType<typeof createOpenAIExtractor> }> {
  server = await startFakeOpenAI(respond);
  const client = createModelClient({ apiKey: API_KEY, baseURL: server.baseURL, model: 'fake-model', temperature: 0, maxOutputTokens: 512, timeoutMs: 5000, maxRetries: 1, backoffBaseMs: 1 });
  const prompt = await loadPrompt('prompts/extract-claims.yaml');
  const extractor = createOpenAIExtractor({ client, prompt, responseFormat: 'auto', maxReasks: 2, ...options });
  return { server, client, extractor };
}

const ok = (claims: RawClaim[]) => completion({ content: JSON.stringify({ claims }) });
const messagesOf = (req: RecordedRequest | undefined) => req?.body.messages ?? [];
/** The passage text the extractor sent in a request's final user message. */
function passageOf(req: RecordedRequest | undefined): string {
  const last = messagesOf(req).at(-1)?.content ?? '';
  const match = /PASSAGE:\n<<<\n([\s\S]*)\n>>>$/.exec(last);
  if (!match?.[1]) throw new Error(`no passage in request ${req?.n}`);
  return match[1];
}

describe('openai extractor: structured outputs', () => {
  it('sends response_format json_schema with the claim schema and returns typed claims', async () => {
    const { server, extractor } = await setup(() => ok([CLAIM]));
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(out).toEqual({ claims: [CLAIM], failures: [] });
    expect(server.requests).toHaveLength(1);
    const format = server.requests[0]?.body.response_format;
    expect(format?.type).toBe('json_schema');
    expect(format?.json_schema?.name).toBe('claims');
    expect(format?.json_schema?.strict).toBe(true);
    const schema = format?.json_schema?.schema as { properties: { claims: { items: { required: string[] } } } };
    expect(schema.properties.claims.items.required).toEqual(['statement', 'quote', 'speaker', 'stance', 'quantity', 'asserted_on']);
    const last = messagesOf(server.requests[0]).at(-1);
    expect(last?.role).toBe('user');
    expect(last?.content).toContain('ARTICLE DATE: 2021-07-18');
    expect(passageOf(server.requests[0])).toBe(TEXT);
  });

  it('names itself openai / model / prompt label', async () => {
    const { extractor } = await setup(() => ok([]));
    expect(extractor.ref).toEqual({ kind: 'openai', model: 'fake-model', prompt: expect.stringMatching(/^extract-claims@[^#]+#[0-9a-f]{8}$/) });
    expect(extractor.prompt?.id).toBe('extract-claims');
  });
});

describe('openai extractor: re-asks', () => {
  it('invalid JSON, then valid JSON on the re-ask', async () => {
    const { server, client, extractor } = await setup((req) => (req.n === 1 ? completion({ content: '{"claims": [ {"statement": ' }) : ok([CLAIM])));
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(out).toEqual({ claims: [CLAIM], failures: [] });
    expect(server.requests).toHaveLength(2);
    const second = messagesOf(server.requests[1]);
    expect(second.at(-2)).toEqual({ role: 'assistant', content: '{"claims": [ {"statement": ' });
    expect(second.at(-1)?.role).toBe('user');
    expect(second.at(-1)?.content).toMatch(/not valid JSON/);
    // The re-ask keeps the whole original conversation in front of it.
    expect(second.slice(0, -2)).toEqual(messagesOf(server.requests[0]));
    expect(client.stats().reasks).toBe(1);
  });

  it('a schema violation is re-asked with the Zod errors (path and message) in the second request', async () => {
    const bad = { claims: [{ ...CLAIM, stance: 'probably', quote: '', asserted_on: 'July 18' }] };
    const { server, client, extractor } = await setup((req) => (req.n === 1 ? completion({ content: JSON.stringify(bad) }) : ok([CLAIM])));
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(out.claims).toEqual([CLAIM]);
    const reask = messagesOf(server.requests[1]).at(-1)?.content ?? '';
    expect(reask).toMatch(/claims\.0\.stance: .*(asserts|option|expected)/i);
    expect(reask).toMatch(/claims\.0\.quote: /);
    expect(reask).toMatch(/claims\.0\.asserted_on: .*YYYY-MM-DD/);
    expect(messagesOf(server.requests[1]).at(-2)?.content).toBe(JSON.stringify(bad));
    expect(messagesOf(server.requests[0]).some((m) => m.content.includes('claims.0.stance'))).toBe(false);
    expect(client.stats().reasks).toBe(1);
  });

  it('exhausted re-asks give an invalid_output failure naming the first failing field', async () => {
    const bad = { claims: [{ ...CLAIM, stance: 'probably' }] };
    const { server, client, extractor } = await setup(() => completion({ content: JSON.stringify(bad) }), { maxReasks: 1 });
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(out.claims).toEqual([]);
    expect(server.requests).toHaveLength(2);
    expect(client.stats().reasks).toBe(1);
    expect(out.failures).toHaveLength(1);
    expect(out.failures[0]).toMatchObject({ stage: 'extract', item: 'marlow-flood', chunk_index: 3, field: 'claims.0.stance', code: 'invalid_output' });
  });

  it('maxReasks 0 fails at once without a re-ask', async () => {
    const { server, client, extractor } = await setup(() => completion({ content: 'Sorry, here are the claims: none' }), { maxReasks: 0 });
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(server.requests).toHaveLength(1);
    expect(client.stats().reasks).toBe(0);
    expect(out.failures[0]).toMatchObject({ code: 'invalid_output', field: null });
  });
});

describe('openai extractor: refusals and content filters', () => {
  it('a refusal is a failure with the refusal text and no claims', async () => {
    const { server, extractor } = await setup(() => completion({ content: null, refusal: 'I cannot help with that request.' }));
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(out.claims).toEqual([]);
    expect(out.failures).toHaveLength(1);
    expect(out.failures[0]).toMatchObject({ stage: 'extract', item: 'marlow-flood', chunk_index: 3, code: 'refusal' });
    expect(out.failures[0]?.reason).toContain('I cannot help with that request.');
    expect(server.requests).toHaveLength(1);
  });

  it('content_filter is a failure, not a re-ask', async () => {
    const { server, extractor } = await setup(() => completion({ content: null, finish_reason: 'content_filter' }));
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(out.failures[0]?.code).toBe('content_filter');
    expect(server.requests).toHaveLength(1);
  });
});

describe('openai extractor: finish_reason length', () => {
  it('splits the chunk in two and extracts each smaller half', async () => {
    const { server, extractor } = await setup((req) => {
      if (req.n === 1) return completion({ content: '{"claims": [{"statement": "cut off', finish_reason: 'length' });
      return ok([{ ...CLAIM, statement: `claim from request ${req.n}` }]);
    }, { minPassageChars: 100 });
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(out.failures).toEqual([]);
    expect(server.requests).toHaveLength(3);
    const [first, second] = [passageOf(server.requests[1]), passageOf(server.requests[2])];
    expect(first.length).toBeLessThan(TEXT.length);
    expect(second.length).toBeLessThan(TEXT.length);
    // The halves are the article's own text, in order, and cover the passage.
    expect(TEXT.indexOf(first)).toBeLessThan(TEXT.indexOf(second));
    expect(first.length + second.length).toBeGreaterThanOrEqual(TEXT.trim().length - 4);
    expect(out.claims.map((c) => c.statement)).toEqual(['claim from request 2', 'claim from request 3']);
  });

  it('a passage that stays too long down to the minimum size is an output_too_long failure', async () => {
    const { server, extractor } = await setup(() => completion({ content: '{"claims": [', finish_reason: 'length' }), { minPassageChars: 150 });
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(out.claims).toEqual([]);
    expect(out.failures.length).toBeGreaterThanOrEqual(1);
    for (const failure of out.failures) expect(failure).toMatchObject({ code: 'output_too_long', item: 'marlow-flood', chunk_index: 3 });
    // Bounded recursion: every request is for a passage no shorter than the minimum, or the whole text.
    expect(server.requests.length).toBeLessThanOrEqual(2 * Math.ceil(TEXT.length / 150));
    for (const req of server.requests.slice(1)) expect(passageOf(req).length).toBeGreaterThan(0);
  });
});

describe('openai extractor: JSON-mode fallback', () => {
  const second: Chunk = { ...WHOLE, index: 4, context: 'earlier text' };

  it('json_schema rejected with 400 → json_object on the retry and on later chunks, said once', async () => {
    const seen: string[] = [];
    const { server, extractor } = await setup(
      (req) =>
        req.body.response_format?.type === 'json_schema'
          ? apiError(400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.")
          : ok([CLAIM]),
      { onNotice: (message) => seen.push(message) },
    );
    expect(extractor.outputMode()).toBe('json_schema');
    const first = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    const later = await extractor.extract({ article: ARTICLE, chunk: second });
    expect(first).toEqual({ claims: [CLAIM], failures: [] });
    expect(later).toEqual({ claims: [CLAIM], failures: [] });
    expect(server.requests.map((r) => r.body.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
    // In JSON mode the schema travels in the system message instead.
    expect(messagesOf(server.requests[1])[0]?.content).toContain('"asserted_on"');
    expect(messagesOf(server.requests[0])[0]?.content).not.toContain('"asserted_on"');
    expect(extractor.outputMode()).toBe('json_object');
    expect(extractor.notices).toHaveLength(1);
    expect(seen).toEqual(extractor.notices);
    expect(extractor.notices[0]).toMatch(/json_object/);
  });

  it('chunks in flight together fall back together, and the notice is still given once', async () => {
    const { server, extractor } = await setup((req) =>
      req.body.response_format?.type === 'json_schema' ? apiError(422, 'json_schema response format unsupported') : ok([CLAIM]),
    );
    const outs = await Promise.all([0, 1, 2].map((index) => extractor.extract({ article: ARTICLE, chunk: { ...WHOLE, index } })));
    expect(outs.every((out) => out.claims.length === 1 && out.failures.length === 0)).toBe(true);
    const types = server.requests.map((r) => r.body.response_format?.type);
    expect(types.filter((t) => t === 'json_object')).toHaveLength(3);
    expect(types.filter((t) => t === 'json_schema').length).toBeLessThanOrEqual(3);
    expect(extractor.notices).toHaveLength(1);
  });

  it('an explicit json_object setting never sends json_schema', async () => {
    const { server, extractor } = await setup(() => ok([]), { responseFormat: 'json_object' });
    await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(server.requests[0]?.body.response_format).toEqual({ type: 'json_object' });
  });

  it('an explicit json_schema setting does not fall back: the rejection is a failure', async () => {
    const { server, extractor } = await setup(() => apiError(400, 'response_format json_schema is not supported'), { responseFormat: 'json_schema' });
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(server.requests).toHaveLength(1);
    expect(out.failures[0]).toMatchObject({ code: 'request_rejected', chunk_index: 3 });
    expect(extractor.notices).toEqual([]);
  });

  it('a 400 about something else (context length) does not switch modes', async () => {
    const { server, extractor } = await setup(() => apiError(400, "This model's maximum context length is 8192 tokens."));
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(server.requests).toHaveLength(1);
    expect(out.failures[0]?.code).toBe('request_rejected');
    expect(extractor.outputMode()).toBe('json_schema');
  });
});

describe('openai extractor: transport errors', () => {
  it('quota exhaustion and auth failures stop the run (rethrown)', async () => {
    const { server, extractor } = await setup((req) =>
      req.n === 1 ? apiError(429, 'You exceeded your current quota', 'insufficient_quota') : apiError(401, 'Incorrect API key provided'),
    );
    await expect(extractor.extract({ article: ARTICLE, chunk: WHOLE })).rejects.toBeInstanceOf(ModelQuotaExhausted);
    await expect(extractor.extract({ article: ARTICLE, chunk: WHOLE })).rejects.toBeInstanceOf(ModelAuthError);
    expect(server.requests).toHaveLength(2);
  });

  it('an aborted run (client-wide signal) is rethrown, not recorded as a failure of the chunk', async () => {
    server = await startFakeOpenAI(() => ({ ...ok([CLAIM]), delayMs: 2000 }));
    const controller = new AbortController();
    const client = createModelClient({ apiKey: API_KEY, baseURL: server.baseURL, model: 'm', temperature: 0, maxOutputTokens: 64, timeoutMs: 5000, signal: controller.signal });
    const extractor = createOpenAIExtractor({ client, prompt: await loadPrompt('prompts/extract-claims.yaml'), responseFormat: 'auto', maxReasks: 2 });
    const pending = extractor.extract({ article: ARTICLE, chunk: WHOLE });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(ModelAborted);
  });

  it('other failures become a failure record with the error code, never with the key', async () => {
    const { server, extractor } = await setup(() => apiError(503, `upstream overloaded (key ${API_KEY})`));
    const out = await extractor.extract({ article: ARTICLE, chunk: WHOLE });
    expect(server.requests).toHaveLength(2); // the client's own retry came first
    expect(out.claims).toEqual([]);
    expect(out.failures).toHaveLength(1);
    expect(out.failures[0]).toMatchObject({ stage: 'extract', item: 'marlow-flood', chunk_index: 3, code: 'server_error' });
    expect(JSON.stringify(out.failures)).not.toContain(API_KEY);
  });
});
