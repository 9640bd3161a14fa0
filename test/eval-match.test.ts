import { describe, expect, it } from 'vitest';
import { matchArticle, type LocatedGold } from '../src/eval/match.js';
import type { GoldClaim } from '../schemas/index.js';
import { claim, exact, gold } from './support/eval-claims.js';

// A made-up article: four sentences, each its own claim.
const TEXT = [
  'Port officials said 500 dockworkers joined the strike on Monday.',
  'The union said 2,000 containers were stuck at the terminal.',
  'Shipping lines warned that delays could last a week.',
  'The mayor said the city would not intervene.',
].join(' ');
const sentence = (i: number): { start: number; end: number } => {
  const parts = TEXT.split(/(?<=\.) /);
  const start = TEXT.indexOf(parts[i]!);
  return { start, end: start + parts[i]!.length };
};
const located = (g: GoldClaim): LocatedGold => {
  const start = TEXT.indexOf(g.quote);
  return { claim: g, span: start < 0 ? null : { start, end: start + g.quote.length } };
};

const officials = { name: null, org: 'Port officials' };
const union = { name: null, org: 'union' };
const g1 = gold({ id: 'g1', statement: 'Port officials said 500 dockworkers joined the strike.', quote: 'Port officials said 500 dockworkers joined the strike on Monday.', speaker: officials, quantity: exact(500, 'dockworkers') });
const g2 = gold({ id: 'g2', statement: 'The union said 2,000 containers were stuck at the terminal.', quote: 'The union said 2,000 containers were stuck at the terminal.', speaker: union, quantity: exact(2000, 'containers') });
const g3 = gold({ id: 'g3', required: false, statement: 'Shipping lines warned delays could last a week.', quote: 'Shipping lines warned that delays could last a week.', speaker: { name: null, org: 'Shipping lines' } });
const g4 = gold({ id: 'g4', statement: 'The mayor said the city would not intervene.', quote: 'The mayor said the city would not intervene.', speaker: { name: null, org: 'mayor' } });

describe('matchArticle', () => {
  it('splits claims into TPs, optional matches, FPs and misses', () => {
    const c1 = claim({ id: 'c1', statement: 'Port officials said 500 dockworkers joined the strike.', ...sentence(0), speaker: officials, quantity: exact(500, 'dockworkers') });
    const c2 = claim({ id: 'c2', statement: 'The union said 2,000 containers were stuck.', ...sentence(1), speaker: union, quantity: exact(2000, 'containers') });
    const c3 = claim({ id: 'c3', statement: 'Shipping lines warned delays could last a week.', ...sentence(2), speaker: { name: null, org: 'Shipping lines' } });
    // Extracted from the first sentence again but about something the gold does not hold.
    const c4 = claim({ id: 'c4', statement: 'The strike began on Monday.', start: sentence(0).start + 36, end: sentence(0).end, quantity: null });
    const result = matchArticle('art-1', [c1, c2, c3, c4], [g1, g2, g3, g4].map(located), 0.5);
    expect(result.truePositives.map((p) => [p.claim.id, p.gold.claim.id])).toEqual([
      ['c1', 'g1'],
      ['c2', 'g2'],
    ]);
    // c3 matched an optional gold claim: neither TP nor FP.
    expect(result.optionalMatches.map((p) => [p.claim.id, p.gold.claim.id])).toEqual([['c3', 'g3']]);
    expect(result.falsePositives.map((c) => c.id)).toEqual(['c4']);
    expect(result.misses.map((g) => g.claim.id)).toEqual(['g4']);
    expect(result.unmatchedOptional).toEqual([]);
  });

  it('an unmatched optional gold claim is not a miss', () => {
    const c1 = claim({ id: 'c1', statement: g1.statement, ...sentence(0), speaker: officials, quantity: exact(500, 'dockworkers') });
    const result = matchArticle('art-1', [c1], [g1, g3].map(located), 0.5);
    expect(result.truePositives).toHaveLength(1);
    expect(result.misses).toEqual([]);
    expect(result.unmatchedOptional.map((g) => g.claim.id)).toEqual(['g3']);
  });

  it('is one-to-one: two claims of one sentence cannot both take one gold claim', () => {
    const a = claim({ id: 'a', statement: g2.statement, ...sentence(1), speaker: union, quantity: exact(2000, 'containers') });
    const b = claim({ id: 'b', statement: g2.statement, ...sentence(1), speaker: union, quantity: exact(2000, 'containers') });
    const result = matchArticle('art-1', [a, b], [located(g2)], 0.5);
    expect(result.truePositives).toHaveLength(1);
    expect(result.falsePositives).toHaveLength(1);
  });

  it('quantity tells apart two gold claims drawn from the same sentence', () => {
    const quote = 'Port officials said 500 dockworkers joined the strike on Monday.';
    const dockers = gold({ id: 'dockers', statement: 'Officials said 500 dockworkers joined.', quote, speaker: officials, quantity: exact(500, 'dockworkers') });
    const drivers = gold({ id: 'drivers', statement: 'Officials said 300 drivers joined.', quote, speaker: officials, quantity: exact(300, 'drivers') });
    const c300 = claim({ id: 'c300', statement: 'Officials said 300 drivers joined.', ...sentence(0), speaker: officials, quantity: exact(300, 'drivers') });
    const c500 = claim({ id: 'c500', statement: 'Officials said 500 dockworkers joined.', ...sentence(0), speaker: officials, quantity: exact(500, 'dockworkers') });
    const result = matchArticle('art-1', [c300, c500], [dockers, drivers].map(located), 0.5);
    expect(Object.fromEntries(result.truePositives.map((p) => [p.claim.id, p.gold.claim.id]))).toEqual({ c300: 'drivers', c500: 'dockers' });
  });

  it('below the threshold nothing matches, and other articles never match', () => {
    const far = claim({ id: 'far', statement: 'Shipping lines warned of delays.', ...sentence(2) });
    const result = matchArticle('art-1', [far], [located(g4)], 0.5);
    expect(result.truePositives).toEqual([]);
    expect(result.falsePositives).toHaveLength(1);
    const elsewhere = claim({ id: 'x', article_id: 'art-2', statement: g4.statement, ...sentence(3), speaker: { name: null, org: 'mayor' } });
    expect(matchArticle('art-1', [elsewhere], [located(g4)], 0.5).truePositives).toEqual([]);
  });
});
