// Stage 4: candidate pairs above the threshold → clusters, without chaining.
// Greedy average-link: edges are taken strongest first, and two clusters merge only when
// every cross pair is compatible (no veto, none below half the threshold) and the average
// cross-pair score reaches the threshold. So A~B and B~C never pull in an unrelated C.
import type { CandidatePair } from './block.js';
import type { NormalizedClaim } from './normalize.js';
import { scorePair, type PairScore } from './score.js';

/** Claims from one article merge directly only when nearly identical in wording (a repeat). */
export const SAME_ARTICLE_MIN_TEXT = 0.8;
/** No cross pair inside a cluster may fall below this share of the threshold. */
export const MIN_LINK_RATIO = 0.5;
/**
 * Past this many members a side of a merge is represented by an evenly spaced sample of them:
 * syndicated copies make clusters of hundreds, and checking every cross pair made clustering
 * quadratic in cluster size (12,000 claims: 11.8 s). Smaller clusters are checked exhaustively.
 */
export const MERGE_SAMPLE = 16;
/** How many members a canonical statement is compared with. */
export const CANONICAL_SAMPLE = 32;

/** Up to `size` members spread evenly over the (sorted) list: deterministic, keeps both ends. */
export function evenSample(members: readonly number[], size: number): readonly number[] {
  if (members.length <= size) return members;
  const step = (members.length - 1) / (size - 1);
  return Array.from({ length: size }, (_, k) => members[Math.round(k * step)] ?? 0);
}

/** Pair scores computed once, on demand, for the pairs clustering needs to look at. */
export function pairScorer(
  claims: readonly NormalizedClaim[],
  idf: ReadonlyMap<string, number>,
): (i: number, j: number) => PairScore {
  const memo = new Map<number, PairScore>();
  const n = claims.length;
  return (x, y) => {
    const [i, j] = x < y ? [x, y] : [y, x];
    const id = i * n + j;
    let result = memo.get(id);
    if (result === undefined) {
      const a = claims[i];
      const b = claims[j];
      if (a === undefined || b === undefined) throw new Error(`no claim at ${i} or ${j}`);
      result = scorePair(a, b, idf);
      memo.set(id, result);
    }
    return result;
  };
}

/**
 * Partition claim indexes into clusters: every claim in exactly one, singletons included.
 * Each cluster's indexes are ascending; clusters are ordered by their first index.
 */
export function clusterClaims(
  claims: readonly NormalizedClaim[],
  pairs: readonly CandidatePair[],
  score: (i: number, j: number) => PairScore,
  threshold: number,
): number[][] {
  const edges = pairs
    .map(([i, j]) => {
      const sameArticle = claims[i]?.claim.article_id === claims[j]?.claim.article_id;
      const { score: s, text } = score(i, j);
      return { i, j, s, text, ok: s > 0 && s >= threshold && (!sameArticle || text >= SAME_ARTICLE_MIN_TEXT) };
    })
    .filter((e) => e.ok)
    // Strongest first; on equal scores the closer wording wins (it is the likelier repeat).
    .sort((a, b) => b.s - a.s || b.text - a.text || a.i - b.i || a.j - b.j);

  const clusterOf = claims.map((c) => c.index);
  const members = new Map<number, number[]>(claims.map((c) => [c.index, [c.index]]));

  for (const { i, j } of edges) {
    const ci = clusterOf[i] ?? i;
    const cj = clusterOf[j] ?? j;
    if (ci === cj) continue;
    const left = members.get(ci) ?? [];
    const right = members.get(cj) ?? [];
    if (!canMerge(evenSample(left, MERGE_SAMPLE), evenSample(right, MERGE_SAMPLE), score, threshold)) continue;
    // The larger side keeps its label, so a claim is relabelled O(log n) times at most.
    const [keep, drop] = left.length >= right.length ? [ci, cj] : [cj, ci];
    const merged = mergeSorted(left, right);
    members.set(keep, merged);
    for (const m of drop === ci ? left : right) clusterOf[m] = keep;
    members.delete(drop);
  }
  return [...members.values()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < a.length || y < b.length) {
    if (y >= b.length || (x < a.length && (a[x] ?? 0) < (b[y] ?? 0))) out.push(a[x++] ?? 0);
    else out.push(b[y++] ?? 0);
  }
  return out;
}

function canMerge(
  left: readonly number[],
  right: readonly number[],
  score: (i: number, j: number) => PairScore,
  threshold: number,
): boolean {
  let total = 0;
  for (const x of left) {
    for (const y of right) {
      const s = score(x, y).score;
      if (s === 0 || s < threshold * MIN_LINK_RATIO) return false;
      total += s;
    }
  }
  return total / (left.length * right.length) >= threshold;
}

/**
 * The member whose statement is closest to all the others (sum of statement similarity);
 * ties go to the longer, more complete statement, then to the lower index.
 */
export function canonicalMember(
  memberIndexes: readonly number[],
  claims: readonly NormalizedClaim[],
  score: (i: number, j: number) => PairScore,
): number {
  let best = memberIndexes[0] ?? 0;
  let bestSum = -1;
  // Closeness is measured against a sample of the members, so a cluster of hundreds stays linear.
  const others = evenSample(memberIndexes, CANONICAL_SAMPLE);
  for (const m of memberIndexes) {
    let sum = 0;
    for (const o of others) if (o !== m) sum += score(m, o).text;
    const length = claims[m]?.claim.statement.length ?? 0;
    const bestLength = claims[best]?.claim.statement.length ?? 0;
    if (sum > bestSum + 1e-9 || (Math.abs(sum - bestSum) <= 1e-9 && length > bestLength)) {
      best = m;
      bestSum = sum;
    }
  }
  return best;
}
