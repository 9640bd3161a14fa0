// Reconcile: the same proposition across sources → clusters with provenance; estimates of one
// measured quantity → tracks. Pure and deterministic: claims are sorted by id first, every
// later order is fixed by ids, so a shuffled input gives byte-identical output.
import type { Claim, Reconciled } from '../../schemas/index.js';
import { assembleCluster, sortClusters } from './assemble.js';
import { candidatePairs } from './block.js';
import { clusterClaims, pairScorer } from './cluster.js';
import { inverseDocumentFrequency, normalizeClaims } from './normalize.js';
import { buildTracks } from './track.js';

export interface ReconcileOptions {
  /** Minimum pair score (see score.ts) for two claims to be one proposition. */
  clusterThreshold: number;
  /** Minimum measure similarity (see measure.ts) for two estimates to share a track. */
  trackThreshold: number;
}

function checkThreshold(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`reconcile: ${name} must be in [0, 1], got ${value}`);
}

export function reconcile(claims: Claim[], options: ReconcileOptions): Reconciled {
  checkThreshold('clusterThreshold', options.clusterThreshold);
  checkThreshold('trackThreshold', options.trackThreshold);
  const normalized = normalizeClaims(claims);
  const idf = inverseDocumentFrequency(normalized);
  const pairs = candidatePairs(normalized, idf);
  const score = pairScorer(normalized, idf);
  const groups = clusterClaims(normalized, pairs, score, options.clusterThreshold);
  const assembled = sortClusters(groups.map((members) => assembleCluster(members, normalized, score)));
  const clusters = assembled.map((a) => a.cluster);
  const tracks = buildTracks(assembled, options.trackThreshold);
  return {
    clusters,
    tracks,
    stats: {
      claims: normalized.length,
      clusters: clusters.length,
      multi_source_clusters: clusters.filter((c) => c.sources > 1).length,
      tracks: tracks.length,
      candidate_pairs: pairs.length,
    },
  };
}

export { candidatePairs, blockingKeys } from './block.js';
export { normalizeClaims, inverseDocumentFrequency } from './normalize.js';
export { scorePair, textSimilarity } from './score.js';
export { extractMeasure, measureSimilarity } from './measure.js';
export { countedNoun, nounsCompatible, statesNear } from './counted.js';
export { toInterval, quantityAgreement, sameFigure, closeAgreement, describeQuantity } from './quantity.js';
export { normalizeSpeaker, speakerAgreement } from './speaker.js';
export { parseOrg, orgRelation, subjectOrg } from './org.js';
