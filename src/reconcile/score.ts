// Stage 3: how likely two claims state the same proposition, in [0, 1].
//
//   score = content × speaker × date, or 0 when a hard difference rules the pair out.
//
// content  - wording: statement similarity (IDF-weighted token overlap) read on a scale where
//            TEXT_SATURATION (0.6) is full agreement; mixed 60/40 with quantity agreement when
//            both claims have a quantity; ×0.8 when only one has. The vetoes below carry the
//            precision, so wording need not be near-identical (calibrated on the seed gold:
//            cluster B-cubed F1 0.935 → 0.960 at the default threshold 0.55).
// speaker  - 1 same person, 0.9 same organisation, 0.7 unknown on a side.
// date     - 1 same day, 0.9 within 3 days, 0.7 within a week, 0.85 when a side is undated.
// Ruled out (score 0): different stance, different speakers, contradicting quantities
// (disjoint intervals or different units), different measured variables, more than a week apart.
import { measuresConflict } from './measure.js';
import type { NormalizedClaim } from './normalize.js';
import { quantityAgreement } from './quantity.js';
import { speakerAgreement } from './speaker.js';

export type Veto = 'stance' | 'speaker' | 'quantity' | 'measure' | 'date';

export interface PairScore {
  score: number;
  /** Statement similarity alone, kept for choosing a cluster's canonical statement. */
  text: number;
  veto: Veto | null;
}

/**
 * Independent paraphrases of one statement rarely share more than this much weighted content,
 * so similarity is read on a scale where this counts as full agreement in wording.
 */
export const TEXT_SATURATION = 0.6;

/** Beyond this many days apart two statements are different occasions. */
export const SAME_OCCASION_DAYS = 7;

function weightOf(tokens: readonly string[], idf: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const t of tokens) total += idf.get(t) ?? 0;
  return total;
}

/**
 * Mean of IDF-weighted Jaccard and IDF-weighted containment: Jaccard alone punishes a terse
 * outlet's paraphrase of a long sentence; containment alone lets a two-word statement match anything.
 */
export function textSimilarity(
  a: readonly string[],
  b: readonly string[],
  idf: ReadonlyMap<string, number>,
): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inB = new Set(b);
  const shared = weightOf(a.filter((t) => inB.has(t)), idf);
  const wa = weightOf(a, idf);
  const wb = weightOf(b, idf);
  const union = wa + wb - shared;
  const smaller = Math.min(wa, wb);
  if (union <= 0 || smaller <= 0) return 0;
  return (shared / union + shared / smaller) / 2;
}

export function dateFactor(a: number | null, b: number | null): number {
  if (a === null || b === null) return 0.85;
  const days = Math.abs(a - b);
  if (days === 0) return 1;
  if (days <= 3) return 0.9;
  if (days <= SAME_OCCASION_DAYS) return 0.7;
  return 0;
}

export function scorePair(
  a: NormalizedClaim,
  b: NormalizedClaim,
  idf: ReadonlyMap<string, number>,
): PairScore {
  const text = textSimilarity(a.tokens, b.tokens, idf);
  const ruledOut = (veto: Veto): PairScore => ({ score: 0, text, veto });
  if (a.claim.stance !== b.claim.stance) return ruledOut('stance');
  const speaker = speakerAgreement(a.speaker, b.speaker);
  if (speaker === 0) return ruledOut('speaker');
  const date = dateFactor(a.day, b.day);
  if (date === 0) return ruledOut('date');

  const wording = Math.min(1, text / TEXT_SATURATION);
  let content = wording;
  const qa = a.claim.quantity;
  const qb = b.claim.quantity;
  if (qa !== null && qb !== null) {
    const agreement = quantityAgreement(qa, qb);
    if (agreement === 0) return ruledOut('quantity');
    if (a.measure !== null && b.measure !== null && measuresConflict(a.measure, b.measure)) {
      return ruledOut('measure');
    }
    content = 0.6 * wording + 0.4 * agreement;
  } else if (qa !== null || qb !== null) {
    content = 0.8 * wording;
  }
  return { score: Math.min(1, content * speaker * date), text, veto: null };
}
