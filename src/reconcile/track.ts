// Stage 5: clusters with a quantity → tracks, one per measured variable, each a timeline of
// estimates labelled first / consistent / revised / conflicting.
import type { Cluster, Quantity, Track, TrackStep } from '../../schemas/index.js';
import { stableId } from '../util/hash.js';
import type { AssembledCluster } from './assemble.js';
import { extractMeasure, measureSimilarity, type Measure } from './measure.js';
import { dayNumber } from './normalize.js';
import { closeAgreement, describeQuantity, intervalsAgree, quantityFigures, toInterval } from './quantity.js';
import { describeSpeaker, normalizeSpeaker, speakerAgreement } from './speaker.js';

interface Estimate {
  cluster: Cluster;
  quantity: Quantity;
  measure: Measure;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Group measure keys whose variables are similar, complete-link: every key in a group is at
 * least `threshold` similar to every other, so "troops" can join "troops in X" or "troops in Y"
 * but never bridge the two.
 */
export function groupMeasures(measures: readonly Measure[], threshold: number): Measure[][] {
  const byKey = new Map<string, Measure>();
  for (const m of measures) if (!byKey.has(m.key)) byKey.set(m.key, m);
  const list = [...byKey.values()].sort((a, b) => compareText(a.key, b.key));
  const similarity = (x: number, y: number): number => {
    const a = list[x];
    const b = list[y];
    return a === undefined || b === undefined ? 0 : measureSimilarity(a, b);
  };
  const edges: Array<{ a: number; b: number; s: number }> = [];
  for (let a = 0; a < list.length; a++) {
    for (let b = a + 1; b < list.length; b++) {
      const s = similarity(a, b);
      if (s >= threshold && s > 0) edges.push({ a, b, s });
    }
  }
  edges.sort((x, y) => y.s - x.s || x.a - y.a || x.b - y.b);
  const groupOf = list.map((_, i) => i);
  const groups = new Map<number, number[]>(list.map((_, i) => [i, [i]]));
  for (const { a, b } of edges) {
    const ga = groupOf[a] ?? a;
    const gb = groupOf[b] ?? b;
    if (ga === gb) continue;
    const left = groups.get(ga) ?? [];
    const right = groups.get(gb) ?? [];
    if (!left.every((x) => right.every((y) => similarity(x, y) >= threshold))) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const merged = [...left, ...right].sort((x, y) => x - y);
    groups.set(keep, merged);
    groups.delete(drop);
    for (const m of merged) groupOf[m] = keep;
  }
  return [...groups.values()].map((g) => g.flatMap((i) => list[i] ?? []));
}

/** The unit as most estimates spell it ("troops"), alphabetically first on a tie. */
function commonUnit(estimates: readonly Estimate[]): string | null {
  const counts = new Map<string, number>();
  for (const e of estimates) if (e.quantity.unit !== null) counts.set(e.quantity.unit, (counts.get(e.quantity.unit) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  return ranked[0]?.[0] ?? null;
}

function occasion(cluster: Cluster): string {
  return `${describeSpeaker(cluster.speaker)}, ${cluster.asserted_on ?? 'undated'}`;
}

function differentSpeakers(a: Cluster, b: Cluster): boolean {
  return speakerAgreement(normalizeSpeaker(a.speaker, a.statement), normalizeSpeaker(b.speaker, b.statement)) === 0;
}

/** Overlapping intervals; two bounded estimates must also each sit near the other (see quantity.ts). */
function overlaps(a: Quantity, b: Quantity): boolean {
  const ia = toInterval(a);
  const ib = toInterval(b);
  return ia === null || ib === null || intervalsAgree(ia, ib);
}

/** The same value restated: same figure, or close readings (see closeAgreement in quantity.ts). */
function restates(a: Quantity, b: Quantity): boolean {
  return toInterval(a) === null || toInterval(b) === null || closeAgreement(a, b);
}

/**
 * Label each estimate against those before it (steps are in date order, undated last):
 * conflicting - disjoint from an earlier estimate made the same day by a different speaker;
 * consistent  - restates the previous estimate's value ("at least 14,000" after "about 15,000");
 * revised     - a later different value, whoever gives it: a rising toll from one official
 *               source and then another is a revision ("at least 870", then "1,146" a day later);
 * consistent  - not later, but overlapping the previous estimate;
 * revised     - any other different value: the same speaker's, or one whose date is unknown
 *               (conflicting is kept for disjoint values of one day from different speakers).
 */
export function labelSteps(estimates: readonly Estimate[]): TrackStep[] {
  return estimates.map((e, k): TrackStep => {
    const base = { cluster_id: e.cluster.id, speaker: e.cluster.speaker, asserted_on: e.cluster.asserted_on, quantity: e.quantity };
    const stated = `${describeQuantity(e.quantity)} (${occasion(e.cluster)})`;
    const previous = estimates[k - 1];
    if (previous === undefined) return { ...base, label: 'first', note: `first estimate: ${stated}` };
    const clash = estimates
      .slice(0, k)
      .find(
        (p) =>
          p.cluster.asserted_on !== null &&
          p.cluster.asserted_on === e.cluster.asserted_on &&
          differentSpeakers(p.cluster, e.cluster) &&
          !overlaps(p.quantity, e.quantity),
      );
    if (clash !== undefined) {
      const note = `${stated} is disjoint from ${describeQuantity(clash.quantity)} (${occasion(clash.cluster)}) given the same day by a different speaker`;
      return { ...base, label: 'conflicting', note };
    }
    const before = `${describeQuantity(previous.quantity)} (${occasion(previous.cluster)})`;
    if (restates(previous.quantity, e.quantity)) {
      return { ...base, label: 'consistent', note: `${stated} agrees with the previous estimate, ${before}` };
    }
    const laterDay = dayNumber(e.cluster.asserted_on);
    const earlierDay = dayNumber(previous.cluster.asserted_on);
    if (laterDay !== null && earlierDay !== null && laterDay > earlierDay) {
      return { ...base, label: 'revised', note: `${stated} replaces the earlier, different estimate ${before}` };
    }
    if (overlaps(previous.quantity, e.quantity)) {
      return { ...base, label: 'consistent', note: `${stated} is compatible with the previous estimate, ${before}` };
    }
    if (!differentSpeakers(previous.cluster, e.cluster)) {
      return { ...base, label: 'revised', note: `${stated} is the same speaker's different value after ${before}` };
    }
    // A conflict needs the same day; an undated different value is a revision of unknown order.
    return { ...base, label: 'revised', note: `${stated} differs from ${before}; its date is unknown` };
  });
}

function stepOrder(a: Estimate, b: Estimate): number {
  const da = a.cluster.asserted_on;
  const db = b.cluster.asserted_on;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return compareText(da, db);
  }
  return compareText(describeSpeaker(a.cluster.speaker), describeSpeaker(b.cluster.speaker)) || compareText(a.cluster.id, b.cluster.id);
}

/**
 * The readable name of a group's variable: a phrase that says where when any does, then the one
 * most estimates use, then the most detailed, then the shortest.
 */
function measurePhrase(measures: readonly Measure[]): string {
  const detail = (m: Measure): number => m.place.length + m.modifiers.length + m.state.length;
  const uses = new Map<string, number>();
  for (const m of measures) uses.set(m.key, (uses.get(m.key) ?? 0) + 1);
  const sorted = [...measures].sort(
    (a, b) =>
      Number(b.place.length > 0) - Number(a.place.length > 0) ||
      (uses.get(b.key) ?? 0) - (uses.get(a.key) ?? 0) ||
      detail(b) - detail(a) ||
      a.phrase.length - b.phrase.length ||
      compareText(a.phrase, b.phrase),
  );
  return sorted[0]?.phrase ?? 'quantity';
}

export function buildTracks(clusters: readonly AssembledCluster[], trackThreshold: number): Track[] {
  const estimates: Estimate[] = [];
  for (const { cluster, measure } of clusters) {
    if (cluster.quantity === null) continue;
    estimates.push({
      cluster,
      quantity: cluster.quantity,
      measure: measure ?? extractMeasure(cluster.statement, cluster.quantity.unit, quantityFigures(cluster.quantity)),
    });
  }
  const tracks: Track[] = [];
  for (const group of groupMeasures(estimates.map((e) => e.measure), trackThreshold)) {
    const keys = new Set(group.map((m) => m.key));
    const members = estimates.filter((e) => keys.has(e.measure.key)).sort(stepOrder);
    tracks.push({
      id: stableId('track', ...[...keys].sort(compareText)),
      measure: measurePhrase(members.map((e) => e.measure)),
      unit: commonUnit(members),
      steps: labelSteps(members),
    });
  }
  return tracks.sort((a, b) => compareText(a.measure, b.measure) || compareText(a.id, b.id));
}
