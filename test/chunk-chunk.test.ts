import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChunkSchema, type Article, type Chunk } from '../schemas/index.js';
import { chunkArticle, splitChunk, splitSentences, tailContext } from '../src/chunk/index.js';
import { cleanText } from '../src/ingest/clean.js';
import { sha256 } from '../src/util/hash.js';

function article(text: string, id = 'a'): Article {
  return { id, title: null, url: null, published_on: null, text, source: { path: `${id}.txt`, line: null }, sha256: sha256(text) };
}

function isLoneSurrogateAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Every invariant a chunking must keep, whatever the text. */
function expectValidChunks(doc: Article, chunks: Chunk[], maxChars: number, contextChars: number): void {
  const { text } = doc;
  let last = 0;
  chunks.forEach((chunk, i) => {
    ChunkSchema.parse(chunk);
    expect(chunk.index).toBe(i);
    expect(chunk.article_id).toBe(doc.id);
    expect(chunk.text).toBe(text.slice(chunk.start, chunk.end));
    expect(chunk.text.length).toBeGreaterThan(0);
    expect(chunk.text.length).toBeLessThanOrEqual(maxChars);
    expect(chunk.text).toBe(chunk.text.trim());
    expect(chunk.start).toBeGreaterThanOrEqual(last);
    expect(isLoneSurrogateAt(text, chunk.start)).toBe(false);
    expect(isLoneSurrogateAt(text, chunk.end)).toBe(false);
    last = chunk.end;
    const previous = chunks[i - 1];
    if (!previous) expect(chunk.context).toBe('');
    else {
      expect(chunk.context.length).toBeLessThanOrEqual(contextChars);
      expect(previous.text.endsWith(chunk.context)).toBe(true);
    }
  });
  // Nothing but whitespace falls between or around chunks.
  let outside = text.slice(0, chunks[0]?.start ?? text.length);
  chunks.forEach((chunk, i) => {
    outside += text.slice(chunk.end, chunks[i + 1]?.start ?? text.length);
  });
  expect(outside.trim()).toBe('');
}

describe('chunkArticle', () => {
  const seedDir = join(import.meta.dirname, '..', 'evals', 'articles');
  const seeds = readdirSync(seedDir).map((name) => article(cleanText(readFileSync(join(seedDir, name), 'utf8')), name));

  it.each([
    [200, 0],
    [500, 120],
    [1200, 400],
    [4000, 400],
  ])('keeps exact offsets on every seed article (maxChars %i, contextChars %i)', (maxChars, contextChars) => {
    for (const doc of seeds) expectValidChunks(doc, chunkArticle(doc, { maxChars, contextChars }), maxChars, contextChars);
  });

  it('ends chunks at sentence ends when sentences fit', () => {
    const doc = seeds[0]!;
    const chunks = chunkArticle(doc, { maxChars: 600, contextChars: 200 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.text).toMatch(/[.!?:"”’)\p{L}\p{N}]$/u);
    // Context starts at a sentence start of the previous chunk, unless its last sentence alone is too long.
    for (const chunk of chunks.slice(1)) {
      const previous = chunks[chunk.index - 1]!;
      const starts = splitSentences(previous.text).map((s) => previous.text.slice(s.start));
      const lastSentence = starts[starts.length - 1]!;
      if (lastSentence.length <= 200) expect(starts).toContain(chunk.context);
      else expect(lastSentence.endsWith(chunk.context) && chunk.context.length > 150).toBe(true);
    }
  });

  it('returns one chunk for a short article and none for an empty one', () => {
    const doc = article('One sentence. Two sentences.');
    expect(chunkArticle(doc, { maxChars: 4000, contextChars: 400 })).toEqual([
      { article_id: 'a', index: 0, text: 'One sentence. Two sentences.', start: 0, end: 28, context: '' },
    ]);
    expect(chunkArticle(article('   \n  '), { maxChars: 100, contextChars: 10 })).toEqual([]);
  });

  it('handles text without punctuation and one huge sentence', () => {
    const noPunct = article(Array.from({ length: 400 }, (_, i) => `word${i}`).join(' '));
    expectValidChunks(noPunct, chunkArticle(noPunct, { maxChars: 250, contextChars: 60 }), 250, 60);
    const huge = article(`The committee said ${'that the plan, which many opposed, '.repeat(120)}was final.`);
    const chunks = chunkArticle(huge, { maxChars: 300, contextChars: 80 });
    expect(chunks.length).toBeGreaterThan(10);
    expectValidChunks(huge, chunks, 300, 80);
    for (const chunk of chunks) expect(/\S$/.test(chunk.text) && /^\S/.test(chunk.text)).toBe(true);
  });

  it('hard-splits a run without whitespace and never cuts an astral character in half', () => {
    const run = article('\u{1F600}'.repeat(300));
    const chunks = chunkArticle(run, { maxChars: 101, contextChars: 31 });
    expectValidChunks(run, chunks, 101, 31);
    expect(chunks.map((c) => c.text).join('')).toBe(run.text);
    const mixed = article(`Fire \u{1F525} crews \u{1F692} arrived. ${'Smoke \u{1F32B}\uFE0F rose over the hills. '.repeat(40)}`.trim());
    expectValidChunks(mixed, chunkArticle(mixed, { maxChars: 97, contextChars: 40 }), 97, 40);
  });

  it('keeps offsets on CRLF input after cleanText and on many short lines', () => {
    const crlf = article(cleanText('Headline here\r\n\r\nFirst para.  Second sentence.\r\nThird line\r\n'.repeat(30)));
    expectValidChunks(crlf, chunkArticle(crlf, { maxChars: 220, contextChars: 50 }), 220, 50);
    const lines = article(Array.from({ length: 500 }, (_, i) => `- item ${i}`).join('\n'));
    const chunks = chunkArticle(lines, { maxChars: 200, contextChars: 30 });
    expectValidChunks(lines, chunks, 200, 30);
    for (const chunk of chunks) expect(chunk.text.startsWith('- item')).toBe(true);
  });
});

describe('tailContext', () => {
  const text = 'First sentence here. Second one follows. Third is last.';

  it('cuts at a sentence start when one fits, else at a word start', () => {
    expect(tailContext(text, 0, text.length, 40)).toBe('Second one follows. Third is last.');
    expect(tailContext(text, 0, text.length, 10)).toBe('is last.');
    expect(tailContext(text, 0, text.length, 0)).toBe('');
    expect(tailContext(text, 0, text.length, 500)).toBe(text);
  });
});

describe('splitChunk', () => {
  it('halves at the sentence boundary nearest the middle with exact offsets', () => {
    const text = 'Alpha one. Beta two is longer. Gamma three. Delta four ends here.';
    const doc = article(text);
    const [chunk] = chunkArticle(doc, { maxChars: 4000, contextChars: 400 });
    const [first, second] = splitChunk(chunk!, doc, { contextChars: 20 });
    expect(first.text).toBe('Alpha one. Beta two is longer.');
    expect(second.text).toBe('Gamma three. Delta four ends here.');
    for (const half of [first, second]) {
      expect(half.text).toBe(text.slice(half.start, half.end));
      expect(half.index).toBe(chunk!.index);
    }
    expect(first.context).toBe('');
    expect(second.context).toBe('Beta two is longer.');
  });

  it('splits one long sentence at whitespace and keeps splitting down to tiny pieces', () => {
    const doc = article('a b c d e f g h i j k l m n o p');
    let pieces = chunkArticle(doc, { maxChars: 4000, contextChars: 0 });
    for (let round = 0; round < 4; round++) pieces = pieces.flatMap((c) => (c.text.length >= 3 ? splitChunk(c, doc) : [c]));
    expect(pieces.map((c) => c.text).join(' ')).toBe(doc.text);
    for (const c of pieces) expect(c.text).toBe(doc.text.slice(c.start, c.end));
  });

  it('refuses a chunk too short to split or not matching the article', () => {
    const doc = article('x');
    const [chunk] = chunkArticle(doc, { maxChars: 10, contextChars: 0 });
    expect(() => splitChunk(chunk!, doc)).toThrow(RangeError);
    const other = article('Some other text entirely. With two sentences.');
    const [otherChunk] = chunkArticle(other, { maxChars: 100, contextChars: 0 });
    expect(() => splitChunk(otherChunk!, doc)).toThrow(RangeError);
  });
});
