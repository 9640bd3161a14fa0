import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim, type Quantity } from '../schemas/index.js';
import { inverseDocumentFrequency, normalizeClaims } from '../src/reconcile/normalize.js';
import { dateFactor, scorePair, textSimilarity } from '../src/reconcile/score.js';
import { makeClaim } from './support/claims.js';

function claim(id: string, fields: Partial<Omit<Claim, 'quantity'>> & { quantity?: Partial<Quantity> | null }): Claim {
  const statement = fields.statement ?? 'The reservoir is at 40 percent of capacity.';
  const { quantity, ...rest } = fields;
  return ClaimSchema.parse(
    makeClaim({
      id,
      article_id: `art-${id}`,
      speaker: { name: 'Rosa Imbert', org: 'Water Board' },
      asserted_on: '2019-08-01',
      ...rest,
      statement,
      quantity: quantity === undefined || quantity === null ? null : { value: null, low: null, high: null, qualifier: 'exact', unit: 'percent', ...quantity },
    }),
  );
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

describe('scorePair on one figure told by different outlets', () => {
  const strike = (id: string, statement: string, speaker: { name: string | null; org: string | null }, value: number, unit: string, extra: Partial<Claim> = {}) =>
    claim(id, { statement, speaker, quantity: { value, qualifier: 'about', unit }, asserted_on: '2025-06-09', ...extra });
  const background = [
    claim('z1', { statement: 'Ships queued outside the harbour for a second day.' }),
    claim('z2', { statement: 'The talks will resume on Thursday, the mediator said.' }),
    claim('z3', { statement: 'Shipping lines diverted cargo to other ports.' }),
  ];

  it('merges a union figure worded differently, with the union named differently and one side undated', () => {
    const a = strike('a', 'The union said about 3,200 dock workers walked out on Monday in a dispute over pay.', { name: null, org: 'the union' }, 3200, 'dock workers');
    const b = strike('b', 'Teamsters Local 12 estimated 3,200 strikers.', { name: null, org: 'Teamsters Local 12' }, 3200, 'strikers', {
      asserted_on: null,
      quantity: { value: 3200, low: null, high: null, qualifier: 'exact', unit: 'strikers' },
    });
    const s = score(a, b, background);
    expect(s.veto).toBeNull();
    expect(s.score).toBeGreaterThanOrEqual(0.55);
  });

  it('merges a company figure given by the company and by its spokeswoman', () => {
    const a = strike('a', 'Dunmore Freight said about 1,900 employees had stopped work.', { name: null, org: 'Dunmore Freight' }, 1900, 'employees');
    const b = strike('b', 'Spokeswoman Helen Park said roughly 1,900 workers were on strike at the terminal.', { name: 'Helen Park', org: 'Dunmore Freight' }, 1900, 'workers');
    expect(score(a, b, background).score).toBeGreaterThanOrEqual(0.55);
  });

  it('keeps the union and the company apart even on one figure', () => {
    const a = strike('a', 'The union said about 3,200 workers walked out.', { name: null, org: 'the union' }, 3200, 'workers');
    const b = strike('b', 'The company said about 3,200 workers walked out.', { name: null, org: 'the company' }, 3200, 'workers');
    expect(score(a, b, background).veto).toBe('speaker');
  });

  it('keeps one figure of two different states apart', () => {
    const a = strike('a', 'Officials said 60 people were missing.', { name: null, org: null }, 60, 'people');
    const b = strike('b', 'Officials said 60 people were injured.', { name: null, org: null }, 60, 'people');
    expect(score(a, b, background).veto).toBe('measure');
  });

  it('does not merge one figure given for a country and for a region inside it', () => {
    const a = strike('a', 'About 900 soldiers are in Ostland, the ministry said.', { name: null, org: 'Defence Ministry' }, 900, 'soldiers');
    const b = strike('b', "About 900 soldiers are in Ostland's Tamra region, the ministry said.", { name: null, org: 'Defence Ministry' }, 900, 'soldiers');
    expect(score(a, b, background).score).toBeLessThan(0.55);
  });

  it('does not take one figure alone for one statement', () => {
    const a = strike('a', 'Officials said 400 people attended the memorial service.', { name: null, org: null }, 400, 'people');
    const b = strike('b', 'Officials said 400 people boarded the rescue ships.', { name: null, org: null }, 400, 'people');
    expect(score(a, b, background).score).toBeLessThan(0.55);
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
