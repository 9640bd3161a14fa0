import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignQuote, normalizeForMatch, type QuoteAlignment } from '../src/ground/index.js';
import { cleanText } from '../src/ingest/clean.js';

const seedDir = join(import.meta.dirname, '..', 'evals', 'articles');
const seeds = readdirSync(seedDir)
  .sort()
  .map((name) => cleanText(readFileSync(join(seedDir, name), 'utf8')));
const [seedA, , seedC] = seeds as [string, string, string, string, string];

const TEXT =
  'Officials said on Monday that “at least 1,200” homes were damaged.\n\n' +
  'The mayor’s office said repairs could take several months — perhaps longer.\n' +
  'Residents were told to boil water… until further notice.\n' +
  'The agency did not confirm the figure. Officials said on Monday that roads were closed.';

function spanText(text: string, alignment: QuoteAlignment): string | null {
  return alignment.status === 'unaligned' ? null : text.slice(alignment.span.start, alignment.span.end);
}

const opts = { minCoverage: 0.85 };

describe('alignQuote: exact and normalized', () => {
  it('finds an exact quote and prefers the occurrence nearest `near`', () => {
    const first = alignQuote('Officials said on Monday that', TEXT, opts);
    expect(first).toEqual({ status: 'exact', span: { start: 0, end: 29 }, coverage: 1 });
    const second = alignQuote('Officials said on Monday that', TEXT, { ...opts, near: 200 });
    expect(second.status).toBe('exact');
    expect(second.status !== 'unaligned' && second.span.start).toBe(TEXT.lastIndexOf('Officials said on Monday that'));
  });

  it('does not match inside a word', () => {
    expect(alignQuote('fficials said', TEXT, opts).status).not.toBe('exact');
  });

  it('matches across straight/curly quotes, doubled spaces, a line break and case', () => {
    const straight = alignQuote('Officials said on Monday that "at least 1,200" homes were damaged.', TEXT, opts);
    expect(straight.status).toBe('normalized');
    expect(spanText(TEXT, straight)).toBe('Officials said on Monday that “at least 1,200” homes were damaged.');

    const spaced = alignQuote("the mayor's office  said repairs could take several months - perhaps longer.", TEXT, opts);
    expect(spaced.status).toBe('normalized');
    expect(spanText(TEXT, spaced)).toBe('The mayor’s office said repairs could take several months — perhaps longer.');

    const broken = alignQuote('perhaps longer. Residents were told\nto boil water... until further notice', TEXT, opts);
    expect(broken.status).toBe('normalized');
    expect(spanText(TEXT, broken)).toBe('perhaps longer.\nResidents were told to boil water… until further notice');
  });

  it('accepts a quote wrapped in quote marks the article does not have', () => {
    const wrapped = alignQuote('"Residents were told to boil water"', TEXT, opts);
    expect(wrapped.status).toBe('normalized');
    expect(spanText(TEXT, wrapped)).toBe('Residents were told to boil water');
  });

  it('returns offsets into the original text on a seed article with curly apostrophes', () => {
    const quote = "Ryder's comments were made a day after NATO Secretary-General Mark Rutte shared the alliance's assessment";
    const text = seeds[1]!;
    const found = alignQuote(quote, text, opts);
    expect(found.status).toBe('normalized');
    expect(normalizeForMatch(spanText(text, found) ?? '')).toBe(normalizeForMatch(quote));
  });
});

describe('alignQuote: fuzzy', () => {
  it('aligns a quote with a dropped word, reporting the article text span', () => {
    const found = alignQuote('Ryder said that overall there could be 11,000 to 12,000 North Korean troops inside of Russia.', seedA, opts);
    expect(found.status).toBe('fuzzy');
    expect(found.coverage).toBe(1);
    expect(spanText(seedA, found)).toBe('Ryder said that overall there could be closer to 11,000 to 12,000 North Korean troops inside of Russia.');
  });

  it('aligns a quote with a typo and one with a word the article lacks', () => {
    const typo = alignQuote('Ryder said the U.S. fully expcts the remaining troops still in eastern Russia to make their way to Kursk.', seedA, opts);
    expect(typo.status).toBe('fuzzy');
    expect(spanText(seedA, typo)).toBe('Ryder said the U.S. fully expects the remaining troops still in eastern Russia to make their way to Kursk.');
    const extra = alignQuote('NATO had confirmed last month that North Korean troops have been deployed alongside their Russian counterparts in the Kursk region', seedA, opts);
    expect(extra.status).not.toBe('unaligned');
    const inserted = alignQuote('NATO had confirmed last month that the North Korean troops have been deployed alongside their Russian counterparts in the Kursk region', seedA, opts);
    expect(inserted.status).toBe('fuzzy');
    expect(inserted.coverage).toBeGreaterThan(0.9);
    expect(inserted.coverage).toBeLessThan(1);
  });

  it('rejects fabricated quotes', () => {
    const fabricated = [
      // the right words in the wrong order
      'the remaining troops still in eastern Russia Ryder said the U.S. fully expects to make their way to Kursk.',
      // a sentence from another article on the same subject
      'The Pentagon confirmed Tuesday that a "small number" of North Korean troops are in Russia’s Kursk region near the Ukrainian border',
      // a paraphrase
      'The Pentagon thinks at least ten thousand North Korean soldiers are now in the Kursk area.',
      // a changed number
      'Ryder said that overall there could be closer to 12,000 to 13,000 North Korean troops inside of Russia.',
      // a dropped negation
      'We are looking into those, but at this point, can corroborate those reports',
      // an added negation
      'Ryder said the U.S. does not fully expect the remaining troops still in eastern Russia to make their way to Kursk.',
      // words gathered from across a paragraph
      'Ryder said the Pentagon numbers could go up',
    ];
    for (const quote of fabricated) {
      const found = alignQuote(quote, seedA, opts);
      expect(found.status, quote).toBe('unaligned');
      expect(found.coverage).toBeLessThan(1);
    }
  });

  it('reports the best coverage seen for an unaligned quote', () => {
    const shuffled = alignQuote('troops the remaining Ryder said in eastern Russia still', seedA, opts);
    expect(shuffled.status).toBe('unaligned');
    expect(shuffled.coverage).toBeGreaterThan(0.2);
    expect(alignQuote('Completely unrelated words about gardening and tomatoes', seedA, opts).coverage).toBeLessThan(0.3);
  });

  it('does not fuzzy-match very short quotes', () => {
    expect(alignQuote('Rydr said', seedA, opts).status).toBe('unaligned');
  });

  it('finds a fuzzy quote in a long article through candidate regions', () => {
    const filler = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i} repeats that the weather stayed calm over the valley.`).join('\n');
    const text = `${filler}\n${seedC}\n${filler}`;
    const quote = 'Last week, White House National Security communications director John Kirby confirmed that between early and mid-October, North Korea moved at least 3,000 troops into eastern Russia.';
    const started = performance.now();
    const found = alignQuote(quote, text, { minCoverage: 0.85, near: filler.length });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.status).toBe('fuzzy');
    expect(spanText(text, found)).toContain('between early to mid-October, North Korea moved at least 3,000 troops into eastern Russia.');
  });

  it('stays bounded on a long text full of the quote\'s common words', () => {
    const text = Array.from({ length: 8000 }, (_, i) => `The officials said that the ${i % 7 === 0 ? 'plan' : 'report'} of the city was ready.`).join(' ');
    const started = performance.now();
    const found = alignQuote('the officials said that the plan was ready for the city', text, opts);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(found.status).toBe('unaligned');
    expect(found.coverage).toBeGreaterThan(0.5);
  });

  it('aligns every sentence of every seed to itself exactly, and its normalised form', () => {
    for (const text of seeds) {
      const sentences = text.split('\n').filter((line) => line.trim().length > 40).slice(0, 6);
      for (const sentence of sentences) {
        expect(alignQuote(sentence, text, opts).status).toBe('exact');
        expect(alignQuote(normalizeForMatch(sentence), text, opts).status).toMatch(/^(exact|normalized)$/);
      }
    }
  });
});
