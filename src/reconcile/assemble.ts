// Clustered claim indexes → Cluster records: canonical statement, speaker, provenance.
import type { Claim, Cluster, Provenance, Quantity, Speaker } from '../../schemas/index.js';
import { stableId } from '../util/hash.js';
import { canonicalMember } from './cluster.js';
import type { Measure } from './measure.js';
import type { NormalizedClaim } from './normalize.js';
import type { PairScore } from './score.js';

/** A cluster plus the measured variable its quantity is about (for tracks). */
export interface AssembledCluster {
  cluster: Cluster;
  measure: Measure | null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Field-order independent keys, so equal values count as equal however they were built. */
export function quantityKey(q: Quantity): string {
  return [q.qualifier, q.value, q.low, q.high, q.unit].join('|');
}
function speakerKey(s: Speaker): string {
  return [s.name, s.org].join('|');
}

/** Most frequent value by `keyOf`; ties go to the earliest in `values` order. */
function mostFrequent<T>(values: readonly T[], keyOf: (value: T) => string): T | null {
  const counts = new Map<string, { value: T; count: number; first: number }>();
  values.forEach((value, i) => {
    const key = keyOf(value);
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { value, count: 1, first: i });
    else entry.count++;
  });
  let best: { value: T; count: number; first: number } | null = null;
  for (const entry of counts.values()) {
    if (best === null || entry.count > best.count || (entry.count === best.count && entry.first < best.first)) {
      best = entry;
    }
  }
  return best === null ? null : best.value;
}

/**
 * The fullest speaker: most name words, then an organisation, then the most often given. When
 * that member gives no organisation, another member's is filled in (a named body before a
 * generic "the union"), so the cluster says who the person speaks for.
 */
function fullestSpeaker(members: readonly NormalizedClaim[], canonical: NormalizedClaim): Speaker {
  const completeness = (c: NormalizedClaim): number =>
    (c.speaker.person?.tokens.length ?? 0) * 2 + (c.claim.speaker.org === null ? 0 : 1);
  const top = Math.max(...members.map(completeness));
  const best = members.filter((c) => completeness(c) === top);
  const chosen = best.includes(canonical)
    ? canonical.claim.speaker
    : (mostFrequent(best.map((c) => c.claim.speaker), speakerKey) ?? canonical.claim.speaker);
  if (chosen.org !== null || chosen.name === null) return chosen;
  const named = members.filter((c) => c.claim.speaker.org !== null && c.speaker.orgs.some((o) => !o.generic));
  const withOrg = named.length > 0 ? named : members.filter((c) => c.claim.speaker.org !== null);
  const org = mostFrequent(withOrg.map((c) => c.claim.speaker.org ?? ''), (o) => o);
  return org === null ? chosen : { name: chosen.name, org };
}

function clusterQuantity(members: readonly NormalizedClaim[], canonical: NormalizedClaim): Quantity | null {
  if (canonical.claim.quantity !== null) return canonical.claim.quantity;
  const quantities = members.map((c) => c.claim.quantity).filter((q): q is Quantity => q !== null);
  return mostFrequent(quantities, quantityKey);
}

/** The most frequent date among members; ties go to the earliest. */
function clusterDate(members: readonly NormalizedClaim[]): string | null {
  const dates = members
    .map((c) => c.claim.asserted_on)
    .filter((d): d is string => d !== null)
    .sort(compareText);
  return mostFrequent(dates, (d) => d);
}

/** The measure with the most detail among members whose quantity is the cluster's. */
function clusterMeasure(members: readonly NormalizedClaim[], quantity: Quantity | null): Measure | null {
  if (quantity === null) return null;
  const key = quantityKey(quantity);
  let best: Measure | null = null;
  for (const c of members) {
    if (c.measure === null || c.claim.quantity === null || quantityKey(c.claim.quantity) !== key) continue;
    const detail = c.measure.place.length + c.measure.modifiers.length;
    if (best === null || detail > best.place.length + best.modifiers.length) best = c.measure;
  }
  return best;
}

function provenance(claim: Claim): Provenance {
  return {
    claim_id: claim.id,
    article_id: claim.article_id,
    quote: claim.quote,
    span: { start: claim.span.start, end: claim.span.end },
    asserted_on: claim.asserted_on,
  };
}

export function assembleCluster(
  memberIndexes: readonly number[],
  claims: readonly NormalizedClaim[],
  score: (i: number, j: number) => PairScore,
): AssembledCluster {
  const members = memberIndexes.map((i) => {
    const member = claims[i];
    if (member === undefined) throw new Error(`cluster member ${i} is not a claim index`);
    return member;
  });
  const canonical = claims[canonicalMember(memberIndexes, claims, score)] ?? members[0];
  if (canonical === undefined) throw new Error('a cluster needs at least one member');
  const quantity = clusterQuantity(members, canonical);
  const ordered = members
    .map((m) => m.claim)
    .sort(
      (a, b) =>
        compareText(a.article_id, b.article_id) || a.span.start - b.span.start || compareText(a.id, b.id),
    );
  const cluster: Cluster = {
    id: stableId('cluster', ...ordered.map((c) => c.id).sort(compareText)),
    statement: canonical.claim.statement,
    speaker: fullestSpeaker(members, canonical),
    stance: canonical.claim.stance,
    quantity,
    asserted_on: clusterDate(members),
    members: ordered.map(provenance),
    sources: new Set(ordered.map((c) => c.article_id)).size,
  };
  return { cluster, measure: clusterMeasure(members, quantity) };
}

/** Clusters in reading order: by the first member's article and position, then id. */
export function sortClusters(clusters: readonly AssembledCluster[]): AssembledCluster[] {
  return [...clusters].sort((x, y) => {
    const a = x.cluster.members[0];
    const b = y.cluster.members[0];
    return (
      compareText(a?.article_id ?? '', b?.article_id ?? '') ||
      (a?.span.start ?? 0) - (b?.span.start ?? 0) ||
      compareText(x.cluster.id, y.cluster.id)
    );
  });
}
