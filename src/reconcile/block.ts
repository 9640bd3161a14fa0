// Stage 2: candidate pairs by blocking keys, never all pairs.
// Keys: a quantity figure, a speaker (surname or organisation), a claim's rarest content tokens.
// Claims sharing a key become candidates; an oversized block (a very common key) is not paired
// all-to-all but by sorted neighbourhood: ordered by date, each claim meets its next few.
import type { NormalizedClaim } from './normalize.js';
import { quantityFigures } from './quantity.js';
import { speakerKeys } from './speaker.js';

/** Blocks up to this size are paired exhaustively. */
export const MAX_BLOCK = 48;
/** In a larger block, each claim is paired with this many date-order neighbours. */
export const NEIGHBOUR_WINDOW = 12;
/** How many of a claim's rarest tokens become keys. */
export const RARE_TOKENS_PER_CLAIM = 4;

export type CandidatePair = readonly [number, number];

export function blockingKeys(claim: NormalizedClaim, idf: ReadonlyMap<string, number>): string[] {
  const keys: string[] = [];
  if (claim.claim.quantity !== null) {
    for (const figure of quantityFigures(claim.claim.quantity)) keys.push(`q:${figure}`);
  }
  keys.push(...speakerKeys(claim.speaker));
  const rare = claim.tokens
    .filter((t) => !/^\d/.test(t))
    .map((t) => ({ t, w: idf.get(t) ?? 0 }))
    .sort((a, b) => b.w - a.w || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0))
    .slice(0, RARE_TOKENS_PER_CLAIM);
  for (const { t } of rare) keys.push(`t:${t}`);
  return [...new Set(keys)];
}

function blockPairs(members: readonly NormalizedClaim[], emit: (a: number, b: number) => void): void {
  if (members.length <= MAX_BLOCK) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) emit(members[i]?.index ?? 0, members[j]?.index ?? 0);
    }
    return;
  }
  const ordered = [...members].sort(
    (a, b) => (a.day ?? Number.MAX_SAFE_INTEGER) - (b.day ?? Number.MAX_SAFE_INTEGER) || a.index - b.index,
  );
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j <= i + NEIGHBOUR_WINDOW && j < ordered.length; j++) {
      emit(ordered[i]?.index ?? 0, ordered[j]?.index ?? 0);
    }
  }
}

/**
 * Candidate pairs (lower index first, sorted). Pairs from different articles need one shared
 * key; pairs within one article need two, since only near-duplicates there should merge.
 */
export function candidatePairs(
  claims: readonly NormalizedClaim[],
  idf: ReadonlyMap<string, number>,
): CandidatePair[] {
  const blocks = new Map<string, NormalizedClaim[]>();
  for (const claim of claims) {
    for (const key of blockingKeys(claim, idf)) {
      const block = blocks.get(key);
      if (block === undefined) blocks.set(key, [claim]);
      else block.push(claim);
    }
  }
  const n = claims.length;
  const shared = new Map<number, number>();
  const emit = (x: number, y: number): void => {
    if (x === y) return;
    const [i, j] = x < y ? [x, y] : [y, x];
    const id = i * n + j;
    shared.set(id, (shared.get(id) ?? 0) + 1);
  };
  for (const key of [...blocks.keys()].sort()) blockPairs(blocks.get(key) ?? [], emit);

  const pairs: CandidatePair[] = [];
  for (const [id, count] of shared) {
    const i = Math.floor(id / n);
    const j = id % n;
    const sameArticle = claims[i]?.claim.article_id === claims[j]?.claim.article_id;
    if (count >= (sameArticle ? 2 : 1)) pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
