import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim } from '../schemas/index.js';
import { candidatePairs } from '../src/reconcile/block.js';
import { canonicalMember, clusterClaims, pairScorer } from '../src/reconcile/cluster.js';
import { inverseDocumentFrequency, normalizeClaims } from '../src/reconcile/normalize.js';
import { makeClaim } from './support/claims.js';

function claim(id: string, article: string, statement: string): Claim {
  return ClaimSchema.parse(
    makeClaim({ id, article_id: article, statement, speaker: { name: 'Lena Ortiz', org: 'Highway Authority' }, asserted_on: '2022-06-10' }),
  );
}

function setUp(claims: Claim[]) {
  const normalized = normalizeClaims(claims);
  const idf = inverseDocumentFrequency(normalized);
  const score = pairScorer(normalized, idf);
  const pairs = candidatePairs(normalized, idf);
  return { normalized, score, pairs };
}

const THRESHOLD = 0.55;

describe('clusterClaims', () => {
  // B shares its first half with A and its second half with C; A and C share nothing.
  const chain = [
    claim('a', 'art-1', 'The Selva river bridge collapsed after heavy rain.'),
    claim('b', 'art-2', 'The Selva river bridge collapsed after heavy rain and the coastal highway was closed.'),
    claim('c', 'art-3', 'The coastal highway was closed.'),
    // Background claims, so rare tokens are rare.
    claim('z1', 'art-4', 'Schools in the valley will reopen on Monday.'),
    claim('z2', 'art-5', 'Emergency shelters opened in three towns.'),
  ];

  it('does not let a chain A~B~C join unrelated A and C', () => {
    const { normalized, score, pairs } = setUp(chain);
    const [a, b, c] = [0, 1, 2];
    // The links are real: both neighbours of B pass the threshold, A and C do not meet.
    expect(score(a, b).score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(score(b, c).score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(score(a, c).score).toBeLessThan(THRESHOLD * 0.5);
    const clusters = clusterClaims(normalized, pairs, score, THRESHOLD);
    const withA = clusters.find((cl) => cl.includes(a));
    expect(withA).toContain(b);
    expect(withA).not.toContain(c);
    expect(clusters.flat().sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('merges a group whose members are all close to each other', () => {
    const claims = [
      claim('p', 'art-1', 'The coastal highway was closed after a landslide near Punta Roca.'),
      claim('q', 'art-2', 'A landslide near Punta Roca closed the coastal highway.'),
      claim('r', 'art-3', 'The coastal highway near Punta Roca is closed because of a landslide.'),
      ...chain.slice(3),
    ];
    const { normalized, score, pairs } = setUp(claims);
    const clusters = clusterClaims(normalized, pairs, score, THRESHOLD);
    expect(clusters).toContainEqual([0, 1, 2]);
    expect(clusters).toHaveLength(3);
  });

  it('merges two claims from one article only when they are near-duplicates', () => {
    const claims = [
      claim('s1', 'art-1', 'The coastal highway was closed after a landslide near Punta Roca.'),
      claim('s2', 'art-1', 'The coastal highway was closed after a landslide near Punta Roca on Friday.'),
      claim('s3', 'art-1', 'A landslide near Punta Roca damaged two houses.'),
      ...chain.slice(3),
    ];
    const { normalized, score, pairs } = setUp(claims);
    const clusters = clusterClaims(normalized, pairs, score, THRESHOLD);
    expect(clusters).toContainEqual([0, 1]);
    expect(clusters).toContainEqual([2]);
  });

  it('picks as canonical the statement closest to all the others', () => {
    const claims = [
      claim('x1', 'art-1', 'A landslide closed the coastal highway near Punta Roca.'),
      claim('x2', 'art-2', 'The coastal highway near Punta Roca was closed by a landslide, officials said.'),
      claim('x3', 'art-3', 'Punta Roca landslide.'),
    ];
    const { normalized, score } = setUp(claims);
    const canonical = canonicalMember([0, 1, 2], normalized, score);
    expect(normalized[canonical]?.claim.statement).not.toBe('Punta Roca landslide.');
  });
});
