import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Chunk } from '../schemas/index.js';
import { loadPrompt, type LoadedPrompt } from '../src/prompt/load.js';
import { buildMessages, responseFormatFor, staticPrefix } from '../src/prompt/messages.js';
import { sha256 } from '../src/util/hash.js';

const SEED = 'evals/articles/002_5fbe768f1cac18ff.txt';
let prompt: LoadedPrompt;
let article: Article;
let chunks: [Chunk, Chunk];

beforeAll(async () => {
  prompt = await loadPrompt('prompts/extract-claims.yaml');
  const text = await readFile(SEED, 'utf8');
  article = {
    id: '002_5fbe768f1cac18ff',
    title: text.split('\n')[0] ?? null,
    url: null,
    published_on: '2024-10-30',
    text,
    source: { path: SEED, line: null },
    sha256: sha256(text),
  };
  const middle = text.indexOf('\n\n', Math.floor(text.length / 2));
  chunks = [
    { article_id: article.id, index: 0, start: 0, end: middle, text: text.slice(0, middle), context: '' },
    { article_id: article.id, index: 1, start: middle, end: text.length, text: text.slice(middle), context: text.slice(middle - 200, middle) },
  ];
});

describe('buildMessages', () => {
  it('the static prefix is byte-identical for two different chunks, in both modes', () => {
    for (const mode of ['json_schema', 'json_object'] as const) {
      const first = buildMessages(prompt, chunks[0], article, mode);
      const second = buildMessages(prompt, chunks[1], article, mode);
      const prefix = staticPrefix(prompt, mode);
      expect(first).toHaveLength(prefix.length + 1);
      expect(JSON.stringify(first.slice(0, -1))).toBe(JSON.stringify(prefix));
      expect(JSON.stringify(second.slice(0, -1))).toBe(JSON.stringify(prefix));
      expect(first.at(-1)).not.toEqual(second.at(-1));
    }
  });

  it('starts with the system text and guidelines, then one user/assistant pair per example', () => {
    const messages = buildMessages(prompt, chunks[0], article, 'json_schema');
    expect(messages[0]?.role).toBe('system');
    expect(messages[0]?.content).toContain(prompt.file.system.trim());
    expect(messages[0]?.content).toContain(prompt.file.guidelines.trim());
    const turns = messages.slice(1, -1);
    expect(turns).toHaveLength(prompt.file.examples.length * 2);
    prompt.file.examples.forEach((example, i) => {
      expect(turns[2 * i]?.role).toBe('user');
      expect(turns[2 * i]?.content).toContain(example.text);
      expect(turns[2 * i + 1]?.role).toBe('assistant');
      expect(JSON.parse(turns[2 * i + 1]?.content ?? '')).toEqual({ claims: example.claims });
    });
  });

  it('the chunk goes last, with the article title and date, the context and the passage', () => {
    const last = buildMessages(prompt, chunks[1], article, 'json_schema').at(-1);
    expect(last?.role).toBe('user');
    expect(last?.content).toContain('ARTICLE DATE: 2024-10-30');
    expect(last?.content).toContain(`ARTICLE TITLE: ${article.title}`);
    expect(last?.content).toContain(chunks[1].context);
    expect(last?.content).toContain(chunks[1].text);
    // The first chunk has no context: no context block at all.
    expect(buildMessages(prompt, chunks[0], article, 'json_schema').at(-1)?.content).not.toContain('CONTEXT');
  });

  it('a missing article date is said, not left blank', () => {
    const undated = { ...article, published_on: null, title: null };
    const last = buildMessages(prompt, chunks[0], undated, 'json_schema').at(-1)?.content ?? '';
    expect(last).toMatch(/ARTICLE DATE: unknown/);
    expect(last).toMatch(/ARTICLE TITLE: \(none\)/);
  });

  it('JSON mode spells out the JSON Schema in the prompt; Structured Outputs mode sends it as response_format', () => {
    const jsonMode = staticPrefix(prompt, 'json_object')[0]?.content ?? '';
    const structured = staticPrefix(prompt, 'json_schema')[0]?.content ?? '';
    expect(jsonMode).toContain('"asserted_on"');
    expect(jsonMode).toContain('JSON');
    expect(structured).not.toContain('"asserted_on"');
    const format = responseFormatFor('json_schema');
    expect(format.type).toBe('json_schema');
    if (format.type === 'json_schema') {
      expect(format.json_schema.name).toBe('claims');
      expect(format.json_schema.strict).toBe(true);
      expect(JSON.stringify(format.json_schema.schema)).toContain('"quote"');
      // The schema text in JSON mode is the very schema Structured Outputs sends.
      expect(jsonMode).toContain(JSON.stringify(format.json_schema.schema));
    }
    expect(responseFormatFor('json_object')).toEqual({ type: 'json_object' });
  });
});
