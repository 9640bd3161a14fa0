import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Article, type ExtractorRef, type RawClaim } from '../schemas/index.js';
import { chunkArticle } from '../src/chunk/index.js';
import { groundClaims } from '../src/ground/index.js';
import { sha256, stableId } from '../src/util/hash.js';

const text =
  'Flood waters recede in river towns\n\n' +
  'Officials said about 1,200 homes were damaged. “Repairs will take several months,” the mayor’s office said.\n\n' +
  'The state opened three shelters on Sunday. Officials said about 1,200 homes were damaged.';

const article: Article = {
  id: 'flood-1',
  title: 'Flood waters recede in river towns',
  url: null,
  published_on: '2022-08-14',
  text,
  source: { path: 'flood-1.txt', line: null },
  sha256: sha256(text),
};

const extractor: ExtractorRef = { kind: 'openai', model: 'fake-model', prompt: 'extract-claims@1#abcd1234' };

function raw(quote: string, statement = 'About 1,200 homes were damaged.'): RawClaim {
  return {
    statement,
    quote,
    speaker: { name: null, org: 'officials' },
    stance: 'asserts',
    quantity: { value: 1200, low: null, high: null, qualifier: 'about', unit: 'homes' },
    asserted_on: null,
  };
}

describe('groundClaims', () => {
  const chunks = chunkArticle(article, { maxChars: 120, contextChars: 40 });
  const last = chunks[chunks.length - 1]!;

  it('grounds quotes at article spans, with verbatim quotes and stable ids', () => {
    const input = [
      raw('Officials said about 1,200 homes were damaged.'),
      raw('"Repairs will take several months," the mayor\'s office said.', 'Repairs will take several months.'),
    ];
    const { claims, rejected } = groundClaims(input, { article, chunk: chunks[1]!, extractor, minCoverage: 0.85 });
    expect(rejected).toEqual([]);
    expect(claims).toHaveLength(2);
    for (const claim of claims) {
      ClaimSchema.parse(claim);
      expect(claim.quote).toBe(text.slice(claim.span.start, claim.span.end));
      expect(claim.article_id).toBe('flood-1');
      expect(claim.chunk_index).toBe(1);
      expect(claim.extractor).toEqual(extractor);
      expect(claim.id).toBe(stableId('c', 'flood-1', claim.span.start, claim.span.end, claim.statement));
    }
    expect(claims[0]?.alignment).toBe('exact');
    expect(claims[1]?.alignment).toBe('normalized');
    expect(claims[1]?.quote).toBe('“Repairs will take several months,” the mayor’s office said.');
    expect(claims[1]?.statement).toBe('Repairs will take several months.');
  });

  it('picks the occurrence of a repeated quote nearest the chunk', () => {
    const quote = 'Officials said about 1,200 homes were damaged.';
    const early = groundClaims([raw(quote)], { article, chunk: chunks[1]!, extractor, minCoverage: 0.85 });
    const late = groundClaims([raw(quote)], { article, chunk: last, extractor, minCoverage: 0.85 });
    expect(early.claims[0]?.span.start).toBe(text.indexOf(quote));
    expect(late.claims[0]?.span.start).toBe(text.lastIndexOf(quote));
    expect(early.claims[0]?.id).not.toBe(late.claims[0]?.id);
  });

  it('rejects quotes it cannot find, with coverage and a reason, and keeps the rest', () => {
    const input = [
      raw('Officials said nearly 5,000 homes were destroyed by the storm.'),
      raw('The state opened three shelters on Sunday.', 'The state opened three shelters.'),
    ];
    const { claims, rejected } = groundClaims(input, { article, chunk: last, extractor, minCoverage: 0.85 });
    expect(claims.map((c) => c.quote)).toEqual(['The state opened three shelters on Sunday.']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.raw).toBe(input[0]);
    expect(rejected[0]?.coverage).toBeGreaterThan(0);
    expect(rejected[0]?.coverage).toBeLessThan(0.85);
    expect(rejected[0]?.reason).toMatch(/quote not found in article flood-1/);
  });

  it('drops exact duplicates (same span and statement) but keeps different statements on one span', () => {
    const quote = 'The state opened three shelters on Sunday.';
    const input = [raw(quote, 'Three shelters opened.'), raw(`  ${quote} `, 'Three shelters opened.'), raw(quote, 'Shelters opened on Sunday.')];
    const { claims } = groundClaims(input, { article, chunk: last, extractor, minCoverage: 0.85 });
    expect(claims.map((c) => c.statement)).toEqual(['Three shelters opened.', 'Shelters opened on Sunday.']);
  });

  it('replaces a fuzzily matched quote with the article text', () => {
    const { claims } = groundClaims([raw('The state opend three shelters on Sunday', 'Shelters opened.')], {
      article,
      chunk: last,
      extractor,
      minCoverage: 0.85,
    });
    expect(claims[0]?.alignment).toBe('fuzzy');
    expect(claims[0]?.quote).toBe('The state opened three shelters on Sunday');
  });
});
