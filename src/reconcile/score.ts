// Stage 3: how likely two claims state the same proposition, in [0, 1].
//
//   score = content × speaker × date, or 0 when a hard difference rules the pair out.
//
// content  - wording: statement similarity (IDF-weighted token overlap) read on a scale where
//            TEXT_SATURATION (0.6) is full agreement; mixed 60/40 with quantity agreement when
//            both claims have a quantity (numbers then left out of the wording); ×0.8 when only
//            one has. The same figure of the same variable is strong evidence on its own: content
//            is at least SAME_FIGURE_FLOOR (0.7) when some wording besides numbers is shared, or
//            SAME_FIGURE_SPECIFIC (0.8) when the measures share a state or place, so two outlets'
//            differently worded reports of one speaker's figure still merge. Different
//            figures that merely overlap (an open bound and another number) halve the content,
//            as does one place against a place said to lie inside it.
// speaker  - 1 same person, 0.9 same organisation, 0.85 a generic mention ("the union") of a
//            compatible organisation, 0.8 unknown on a side.
// date     - 1 same day, 0.9 within 3 days, 0.7 within a week, 0.9 when a side is undated.
// Ruled out (score 0): different stance, different speakers, contradicting quantities
// (disjoint intervals or incompatible units), different measured variables, more than a week apart.
// Calibrated on the seed gold (see test/reconcile-gold.test.ts for the printed scores).
import { measureSimilarity, measuresConflict, nestedPlaces } from './measure.js';
import type { NormalizedClaim } from './normalize.js';
import { quantityAgreement, sameFigure } from './quantity.js';
import { speakerAgreement } from './speaker.js';
import { isUnitToken } from './text.js';

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
/** The same, when the variable is pinned down by a shared state or place. */
export const SAME_FIGURE_SPECIFIC = 0.8;
/** Quantity agreement below this is mere overlap of different figures (see quantityAgreement). */
export const OVERLAP_ONLY = 0.5;
/** What mere overlap leaves of the content score. */
export const DIFFERENT_FIGURE_FACTOR = 0.5;
/** Wording besides the number that a same-figure pair must share (similarity without numbers). */
export const SAME_FIGURE_MIN_TEXT = 0.1;
/** Measure similarity (measure.ts) at which two figures count as the same variable. */
export const SAME_VARIABLE = 0.4;

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
const nonNumeric = (tokens: readonly string[]): string[] => tokens.filter((t) => !isNumber(t));

/**
 * How strongly two same-figure claims are shown to measure one variable: by the same state
 * ("walked out" and "strikers" are both striking) or place → SAME_FIGURE_SPECIFIC; by some
 * shared wording besides numbers and units → SAME_FIGURE_FLOOR; otherwise 0 (no floor).
 */
function sameVariableFloor(a: NormalizedClaim, b: NormalizedClaim, idf: ReadonlyMap<string, number>): number {
  const ma = a.measure;
  const mb = b.measure;
  if (ma === null || mb === null || measureSimilarity(ma, mb) < SAME_VARIABLE) return 0;
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length > 0 && x.join(' ') === y.join(' ');
  if (same(ma.state, mb.state) || same([...ma.place].sort(), [...mb.place].sort())) return SAME_FIGURE_SPECIFIC;
  const words = (c: NormalizedClaim): string[] => c.tokens.filter((t) => !isNumber(t) && !isUnitToken(t));
  return textSimilarity(words(a), words(b), idf) >= SAME_FIGURE_MIN_TEXT ? SAME_FIGURE_FLOOR : 0;
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

  const qa = a.claim.quantity;
  const qb = b.claim.quantity;
  // With both quantities compared on their own, a shared number must not count twice as wording.
  const both = qa !== null && qb !== null;
  const wordingText = both ? textSimilarity(nonNumeric(a.tokens), nonNumeric(b.tokens), idf) : text;
  const wording = Math.min(1, wordingText / TEXT_SATURATION);
  let content = wording;
  if (qa !== null && qb !== null) {
    const agreement = quantityAgreement(qa, qb);
    if (agreement === 0) return ruledOut('quantity');
    if (a.measure !== null && b.measure !== null && measuresConflict(a.measure, b.measure)) {
      return ruledOut('measure');
    }
    content = 0.6 * wording + 0.4 * agreement;
    // An open bound and a different figure ("at least 420", later "1,346") overlap but are rarely
    // one statement; nor is one figure given for a place and for a region inside it.
    if (agreement < OVERLAP_ONLY) content *= DIFFERENT_FIGURE_FACTOR;
    if (a.measure !== null && b.measure !== null && nestedPlaces(a.measure, b.measure)) content *= DIFFERENT_FIGURE_FACTOR;
    const floor = sameFigure(qa, qb) ? sameVariableFloor(a, b, idf) : 0;
    if (floor > 0) content = Math.max(content, floor + (1 - floor) * wording);
  } else if (qa !== null || qb !== null) {
    content = 0.8 * wording;
  }
  return { score: Math.min(1, content * speaker * date), text, veto: null };
}
