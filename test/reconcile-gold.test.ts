// Reconciliation on the hand-built gold claims of the seed articles: with extraction taken as
// perfect, how close do clusters and tracks come to the annotated ones? A regression floor.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../schemas/index.js';
import { clusterScores } from '../src/eval/bcubed.js';
import { locateGoldQuote, parseGoldFile } from '../src/eval/gold.js';
import { reconcile } from '../src/reconcile/index.js';

const ROOT = join(import.meta.dirname, '..');
const OPTIONS = { clusterThreshold: 0.55, trackThreshold: 0.5 };

function goldClaims(): { claims: Claim[]; cluster: Map<string, string>; track: Map<string, string> } {
  const claims: Claim[] = [];
  const cluster = new Map<string, string>();
  const track = new Map<string, string>();
  const dir = join(ROOT, 'evals/gold');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const gold = parseGoldFile(readFileSync(join(dir, file), 'utf8'), file);
    const text = readFileSync(join(ROOT, 'evals/articles', `${gold.article_id}.txt`), 'utf8');
    for (const g of gold.claims) {
      const span = locateGoldQuote(g, text) ?? { start: 0, end: g.quote.length };
      claims.push({
        id: g.id,
        article_id: gold.article_id,
        chunk_index: 0,
        statement: g.statement,
        quote: g.quote,
        span,
        alignment: 'exact',
        extractor: { kind: 'rules', model: null, prompt: null },
        speaker: g.speaker,
        stance: g.stance,
        quantity: g.quantity,
        asserted_on: g.asserted_on,
      });
      // Unclustered gold claims are singletons.
      cluster.set(g.id, g.cluster ?? `single:${g.id}`);
      if (g.quantity !== null) track.set(g.id, g.track ?? `single:${g.id}`);
    }
  }
  return { claims, cluster, track };
}

describe('reconcile on the seed gold claims', () => {
  const { claims, cluster, track } = goldClaims();
  const result = reconcile(claims, OPTIONS);
  const predictedCluster = new Map<string, string>();
  for (const c of result.clusters) for (const m of c.members) predictedCluster.set(m.claim_id, c.id);

  const clusterScore = clusterScores(
    claims.map((c) => ({ predicted: predictedCluster.get(c.id) ?? c.id, gold: cluster.get(c.id) ?? c.id })),
  );
  const predictedTrack = new Map<string, string>();
  const clusterById = new Map(result.clusters.map((c) => [c.id, c]));
  for (const t of result.tracks) {
    for (const step of t.steps) for (const m of clusterById.get(step.cluster_id)?.members ?? []) predictedTrack.set(m.claim_id, t.id);
  }
  const trackScore = clusterScores(
    [...track.keys()].map((id) => ({ predicted: predictedTrack.get(id) ?? `none:${id}`, gold: track.get(id) ?? id })),
  );
  // Printed so a change can report before/after: `npx vitest run test/reconcile-gold.test.ts`.
  const pct = (x: number | null): string => (x === null ? 'n/a' : (100 * x).toFixed(1));
  console.log(
    `seed gold: clusters B3 P/R/F1 ${pct(clusterScore.bcubed_precision)}/${pct(clusterScore.bcubed_recall)}/${pct(clusterScore.bcubed_f1)}` +
      ` pairwise P/R/F1 ${pct(clusterScore.pairwise_precision)}/${pct(clusterScore.pairwise_recall)}/${pct(clusterScore.pairwise_f1)};` +
      ` tracks B3 F1 ${pct(trackScore.bcubed_f1)} pairwise F1 ${pct(trackScore.pairwise_f1)}`,
  );

  it('finds the annotated clusters (B-cubed precision ≥ 0.95, F1 ≥ 0.96; pairwise F1 ≥ 0.8)', () => {
    const scores = clusterScore;
    expect(scores.bcubed_precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.bcubed_f1).toBeGreaterThanOrEqual(0.96);
    expect(scores.pairwise_f1).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the annotated tracks (B-cubed F1 ≥ 0.88)', () => {
    const scores = trackScore;
    expect(scores.bcubed_f1).toBeGreaterThanOrEqual(0.88);
  });

  it('names every track with a readable phrase and explains every label', () => {
    for (const t of result.tracks) {
      expect(t.measure).toMatch(/^[A-Z]?[\w' -]+$/);
      for (const step of t.steps) expect(step.note.length).toBeGreaterThan(10);
      expect(t.steps[0]?.label).toBe('first');
    }
  });

  it('is byte-identical for reversed and rotated input', () => {
    const expected = JSON.stringify(result);
    expect(JSON.stringify(reconcile([...claims].reverse(), OPTIONS))).toBe(expected);
    expect(JSON.stringify(reconcile([...claims.slice(37), ...claims.slice(0, 37)], OPTIONS))).toBe(expected);
  });
});
