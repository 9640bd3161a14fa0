import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimSchema, ErrorRecordSchema, RunManifestSchema } from '../schemas/index.js';
import { readJsonlFile } from '../src/io/jsonl.js';
import { RejectedRecordSchema } from '../src/run/rejected.js';
import { apiError, startFakeOpenAI, type FakeServer } from './support/fake-openai-server.js';
import { runCli, tempDir } from './support/cli.js';
import { passageOf, scriptedAnswer } from './support/scripted-model.js';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function configFile(extra: string): Promise<string> {
  const dir = await tempDir('cfg');
  const path = join(dir, 'pipeline.yaml');
  await writeFile(
    path,
    `extractor:\n  kind: auto\n  model: fake-model\n  retry_base_ms: 1\n  max_retry_wait_ms: 50\n  cache:\n    enabled: true\n    dir: ${join(dir, 'cache')}\n  prices:\n    fake-model: { prompt_per_mtok: 1, cached_prompt_per_mtok: 0.5, completion_per_mtok: 2 }\n${extra}`,
  );
  return path;
}

const manifestOf = async (out: string) => RunManifestSchema.parse(JSON.parse(await readFile(join(out, 'run.json'), 'utf8')));

describe('claimsift run with a model (loopback OpenAI-compatible server)', () => {
  it('grounds the model claims, rejects and counts a fabricated quote, and accounts usage and cost', async () => {
    server = await startFakeOpenAI((req) => scriptedAnswer(req, { fabricate: true }));
    const out = await tempDir('model');
    const env = { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'sk-test-do-not-log' };
    const result = await runCli(['run', '--config', await configFile(''), '--input', 'evals/articles', '--out', out], env);
    expect(result.stderr).toMatch(/extractor: openai \(fake-model\)/);
    expect(result.code).toBe(0);

    const manifest = await manifestOf(out);
    const claims = await readJsonlFile(join(out, 'claims.jsonl'), ClaimSchema);
    const rejected = await readJsonlFile(join(out, 'rejected.jsonl'), RejectedRecordSchema);
    expect(claims.length).toBeGreaterThan(10);
    expect(claims.every((c) => c.extractor.kind === 'openai' && c.extractor.prompt?.startsWith('extract-claims@'))).toBe(true);
    expect(rejected.length).toBe(manifest.counts.chunks); // one fabricated quote per chunk
    expect(rejected.every((r) => r.claim.quote.includes('zorkmids'))).toBe(true);
    expect(claims.some((c) => c.quote.includes('zorkmids'))).toBe(false);
    expect(manifest.counts.rejected_quotes).toBe(rejected.length);
    expect(manifest.usage.calls).toBe(server.requests.length);
    expect(manifest.usage.prompt_tokens).toBe(1000 * server.requests.length);
    // 200 uncached + 800 cached prompt tokens at $1 / $0.5 per M, 50 completion at $2 per M.
    expect(manifest.usage.cost_usd).toBeCloseTo(server.requests.length * (200 * 1 + 800 * 0.5 + 50 * 2) / 1e6, 9);
    expect(manifest.prompt?.id).toBe('extract-claims');
    expect(manifest.extractor.base_url_host).toMatch(/^127\.0\.0\.1:/);

    const everything = (await Promise.all(['run.json', 'claims.jsonl', 'claimsift.log', 'errors.jsonl'].map((f) => readFile(join(out, f), 'utf8')))).join('');
    expect(everything).not.toContain('sk-test-do-not-log');
    expect(result.stderr).not.toContain('sk-test-do-not-log');
  });

  it('makes zero model calls on a re-run with nothing changed (response cache)', async () => {
    server = await startFakeOpenAI((req) => scriptedAnswer(req));
    const config = await configFile('');
    const env = { OPENAI_BASE_URL: server.baseURL };
    const first = await tempDir('cache-1');
    await runCli(['run', '--config', config, '--input', 'evals/articles', '--out', first, '--quiet'], env);
    const calls = server.requests.length;
    expect(calls).toBeGreaterThan(0);

    const second = await tempDir('cache-2');
    expect((await runCli(['run', '--config', config, '--input', 'evals/articles', '--out', second, '--quiet'], env)).code).toBe(0);
    expect(server.requests.length).toBe(calls);
    const manifest = await manifestOf(second);
    expect(manifest.model_calls.cache_hits).toBe(calls);
    expect(manifest.usage.calls).toBe(0);
    expect(await readFile(join(second, 'claims.jsonl'), 'utf8')).toBe(await readFile(join(first, 'claims.jsonl'), 'utf8'));

    await runCli(['run', '--config', config, '--input', 'evals/articles', '--out', await tempDir('cache-3'), '--quiet', '--no-cache'], env);
    expect(server.requests.length).toBe(2 * calls);
  });

  it('re-calls only what changed: an edited article, or every call after a prompt change', async () => {
    server = await startFakeOpenAI((req) => scriptedAnswer(req));
    const config = await configFile('');
    const input = await tempDir('edit');
    const texts = ['The ministry said 40 schools were closed on Monday.', 'The utility said 12,500 homes lost power overnight.', 'Police said 7 people were arrested.'];
    await Promise.all(texts.map((text, i) => writeFile(join(input, `story-${i}.txt`), `${text}\n`)));
    const env = { OPENAI_BASE_URL: server.baseURL };
    const out = await tempDir('edit-out');
    await runCli(['run', '--config', config, '--input', input, '--out', out, '--quiet'], env);
    expect(server.requests).toHaveLength(3);

    await writeFile(join(input, 'story-1.txt'), 'The utility said 13,000 homes lost power overnight.\n');
    expect((await runCli(['run', '--config', config, '--input', input, '--out', out, '--quiet'], env)).code).toBe(0);
    expect(server.requests).toHaveLength(4); // the edited article only; the other two are resumed
    expect(passageOf(server.requests[3]!)).toContain('13,000');
    const claims = await readJsonlFile(join(out, 'claims.jsonl'), ClaimSchema);
    expect(claims.map((c) => c.quote).sort()).toEqual([texts[0], 'The utility said 13,000 homes lost power overnight.', texts[2]].sort());
    expect((await manifestOf(out)).counts).toMatchObject({ claims: 3, articles: 3, articles_resumed: 2 });

    // An article gone from the input is gone from the outputs too.
    await rm(join(input, 'story-2.txt'));
    await runCli(['run', '--config', config, '--input', input, '--out', out, '--quiet'], env);
    expect(server.requests).toHaveLength(4);
    expect((await readJsonlFile(join(out, 'claims.jsonl'), ClaimSchema)).map((c) => c.article_id).sort()).toEqual(['story-0', 'story-1']);
    expect((await manifestOf(out)).counts).toMatchObject({ claims: 2, articles: 2 });

    const prompt = join(input, '..', 'prompt-v2.yaml');
    await writeFile(prompt, (await readFile('prompts/extract-claims.yaml', 'utf8')).replace(/^version: .*$/m, 'version: 9.9.9'));
    const changed = await configFile(`  prompt: ${prompt}\n`);
    await runCli(['run', '--config', changed, '--input', input, '--out', await tempDir('edit-v2'), '--quiet'], env);
    expect(server.requests).toHaveLength(6); // both remaining articles again: the prompt is in every call
  });

  it('survives mixed faults on 20% of calls over 200 chunks: every article ends with claims or an error', async () => {
    const dir = await tempDir('faults');
    const lines = Array.from({ length: 100 }, (_, i) => {
      const text = [
        `Officials in district ${i} said on Monday that ${100 + i} households had been moved to shelters.`,
        'Residents were asked to stay indoors while crews cleared the roads.',
        `A regional spokesperson later told reporters that ${i + 3} bridges remained closed to traffic.`,
      ].join('\n\n');
      return JSON.stringify({ id: `doc-${String(i).padStart(3, '0')}`, published_on: '2021-06-07', text });
    });
    await writeFile(join(dir, 'dump.jsonl'), `${lines.join('\n')}\n`);
    const faults = [
      () => apiError(500, 'internal error'),
      () => apiError(503, 'overloaded'),
      () => apiError(429, 'slow down', 'rate_limit_exceeded', { 'retry-after-ms': '5' }),
      () => ({ drop: true }),
      () => ({ status: 200, body: { id: 'x', object: 'chat.completion', created: 0, model: 'fake-model', choices: [{ index: 0, message: { role: 'assistant', content: '{"claims": [', refusal: null }, finish_reason: 'stop', logprobs: null }] } }),
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    server = await startFakeOpenAI((req) => (random() < 0.2 ? faults[Math.floor(random() * faults.length)]!() : scriptedAnswer(req)));
    const out = await tempDir('faults-out');
    const config = await configFile('chunking:\n  max_chars: 200\n  context_chars: 0\n');
    const result = await runCli(['run', '--config', config, '--input', join(dir, 'dump.jsonl'), '--out', out, '--quiet'], { OPENAI_BASE_URL: server.baseURL });
    expect([0, 2]).toContain(result.code);

    const manifest = await manifestOf(out);
    expect(manifest.counts.chunks).toBe(200);
    const claims = await readJsonlFile(join(out, 'claims.jsonl'), ClaimSchema);
    const errors = await readJsonlFile(join(out, 'errors.jsonl'), ErrorRecordSchema);
    const withClaims = new Set(claims.map((c) => c.article_id));
    const withErrors = new Set(errors.map((e) => e.item));
    for (let i = 0; i < 100; i++) {
      const id = `doc-${String(i).padStart(3, '0')}`;
      expect(withClaims.has(id) || withErrors.has(id), `${id} in ${out}`).toBe(true);
    }
    // One digit-bearing sentence per chunk: each chunk ends as exactly one claim or one error.
    expect(claims.length + errors.filter((e) => e.chunk_index !== null).length).toBe(200);
    expect(manifest.model_calls.retries + manifest.model_calls.reasks).toBeGreaterThan(0);
    expect(result.code).toBe(errors.length ? 2 : 0);
  });

  it('stops at once on insufficient_quota with a clear message and exit 1', async () => {
    server = await startFakeOpenAI(() => apiError(429, 'You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota'));
    const out = await tempDir('quota');
    const result = await runCli(['run', '--config', await configFile(''), '--input', 'evals/articles', '--out', out], { OPENAI_BASE_URL: server.baseURL });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/quota/i);
    expect((await manifestOf(out)).status).toBe('failed');
    expect(server.requests.length).toBeLessThanOrEqual(8); // no retry storm: at most the calls already in flight
  });
});
