import { beforeAll, describe, expect, it } from 'vitest';
import { RawClaimSchema, type Article, type Chunk, type RawClaim } from '../schemas/index.js';
import { chunkArticle } from '../src/chunk/index.js';
import { splitSentences } from '../src/chunk/sentences.js';
import { readArticles } from '../src/ingest/index.js';
import { createRulesExtractor } from '../src/extract/rules/index.js';
import { findCues } from '../src/extract/rules/cues.js';
import { findQuantities } from '../src/extract/rules/quantities.js';

interface Extracted {
  article: Article;
  chunks: Array<{ chunk: Chunk; claims: RawClaim[] }>;
}

const seeds: Extracted[] = [];

beforeAll(async () => {
  const extractor = createRulesExtractor();
  for await (const item of readArticles(['evals/articles'], { maxBytes: 2_000_000 })) {
    if (item.kind !== 'article') continue;
    // Small chunks, so speaker and date resolution must work across chunk boundaries.
    const chunks = chunkArticle(item.article, { maxChars: 700, contextChars: 200 });
    const results = [];
    for (const chunk of chunks) results.push({ chunk, claims: (await extractor.extract({ article: item.article, chunk })).claims });
    seeds.push({ article: item.article, chunks: results });
  }
});

describe('createRulesExtractor', () => {
  it('names itself as the rules extractor with no model and no prompt', () => {
    const extractor = createRulesExtractor();
    expect(extractor.ref).toEqual({ kind: 'rules', model: null, prompt: null });
    expect(extractor.prompt).toBeNull();
  });

  it('stops when the signal is aborted', async () => {
    const extractor = createRulesExtractor();
    const [{ article, chunks }] = seeds as [Extracted];
    const controller = new AbortController();
    controller.abort();
    await expect(extractor.extract({ article, chunk: chunks[0]!.chunk, signal: controller.signal })).rejects.toThrow();
  });
});

describe('rules extractor on the seed articles', () => {
  it('reads all five seeds and finds claims in each', () => {
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) expect(seed.chunks.flatMap((c) => c.claims).length).toBeGreaterThanOrEqual(8);
  });

  it('returns valid claims whose quotes are exact substrings of their chunk', () => {
    for (const { chunks } of seeds) {
      for (const { chunk, claims } of chunks) {
        for (const claim of claims) {
          expect(RawClaimSchema.safeParse(claim).success).toBe(true);
          expect(chunk.text.includes(claim.quote)).toBe(true);
          expect(claim.quote).toBe(claim.quote.trim());
        }
      }
    }
  });

  it('gives every sentence with a count and an attribution cue a claim that carries a quantity', () => {
    let checked = 0;
    for (const { article, chunks } of seeds) {
      const claims = chunks.flatMap(({ chunk, claims: cs }) => cs.map((c) => ({ ...c, at: chunk.start + chunk.text.indexOf(c.quote) })));
      for (const span of splitSentences(article.text)) {
        const sentence = article.text.slice(span.start, span.end);
        const lineEnd = article.text.indexOf('\n', span.end);
        const wholeLine = article.text.slice(article.text.lastIndexOf('\n', span.start) + 1, lineEnd < 0 ? undefined : lineEnd).trim();
        // Body prose only: a sentence that ends like one, in a line longer than a headline, past the
        // headline block (a deck restating the body is not a claim of its own).
        const lineIndex = article.text.slice(0, span.start).split('\n').filter((l) => l.trim()).length;
        if (lineIndex < 3 || !/[.”"’]$/u.test(sentence) || wholeLine.split(/\s+/u).length < 16 || /via AP|\/AP$|^In this photo/u.test(wholeLine)) continue;
        if (findQuantities(sentence).length === 0 || findCues(sentence).filter((c) => c.kind !== 'stance').length === 0) continue;
        checked++;
        const inside = claims.filter((c) => c.at < span.end && c.at + c.quote.length > span.start);
        expect(inside.some((c) => c.quantity !== null), sentence).toBe(true);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it('takes no claim from captions, credits, bylines, datelines or related-headline lists', () => {
    for (const { article, chunks } of seeds) {
      const lines = article.text.split('\n').map((l) => l.trim());
      const junk = lines.filter((line, i) =>
        /via AP$|\/AP$|contributed to this report|^In this photo/u.test(line) ||
        /\/AP$/u.test(lines[i + 1] ?? '') ||
        (line.length > 12 && line === line.toUpperCase() && /[A-Z]{4}/u.test(line)) ||
        /^\d{1,2}:\d{2}$/u.test(lines[i - 1] ?? ''));
      for (const { claims } of chunks) {
        for (const claim of claims) for (const line of junk) expect(line.includes(claim.quote), `${claim.quote} in "${line}"`).toBe(false);
      }
    }
  });

  it('resolves "he said" and surname-only mentions to full names', () => {
    const named = seeds.flatMap((s) => s.chunks.flatMap((c) => c.claims)).filter((c) => /^[“"]/u.test(c.quote) && /\b(?:he|she) said\.$/u.test(c.quote));
    expect(named.length).toBeGreaterThan(0);
    for (const claim of named) expect(claim.speaker.name, claim.quote).toMatch(/\S+\s\S+|^\S+$/u);
    const surnameOnly = seeds.flatMap((s) => s.chunks.flatMap((c) => c.claims)).filter((c) => /^[A-Z][a-z]+ said\b/u.test(c.quote) && c.speaker.name !== null);
    expect(surnameOnly.length).toBeGreaterThanOrEqual(5);
    for (const claim of surnameOnly) expect(claim.speaker.name ?? '', claim.quote).toContain(' ');
  });
});
