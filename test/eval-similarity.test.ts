import { describe, expect, it } from 'vitest';
import type { Quantity } from '../schemas/index.js';
import {
  claimSimilarity,
  contentTokens,
  diceOfSets,
  namesAgree,
  orgsAgree,
  quantitiesAgree,
  quantitySimilarity,
  spanDice,
  speakersAgree,
} from '../src/eval/similarity.js';
import { exact } from './support/eval-claims.js';

const range = (low: number, high: number): Quantity => ({ value: null, low, high, qualifier: 'range', unit: 'workers' });

describe('similarity parts', () => {
  it('spanDice is the Dice overlap of two character ranges', () => {
    // overlap [5,10) = 5 chars; lengths 10 + 10 → 2·5/20 = 0.5
    expect(spanDice({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(0.5);
    expect(spanDice({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
    // a clause inside its sentence: 2·20/(60+20) = 0.5
    expect(spanDice({ start: 0, end: 60 }, { start: 10, end: 30 })).toBe(0.5);
  });

  it('contentTokens drops stopwords, folds plurals and reads 10,000 as one number', () => {
    expect([...contentTokens('The union said 10,000 workers are on strike in the ports.')].sort()).toEqual(
      ['10000', 'port', 'strike', 'union', 'worker'].sort(),
    );
    // {union, worker, strike} vs {union, worker, walkout}: 2·2/(3+3)
    expect(diceOfSets(contentTokens('union workers strike'), contentTokens('union worker walkout'))).toBeCloseTo(2 / 3);
  });

  it('quantitySimilarity overlaps the stated numbers', () => {
    expect(quantitySimilarity(null, null)).toBe(1);
    expect(quantitySimilarity(exact(500), null)).toBe(0);
    expect(quantitySimilarity(exact(500), exact(500))).toBe(1);
    expect(quantitySimilarity(range(300, 400), range(300, 400))).toBe(1);
    // {300} vs {300, 400}: 1 shared of 2 distinct
    expect(quantitySimilarity(exact(300), range(300, 400))).toBe(0.5);
    expect(quantitySimilarity(exact(500), exact(800))).toBe(0);
  });

  it('quantitiesAgree needs the same numbers (within 1%) and qualifier', () => {
    expect(quantitiesAgree(exact(10_000), exact(10_050))).toBe(true);
    expect(quantitiesAgree(exact(10_000), exact(10_500))).toBe(false);
    expect(quantitiesAgree(exact(10_000), { ...exact(10_000), qualifier: 'at_least' })).toBe(false);
    expect(quantitiesAgree(exact(10_000), { ...exact(10_000), unit: 'people' })).toBe(true);
    expect(quantitiesAgree(null, null)).toBe(true);
    expect(quantitiesAgree(null, exact(1))).toBe(false);
  });

  it('speaker agreement: the person decides when both are named, else the organisation', () => {
    expect(namesAgree('Lt. Col. Jane Okafor', 'Jane Okafor')).toBe(true);
    expect(namesAgree('Okafor', 'Jane Okafor')).toBe(true);
    expect(namesAgree('Jane Okafor', 'John Okafor')).toBe(false);
    expect(orgsAgree('the U.S. Coast Guard', 'US Coast Guard')).toBe(true);
    expect(orgsAgree('Coast Guard', 'U.S. Coast Guard')).toBe(true);
    expect(orgsAgree('Navy', 'Coast Guard')).toBe(false);
    // general aliases and word order
    expect(orgsAgree('United States', 'US')).toBe(true);
    expect(orgsAgree('the U.K. Foreign Office', 'Britain’s Foreign Office')).toBe(true);
    expect(orgsAgree('Ministry of Health', 'Health Ministry')).toBe(true);
    expect(orgsAgree('Ministry of Health', 'Ministry of Finance')).toBe(false);
    // transliteration variants of a name; diacritics ignored
    expect(namesAgree('Oleksandr Syrskyi', 'Syrsky')).toBe(true);
    expect(namesAgree('Volodymyr Zelenskiyy', 'President Volodymyr Zelenskyy')).toBe(true);
    expect(namesAgree('José Martínez', 'Jose Martinez')).toBe(true);
    expect(namesAgree('Jane Okafor', 'Jane Okoro')).toBe(false);
    expect(namesAgree('Li', 'Lu')).toBe(false);

    const okafor = { name: 'Jane Okafor', org: 'Coast Guard' };
    expect(speakersAgree(okafor, { name: 'Okafor', org: null })).toBe(true);
    expect(speakersAgree(okafor, { name: null, org: 'the Coast Guard' })).toBe(true);
    // Same organisation, different person: not the same speaker.
    expect(speakersAgree(okafor, { name: 'Tom Reyes', org: 'Coast Guard' })).toBe(false);
    // The outlet's own voice on both sides.
    expect(speakersAgree({ name: null, org: null }, { name: null, org: null })).toBe(true);
    expect(speakersAgree({ name: null, org: null }, { name: null, org: 'Coast Guard' })).toBe(false);
  });
});

describe('claimSimilarity', () => {
  const speaker = { name: 'Jane Okafor', org: 'Coast Guard' };
  const base = {
    statement: 'Jane Okafor said 40 people were rescued from the ferry.',
    quote: '40 people were rescued from the ferry',
    speaker,
    quantity: exact(40, 'people'),
  };

  it('is 1 for a claim identical to the gold claim', () => {
    const parts = claimSimilarity({ ...base, span: { start: 10, end: 47 } }, base, { start: 10, end: 47 });
    expect(parts).toEqual({ span: 1, tokens: 1, quantity: 1, speaker: 1, score: 1 });
  });

  it('weighs span 0.45, tokens 0.20, quantity 0.20, speaker 0.15', () => {
    const extracted = {
      ...base,
      statement: 'Jane Okafor said 40 people were saved from the ferry.',
      speaker: { name: 'Tom Reyes', org: null },
      quantity: exact(40, 'people'),
      span: { start: 0, end: 40 },
    };
    const parts = claimSimilarity(extracted, base, { start: 20, end: 40 });
    // span: overlap 20, lengths 40 + 20 → 40/60
    expect(parts.span).toBeCloseTo(2 / 3);
    // tokens {jane, okafor, 40, people, saved|rescued, ferry}: 5 shared of 6 + 6 → 10/12
    expect(parts.tokens).toBeCloseTo(10 / 12);
    expect(parts.quantity).toBe(1);
    expect(parts.speaker).toBe(0);
    expect(parts.score).toBeCloseTo(0.45 * (2 / 3) + 0.2 * (10 / 12) + 0.2 * 1 + 0.15 * 0);
  });

  it('falls back to quote tokens when the gold quote was not located', () => {
    const parts = claimSimilarity({ ...base, span: { start: 500, end: 537 } }, base, null);
    expect(parts.span).toBe(1);
  });
});
