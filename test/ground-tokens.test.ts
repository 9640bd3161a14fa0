import { describe, expect, it } from 'vitest';
import { boundedEditDistance, isNegation, NEAR_MATCH, tokenize, tokenSimilarity } from '../src/ground/tokens.js';

describe('tokenize', () => {
  it('keeps numbers, contractions and dotted acronyms whole', () => {
    expect(tokenize("u.s. troops: 10,000 (3.5%) don't - ok").map((t) => t.text)).toEqual(['u.s', 'troops', '10,000', '3.5', "don't", 'ok']);
    const [first] = tokenize('  hello');
    expect(first).toEqual({ text: 'hello', start: 2, end: 7 });
  });
});

describe('tokenSimilarity', () => {
  it('scores identical words 1, typos and possessives as near, others 0', () => {
    expect(tokenSimilarity('troops', 'troops')).toBe(1);
    expect(tokenSimilarity('estimates', 'estimats')).toBe(NEAR_MATCH);
    expect(tokenSimilarity('assessment', 'asesment')).toBe(NEAR_MATCH);
    expect(tokenSimilarity("russia's", 'russia')).toBe(NEAR_MATCH);
    expect(tokenSimilarity('cat', 'car')).toBe(0);
    expect(tokenSimilarity('troops', 'forces')).toBe(0);
  });

  it('never lets numbers or negations match loosely', () => {
    expect(tokenSimilarity('10,000', '12,000')).toBe(0);
    expect(tokenSimilarity('cannot', 'cannon')).toBe(0);
    expect(tokenSimilarity("didn't", 'did')).toBe(0);
    expect(isNegation('never')).toBe(true);
    expect(isNegation("won't")).toBe(true);
    expect(isNegation('note')).toBe(false);
  });
});

describe('boundedEditDistance', () => {
  it('computes small distances and stops past the bound', () => {
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 1)).toBe(2);
    expect(boundedEditDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(boundedEditDistance('', 'ab', 2)).toBe(2);
  });
});
