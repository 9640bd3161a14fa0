/**
 * One-to-one matching of one article's extracted claims to its gold claims: the exact optimal
 * assignment on claimSimilarity, keeping only pairs at or above the threshold.
 * Optional gold claims take part in the assignment (so they can absorb an extraction that would
 * otherwise be a false positive) but a match to one is neither a TP nor an FP, and leaving one
 * unmatched is not a miss.
 */
import type { Claim, GoldClaim, Span } from '../../schemas/index.js';
import { maxWeightAssignment } from './hungarian.js';
import { claimSimilarity, type SimilarityParts } from './similarity.js';

/** A gold claim with its quote's place in the article (null when not found verbatim). */
export interface LocatedGold {
  claim: GoldClaim;
  span: Span | null;
}

export interface MatchedPair {
  claim: Claim;
  gold: LocatedGold;
  similarity: SimilarityParts;
}

export interface ArticleMatch {
  article_id: string;
  /** Matches to required gold claims: the true positives. */
  truePositives: MatchedPair[];
  /** Matches to optional gold claims: counted on neither side. */
  optionalMatches: MatchedPair[];
  falsePositives: Claim[];
  /** Required gold claims left unmatched. */
  misses: LocatedGold[];
  /** Optional gold claims left unmatched: not misses. */
  unmatchedOptional: LocatedGold[];
}

export function matchArticle(articleId: string, claims: Claim[], gold: LocatedGold[], threshold: number): ArticleMatch {
  const parts: SimilarityParts[][] = claims.map((c) =>
    gold.map((g) =>
      c.article_id === articleId
        ? claimSimilarity(c, g.claim, g.span)
        : { span: 0, tokens: 0, quantity: 0, speaker: 0, score: 0 },
    ),
  );
  // Below-threshold pairs get weight 0: the assignment may not use them.
  const weights = parts.map((row) => row.map((p) => (p.score >= threshold && p.score > 0 ? p.score : 0)));
  const assignment = maxWeightAssignment(weights);

  const pairedClaims = new Set<number>();
  const pairedGold = new Set<number>();
  const truePositives: MatchedPair[] = [];
  const optionalMatches: MatchedPair[] = [];
  for (const { row, col } of assignment) {
    const pair: MatchedPair = { claim: claims[row]!, gold: gold[col]!, similarity: parts[row]![col]! };
    pairedClaims.add(row);
    pairedGold.add(col);
    (pair.gold.claim.required ? truePositives : optionalMatches).push(pair);
  }
  const unpairedGold = gold.filter((_, j) => !pairedGold.has(j));
  return {
    article_id: articleId,
    truePositives,
    optionalMatches,
    falsePositives: claims.filter((_, i) => !pairedClaims.has(i)),
    misses: unpairedGold.filter((g) => g.claim.required),
    unmatchedOptional: unpairedGold.filter((g) => !g.claim.required),
  };
}
