// Stage 3: how likely two claims state the same proposition, in [0, 1].
//
//   score = content × speaker × date, or 0 when a hard difference rules the pair out.
//
// content  - wording: statement similarity (IDF-weighted token overlap) read on a scale where
//            TEXT_SATURATION (0.6) is full agreement; mixed 60/40 with quantity agreement when
//            both claims have a quantity; ×0.8 when only one has. The same figure of the same
//            variable (same unit group, measures alike, some shared wording besides the number)
//            is strong evidence on its own: content is then at least SAME_FIGURE_FLOOR, so two
//            outlets' differently worded reports of one speaker's figure still merge.
// speaker  - 1 same person, 0.9 same organisation, 0.85 a generic mention ("the union") of a
//            compatible organisation, 0.8 unknown on a side.
// date     - 1 same day, 0.9 within 3 days, 0.7 within a week, 0.9 when a side is undated.
// Ruled out (score 0): different stance, different speakers, contradicting quantities
// (disjoint intervals or incompatible units), different measured variables, more than a week apart.
// Calibrated on the seed gold (see test/reconcile-gold.test.ts for the printed scores).
import { measureSimilarity, measuresConflict } from './measure.js';
import type { NormalizedClaim } from './normalize.js';
import { quantityAgreement, sameFigure } from './quantity.js';
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

/** Content of two reports of the same figure of the same variable, before any wording. */
export const SAME_FIGURE_FLOOR = 0.7;
/** Wording besides the number that a same-figure pair must share (similarity without numbers). */
export const SAME_FIGURE_MIN_TEXT = 0.1;
/** Measure similarity (measure.ts) at which two figures count as the same variable. */
export const SAME_VARIABLE = 0.5;

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
  if (a === null || b === null) return 0.9;
  const days = Math.abs(a - b);
  if (days === 0) return 1;
  if (days <= 3) return 0.9;
  if (days <= SAME_OCCASION_DAYS) return 0.7;
  return 0;
}

const isNumber = (token: string): boolean => /^\d/.test(token);

/** Both figures measure one variable, and the statements share some wording besides numbers. */
function sameVariable(a: NormalizedClaim, b: NormalizedClaim, idf: ReadonlyMap<string, number>): boolean {
  if (a.measure === null || b.measure === null || measureSimilarity(a.measure, b.measure) < SAME_VARIABLE) return false;
  const words = (c: NormalizedClaim): string[] => c.tokens.filter((t) => !isNumber(t));
  return textSimilarity(words(a), words(b), idf) >= SAME_FIGURE_MIN_TEXT;
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
    if (sameFigure(qa, qb) && sameVariable(a, b, idf)) {
      content = Math.max(content, SAME_FIGURE_FLOOR + (1 - SAME_FIGURE_FLOOR) * wording);
    }
  } else if (qa !== null || qb !== null) {
    content = 0.8 * wording;
  }
  return { score: Math.min(1, content * speaker * date), text, veto: null };
}
