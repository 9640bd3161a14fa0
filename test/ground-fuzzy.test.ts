import { describe, expect, it } from 'vitest';
import { alignTokens } from '../src/ground/fuzzy.js';

const words = (s: string): string[] => s.split(' ');

describe('alignTokens', () => {
  const text = words('earlier words here then the officials said the bridge would reopen on friday and more words after');

  it('aligns the whole quote in order and reports the matched text range', () => {
    const found = alignTokens(words('officials said the bridge would reopen'), text, 0.85);
    expect(found).toMatchObject({ coverage: 1, accepted: true, firstText: 5, lastText: 10 });
  });

  it('accepts a dropped text word and a missing quote word within the coverage', () => {
    const dropped = alignTokens(words('officials said bridge would reopen on friday'), text, 0.85);
    expect(dropped).toMatchObject({ coverage: 1, accepted: true, firstText: 5, lastText: 12 });
    const extra = alignTokens(words('the officials said the old bridge would reopen on friday'), text, 0.85);
    expect(extra?.coverage).toBeCloseTo(0.9);
    expect(extra?.accepted).toBe(true);
  });

  it('rejects shuffled words, a stitched span and lost negations or numbers', () => {
    expect(alignTokens(words('reopen would bridge the said officials'), text, 0.85)?.accepted).toBe(false);
    expect(alignTokens(words('earlier words officials reopen friday after'), text, 0.85)?.accepted).toBe(false);
    expect(alignTokens(words('officials said the bridge would not reopen on friday'), text, 0.8)?.accepted).toBe(false);
    expect(alignTokens(words('officials said the 2 bridges would reopen on friday'), text, 0.8)?.accepted).toBe(false);
    const negatedText = words('officials said the bridge would not reopen on friday');
    expect(alignTokens(words('officials said the bridge would reopen on friday'), negatedText, 0.8)?.accepted).toBe(false);
  });

  it('returns null when nothing matches or an input is empty', () => {
    expect(alignTokens(words('completely different'), text, 0.85)).toBeNull();
    expect(alignTokens([], text, 0.85)).toBeNull();
    expect(alignTokens(words('a b'), [], 0.85)).toBeNull();
  });
});
