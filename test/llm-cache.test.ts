import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheEntryPath, cacheKey, canonicalJson, createResponseCache, isCacheable, type CacheKeyParts, type StoredResponse } from '../src/llm/cache.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'claimsift-cache-'));
  dirs.push(dir);
  return dir;
}

const parts: CacheKeyParts = {
  baseUrlHost: null,
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'Extract claims.' },
    { role: 'user', content: 'The chunk.' },
  ],
  responseFormat: { type: 'json_schema', json_schema: { name: 'claims', strict: true, schema: { type: 'object', properties: {} } } },
  temperature: 0,
  maxOutputTokens: 4096,
};

const answer: StoredResponse = {
  content: '{"claims":[]}',
  refusal: null,
  finishReason: 'stop',
  usage: { prompt_tokens: 10, cached_prompt_tokens: 0, completion_tokens: 3 },
};

describe('cacheKey', () => {
  it('is a stable sha256 that ignores object key order', () => {
    const reordered: CacheKeyParts = {
      ...parts,
      responseFormat: { json_schema: { strict: true, schema: { properties: {}, type: 'object' }, name: 'claims' }, type: 'json_schema' },
    };
    expect(cacheKey(parts)).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey(reordered)).toBe(cacheKey(parts));
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });

  it('changes with every part that decides the answer', () => {
    const variants: CacheKeyParts[] = [
      { ...parts, baseUrlHost: 'localhost:8000' },
      { ...parts, model: 'gpt-4o' },
      { ...parts, messages: [...parts.messages.slice(0, 1), { role: 'user', content: 'The chunk!' }] },
      { ...parts, messages: [{ role: 'user', content: 'Extract claims.' }, { role: 'user', content: 'The chunk.' }] },
      { ...parts, responseFormat: { type: 'json_object' } },
      { ...parts, temperature: 0.2 },
      { ...parts, maxOutputTokens: 2048 },
    ];
    const keys = new Set([cacheKey(parts), ...variants.map(cacheKey)]);
    expect(keys.size).toBe(variants.length + 1);
  });
});

describe('createResponseCache', () => {
  it('stores an answer at <dir>/<key[0..2]>/<key>.json and reads it back', async () => {
    const dir = await tempDir();
    const cache = createResponseCache(dir);
    const key = cacheKey(parts);
    expect(await cache.get(key)).toBeNull();
    await cache.put(key, 'gpt-4o-mini', answer);
    expect(await cache.get(key)).toEqual(answer);
    const path = cacheEntryPath(dir, key);
    expect(path).toBe(join(dir, key.slice(0, 2), `${key}.json`));
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ key, model: 'gpt-4o-mini', response: answer });
    expect(await readdir(dirname(path))).toEqual([`${key}.json`]);
  });

  it('treats a torn, invalid or misplaced entry as a miss', async () => {
    const dir = await tempDir();
    const cache = createResponseCache(dir);
    const key = cacheKey(parts);
    const path = cacheEntryPath(dir, key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, '{"format":1,"key":"');
    expect(await cache.get(key)).toBeNull();
    await writeFile(path, JSON.stringify({ format: 1, key, model: 'm', stored_at: 'x', response: { content: 5 } }));
    expect(await cache.get(key)).toBeNull();
    await writeFile(path, JSON.stringify({ format: 1, key: 'f'.repeat(64), model: 'm', stored_at: 'x', response: answer }));
    expect(await cache.get(key)).toBeNull();
  });

  it('writes atomically: many concurrent writers of one key leave one whole entry and no temp files', async () => {
    const dir = await tempDir();
    const cache = createResponseCache(dir);
    const key = cacheKey(parts);
    await Promise.all(Array.from({ length: 20 }, (_, i) => cache.put(key, 'm', { ...answer, content: `{"n":${i}}` })));
    const stored = await cache.get(key);
    expect(stored?.content).toMatch(/^\{"n":\d+\}$/);
    expect(await readdir(dirname(cacheEntryPath(dir, key)))).toEqual([`${key}.json`]);
  });
});

describe('isCacheable', () => {
  it('keeps finished answers, refusals and length cut-offs; not filtered, unknown or empty ones', () => {
    expect(isCacheable(answer)).toBe(true);
    expect(isCacheable({ ...answer, content: null, refusal: 'I cannot help with that.' })).toBe(true);
    expect(isCacheable({ ...answer, finishReason: 'length' })).toBe(true);
    expect(isCacheable({ ...answer, finishReason: 'content_filter' })).toBe(false);
    expect(isCacheable({ ...answer, finishReason: 'unknown' })).toBe(false);
    expect(isCacheable({ ...answer, content: null })).toBe(false);
  });
});
