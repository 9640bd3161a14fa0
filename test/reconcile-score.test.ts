import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim, type Quantity } from '../schemas/index.js';
import { inverseDocumentFrequency, normalizeClaims } from '../src/reconcile/normalize.js';
import { dateFactor, scorePair, textSimilarity } from '../src/reconcile/score.js';

function claim(id: string, fields: Partial<Omit<Claim, 'quantity'>> & { quantity?: Partial<Quantity> | null }): Claim {
  const statement = fields.statement ?? 'The reservoir is at 40 percent of capacity.';
  const { quantity, ...rest } = fields;
  return ClaimSchema.parse({
    id,
    article_id: `art-${id}`,
    chunk_index: 0,
    quote: statement,
    span: { start: 0, end: statement.length },
    alignment: 'exact',
    extractor: { kind: 'rules', model: null, prompt: null },
    speaker: { name: 'Rosa Imbert', org: 'Water Board' },
    stance: 'asserts',
    asserted_on: '2019-08-01',
    ...rest,
    statement,
    quantity:
      quantity === undefined || quantity === null
        ? null
        : { value: null, low: null, high: null, qualifier: 'exact', unit: 'percent', ...quantity },
  });
}

function score(a: Claim, b: Claim, background: Claim[] = []) {
  const normalized = normalizeClaims([a, b, ...background]);
  const idf = inverseDocumentFrequency(normalized);
  const [x, y] = [normalized.find((c) => c.claim.id === a.id), normalized.find((c) => c.claim.id === b.id)];
  if (x === undefined || y === undefined) throw new Error('claims lost');
  return scorePair(x, y, idf);
}

const background = [
  claim('z1', { statement: 'Water rationing starts in September.' }),
  claim('z2', { statement: 'Farmers asked for compensation for the drought.' }),
];

describe('scorePair', () => {
  const base = claim('a', { statement: 'The Lanza reservoir is at 40 percent of capacity.', quantity: { value: 40 } });

  it('scores a paraphrase from the same speaker and day above the default threshold', () => {
    const para = claim('b', { statement: 'Lanza reservoir levels stand at 40 percent of capacity, Imbert said.', quantity: { value: 40 } });
    const s = score(base, para, background);
    expect(s.veto).toBeNull();
    expect(s.score).toBeGreaterThan(0.55);
    expect(s.score).toBeLessThanOrEqual(1);
  });

  it('rules out a different stance, speaker, quantity or occasion', () => {
    expect(score(base, claim('b', { statement: base.statement, quantity: { value: 40 }, stance: 'denies' })).veto).toBe('stance');
    expect(score(base, claim('b', { statement: base.statement, quantity: { value: 40 }, speaker: { name: 'Ian Vos', org: null } })).veto).toBe('speaker');
    expect(score(base, claim('b', { statement: base.statement, quantity: { value: 55 } })).veto).toBe('quantity');
    expect(score(base, claim('b', { statement: base.statement, quantity: { value: 40 }, asserted_on: '2019-08-20' })).veto).toBe('date');
  });

  it('rules out two quantities of different places', () => {
    const a = claim('a', { statement: 'About 200 people are sheltering in Corva.', quantity: { value: 200, qualifier: 'about', unit: 'people' } });
    const b = claim('b', { statement: 'About 200 people are sheltering in Deleth.', quantity: { value: 200, qualifier: 'about', unit: 'people' } });
    expect(score(a, b).veto).toBe('measure');
  });

  it('scores unrelated statements of one speaker low', () => {
    const other = claim('b', { statement: 'Pipes in the old town will be replaced next year.' });
    expect(score(base, other, background).score).toBeLessThan(0.3);
  });

  it('weighs less certain context down: an undated, unattributed paraphrase scores lower', () => {
    const para = claim('b', { statement: 'Lanza reservoir is at 40 percent of capacity.', quantity: { value: 40 } });
    const vague = claim('c', { ...para, id: 'c', speaker: { name: null, org: null }, asserted_on: null });
    expect(score(base, vague, background).score).toBeLessThan(score(base, para, background).score);
  });
});

describe('textSimilarity', () => {
  it('is 1 for identical bags, 0 for disjoint ones, and symmetric', () => {
    const idf = new Map([['a', 1], ['b', 2], ['c', 3]]);
    expect(textSimilarity(['a', 'b'], ['a', 'b'], idf)).toBe(1);
    expect(textSimilarity(['a'], ['b'], idf)).toBe(0);
    expect(textSimilarity(['a', 'c'], ['a', 'b'], idf)).toBe(textSimilarity(['a', 'b'], ['a', 'c'], idf));
    expect(textSimilarity([], ['a'], idf)).toBe(0);
  });

  it('counts a rare shared token for more than a common one', () => {
    const idf = new Map([['common', 0.2], ['rare', 3], ['x', 1], ['y', 1]]);
    expect(textSimilarity(['rare', 'x'], ['rare', 'y'], idf)).toBeGreaterThan(textSimilarity(['common', 'x'], ['common', 'y'], idf));
  });
});

describe('dateFactor', () => {
  it('falls with distance and rules out different occasions', () => {
    expect(dateFactor(10, 10)).toBe(1);
    expect(dateFactor(10, 12)).toBeLessThan(1);
    expect(dateFactor(10, 30)).toBe(0);
    expect(dateFactor(null, 10)).toBeGreaterThan(0);
  });
});
