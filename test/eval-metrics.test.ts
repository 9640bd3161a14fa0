import { describe, expect, it } from 'vitest';
import type { Claim, Cluster, GoldClaim, Reconciled } from '../schemas/index.js';
import { matchArticle, type LocatedGold } from '../src/eval/match.js';
import { prf, scoreVariant } from '../src/eval/metrics.js';
import { claim, exact, gold, manifest } from './support/eval-claims.js';

// Two made-up articles; the same agency statement is reported by both.
const TEXT_A = [
  'The agency said 120 flights were cancelled on Friday.',
  'Airport staff said the runway reopened at noon.',
  'The airline denied that 30 crew members had quit.',
  'Storms hit the coast overnight.',
].join(' ');
const TEXT_B = 'The agency said 120 flights were cancelled Friday.';

const spanOf = (text: string, quote: string): { start: number; end: number } => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return { start, end: start + quote.length };
};
const locate = (text: string) => (g: GoldClaim): LocatedGold => ({ claim: g, span: spanOf(text, g.quote) });

const agency = { name: null, org: 'agency' };
const airline = { name: null, org: 'airline' };
const flights = exact(120, 'flights');
const ga1 = gold({ id: 'ga1', statement: 'The agency said 120 flights were cancelled.', quote: 'The agency said 120 flights were cancelled on Friday.', speaker: agency, quantity: flights, asserted_on: '2024-03-01', cluster: 'agency-flights' });
const ga2 = gold({ id: 'ga2', statement: 'Airport staff said the runway reopened at noon.', quote: 'Airport staff said the runway reopened at noon.', speaker: { name: null, org: 'Airport staff' } });
const ga3 = gold({ id: 'ga3', statement: 'The airline denied that 30 crew members had quit.', quote: 'The airline denied that 30 crew members had quit.', speaker: airline, stance: 'denies', quantity: exact(30, 'crew members') });
const gb1 = gold({ id: 'gb1', statement: 'The agency said 120 flights were cancelled.', quote: TEXT_B, speaker: agency, quantity: flights, asserted_on: '2024-03-01', cluster: 'agency-flights' });

const ca1 = claim({ id: 'ca1', article_id: 'A', statement: ga1.statement, ...spanOf(TEXT_A, ga1.quote), speaker: agency, quantity: flights, asserted_on: '2024-03-01' });
// Right claim, wrong stance and wrong qualifier.
const ca2 = claim({ id: 'ca2', article_id: 'A', statement: ga3.statement, ...spanOf(TEXT_A, ga3.quote), speaker: airline, stance: 'asserts', quantity: { ...exact(30, 'crew members'), qualifier: 'about' } });
const ca3 = claim({ id: 'ca3', article_id: 'A', statement: 'Storms hit the coast overnight.', ...spanOf(TEXT_A, 'Storms hit the coast overnight.') });
// Right claim, wrong date.
const cb1 = claim({ id: 'cb1', article_id: 'B', statement: gb1.statement, ...spanOf(TEXT_B, TEXT_B), speaker: agency, quantity: flights, asserted_on: '2024-03-02' });

function cluster(id: string, members: Claim[]): Cluster {
  return {
    id,
    statement: members[0]!.statement,
    speaker: members[0]!.speaker,
    stance: members[0]!.stance,
    quantity: members[0]!.quantity,
    asserted_on: members[0]!.asserted_on,
    members: members.map((c) => ({ claim_id: c.id, article_id: c.article_id, quote: c.quote, span: c.span, asserted_on: c.asserted_on })),
    sources: new Set(members.map((c) => c.article_id)).size,
  };
}
const reconciled = (clusters: Cluster[]): Reconciled => ({
  clusters,
  tracks: [],
  stats: { claims: 4, clusters: clusters.length, multi_source_clusters: 0, tracks: 0, candidate_pairs: 0 },
});

const matches = [
  matchArticle('A', [ca1, ca2, ca3], [ga1, ga2, ga3].map(locate(TEXT_A)), 0.5),
  matchArticle('B', [cb1], [gb1].map(locate(TEXT_B)), 0.5),
];

describe('prf', () => {
  it('uses null for an empty denominator and 2TP/(2TP+FP+FN) for F1', () => {
    expect(prf(0, 0, 3)).toEqual({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: 0 });
    expect(prf(0, 0, 0).f1).toBeNull();
    expect(prf(3, 1, 2)).toEqual({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: 6 / 9 });
  });
});

describe('scoreVariant', () => {
  const metrics = scoreVariant({
    name: 'v1',
    runDir: '/tmp/run',
    manifest: manifest({ claims: 4, rejected: 1, calls: 3, wallMs: 2500 }),
    reconciled: reconciled([cluster('K1', [ca1, cb1]), cluster('K2', [ca2]), cluster('K3', [ca3])]),
    matches,
    unscoredClaims: 2,
  });

  it('counts P/R/F1 per article and micro', () => {
    // A: TP ca1→ga1, ca2→ga3; FP ca3; FN ga2 → P 2/3, R 2/3, F1 4/6
    // B: TP cb1→gb1 → P 1, R 1, F1 1
    expect(metrics.per_article.map((a) => [a.article_id, a.tp, a.fp, a.fn])).toEqual([
      ['A', 2, 1, 1],
      ['B', 1, 0, 0],
    ]);
    expect(metrics.per_article[0]!.precision).toBeCloseTo(2 / 3);
    expect(metrics.per_article[0]!.f1).toBeCloseTo(2 / 3);
    expect(metrics.per_article[1]!.f1).toBe(1);
    // micro: TP 3, FP 1, FN 1 → P 3/4, R 3/4, F1 6/8
    expect(metrics.headline.precision).toBe(0.75);
    expect(metrics.headline.recall).toBe(0.75);
    expect(metrics.headline.f1).toBe(0.75);
  });

  it('measures field accuracy on the true-positive pairs', () => {
    // speaker: all 3 right; stance: ca2 wrong → 2/3; quantity: ca2 qualifier wrong → 2/3;
    // date: ca1 right, ca2 null = null right, cb1 wrong → 2/3
    expect(metrics.fields.speaker).toEqual({ correct: 3, total: 3, accuracy: 1 });
    expect(metrics.fields.stance.accuracy).toBeCloseTo(2 / 3);
    expect(metrics.fields.quantity.accuracy).toBeCloseTo(2 / 3);
    expect(metrics.fields.date.accuracy).toBeCloseTo(2 / 3);
    const ga3Outcome = metrics.gold.find((g) => g.gold_id === 'ga3')!;
    expect(ga3Outcome.fields).toEqual({ speaker: true, stance: false, quantity: false, date: true });
  });

  it('grounding rate = kept / (kept + rejected quotes), usage from run.json', () => {
    // 4 / (4 + 1)
    expect(metrics.headline.grounding_rate).toBe(0.8);
    expect(metrics.usage.calls).toBe(3);
    expect(metrics.usage.wall_ms).toBe(2500);
    expect(metrics.unscored_claims).toBe(2);
  });

  it('scores clusters over matched claims: a perfect reconciliation', () => {
    // Items ca1, cb1 (gold cluster agency-flights) and ca2 (gold null → own singleton);
    // predicted K1 = {ca1, cb1}, K2 = {ca2}: identical partitions.
    expect(metrics.clusters.items).toBe(3);
    expect(metrics.clusters.bcubed_f1).toBe(1);
    expect(metrics.clusters.pairwise_f1).toBe(1);
  });

  it('a missed cross-article merge lowers B³ recall and pairwise F1', () => {
    const split = scoreVariant({
      name: 'v2',
      runDir: '/tmp/run2',
      manifest: manifest({ claims: 4, rejected: 0 }),
      reconciled: null, // no reconciled.json: every claim its own cluster
      matches,
      unscoredClaims: 0,
    });
    // B³ precision 1; recall ca1 1/2, cb1 1/2, ca2 1 → 2/3; F1 = 2·1·(2/3)/(1+2/3) = 0.8
    expect(split.clusters.bcubed_precision).toBe(1);
    expect(split.clusters.bcubed_recall).toBeCloseTo(2 / 3);
    expect(split.headline.bcubed_f1).toBeCloseTo(0.8);
    // no predicted pairs, one gold pair → F1 0
    expect(split.clusters.pairwise_f1).toBe(0);
    expect(split.headline.grounding_rate).toBe(1);
  });

  it('lists every gold claim with its fate and every false positive', () => {
    expect(metrics.gold.map((g) => [g.gold_id, g.claim?.claim_id ?? null])).toEqual([
      ['ga1', 'ca1'],
      ['ga2', null],
      ['ga3', 'ca2'],
      ['gb1', 'cb1'],
    ]);
    expect(metrics.false_positives.map((c) => c.claim_id)).toEqual(['ca3']);
  });
});
