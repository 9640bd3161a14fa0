import { describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim } from '../schemas/index.js';
import { blockingKeys, candidatePairs, MAX_BLOCK, NEIGHBOUR_WINDOW } from '../src/reconcile/block.js';
import { inverseDocumentFrequency, normalizeClaims } from '../src/reconcile/normalize.js';
import { reconcile } from '../src/reconcile/index.js';
import { makeClaim } from './support/claims.js';

/** Deterministic pseudo-random numbers (LCG), so the synthetic corpus is the same every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'dre', 'pul', 'sen', 'gor', 'bi', 'nox', 'fel', 'ur', 'zam'];

/**
 * `propositions` facts, each told by `outlets` different articles in a shuffled subset of its
 * words, plus a shared pool of common words and speakers, so blocks overlap as in real news.
 */
function syntheticClaims(propositions: number, outlets: number): Claim[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const word = (): string => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
  const common = Array.from({ length: 40 }, word);
  const surname = (): string => {
    const w = word();
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const speakers = Array.from({ length: 60 }, () => `${pick(['Ana', 'Ben', 'Cai', 'Dov', 'Eli'])} ${surname()}`);
  const claims: Claim[] = [];
  for (let p = 0; p < propositions; p++) {
    const own = Array.from({ length: 6 }, word);
    const speaker = pick(speakers);
    const figure = next() < 0.5 ? Math.round(next() * 50) * 100 : null;
    const day = 1 + Math.floor(next() * 28);
    for (let o = 0; o < outlets; o++) {
      const words = [...own.filter(() => next() < 0.8), pick(common), pick(common)];
      const statement = `${words.join(' ')}${figure === null ? '' : ` ${figure} people`}.`;
      claims.push(
        ClaimSchema.parse(
          makeClaim({
            id: `p${p}-o${o}`,
            article_id: `outlet${o}-day${day}-${p % 9}`,
            statement,
            speaker: { name: speaker, org: null },
            asserted_on: `2020-05-${String(day).padStart(2, '0')}`,
            quantity: figure === null ? null : { value: figure, low: null, high: null, qualifier: 'exact', unit: 'people' },
          }),
        ),
      );
    }
  }
  return claims;
}

describe('candidatePairs', () => {
  const claims = syntheticClaims(400, 5);
  const normalized = normalizeClaims(claims);
  const idf = inverseDocumentFrequency(normalized);

  it('produces far fewer than n² pairs on 2,000 claims, and still finds the true pairs', () => {
    expect(claims).toHaveLength(2000);
    const pairs = candidatePairs(normalized, idf);
    const n = claims.length;
    const allPairs = (n * (n - 1)) / 2;
    // Upper bound: under 4% of all pairs (≈ 80,000 of 1,999,000).
    expect(pairs.length).toBeLessThan(allPairs * 0.04);
    const found = new Set(pairs.map(([i, j]) => `${normalized[i]?.claim.id}|${normalized[j]?.claim.id}`));
    // Ids are p<proposition>-o<outlet>, sorted; the same proposition's claims sort together.
    const byProposition = new Map<string, typeof normalized>();
    for (const c of normalized) {
      const key = c.claim.id.split('-')[0] ?? '';
      byProposition.set(key, [...(byProposition.get(key) ?? []), c]);
    }
    const truePairs = [...byProposition.values()].flatMap((group) =>
      group.flatMap((a, k) => group.slice(k + 1).map((b) => `${a.claim.id}|${b.claim.id}`)),
    );
    const recall = truePairs.filter((p) => found.has(p)).length / truePairs.length;
    expect(recall).toBeGreaterThan(0.98);
  });

  it('pairs each member of an oversized block with a bounded number of neighbours', () => {
    const crowd = syntheticClaims(MAX_BLOCK * 2, 1).map((c) => ({ ...c, speaker: { name: 'Ana Kalo', org: null } }));
    const nc = normalizeClaims(crowd);
    const pairs = candidatePairs(nc, inverseDocumentFrequency(nc));
    // One huge speaker block: all-pairs would be 4,512; the window keeps it near n × window.
    expect(pairs.length).toBeLessThan(crowd.length * (NEIGHBOUR_WINDOW + 8));
  });

  it('keys a claim by figure, speaker and rare tokens', () => {
    const first = normalized[0];
    if (first === undefined) throw new Error('no claims');
    const keys = blockingKeys(first, idf);
    expect(keys.some((k) => k.startsWith('p:'))).toBe(true);
    expect(keys.filter((k) => k.startsWith('t:')).length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reconciles the 2,000 claims without mixing propositions', () => {
    const result = reconcile(claims, { clusterThreshold: 0.55, trackThreshold: 0.5 });
    expect(result.stats.candidate_pairs).toBeLessThan(80_000);
    const proposition = (claimId: string): string => claimId.split('-')[0] ?? '';
    // Precision: no cluster holds claims of two different propositions.
    const mixed = result.clusters.filter((c) => new Set(c.members.map((m) => proposition(m.claim_id))).size > 1);
    expect(mixed).toHaveLength(0);
    // Recall: most propositions come back whole (all five outlets in one cluster).
    const whole = result.clusters.filter((c) => c.sources === 5).length;
    expect(whole).toBeGreaterThan(250);
  });
});
