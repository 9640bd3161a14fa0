// Quantities → comparable intervals, so "at least 500" and "600 to 700" can be compared.
import type { Quantity } from '../../schemas/index.js';
import { countedNoun, nounsCompatible } from './counted.js';

/** A closed interval of plausible values; `vague` when the words give no real magnitude. */
export interface Interval {
  low: number;
  high: number;
  vague: boolean;
}

/** "about N" is read as N ± 10%: wide enough for rounding, narrow enough to tell 10k from 12k. */
export const ABOUT_TOLERANCE = 0.1;
/** "a small number" with no figure: a few, but clearly not thousands. */
export const SMALL_NUMBER_CEILING = 1000;

function point(quantity: Quantity): number | null {
  return quantity.value ?? quantity.high ?? quantity.low;
}

/** The interval a quantity asserts, or null when it carries no number at all. */
export function toInterval(quantity: Quantity): Interval | null {
  const v = point(quantity);
  switch (quantity.qualifier) {
    case 'exact':
      return v === null ? null : { low: v, high: v, vague: false };
    case 'about': {
      if (v === null) return null;
      const spread = Math.abs(v) * ABOUT_TOLERANCE;
      return { low: v - spread, high: v + spread, vague: false };
    }
    case 'at_least':
    case 'more_than': {
      const low = quantity.value ?? quantity.low ?? quantity.high;
      return low === null ? null : { low, high: Number.POSITIVE_INFINITY, vague: false };
    }
    case 'at_most':
    case 'up_to': {
      const high = quantity.value ?? quantity.high ?? quantity.low;
      return high === null ? null : { low: 0, high, vague: false };
    }
    case 'range': {
      const low = quantity.low ?? quantity.value;
      const high = quantity.high ?? quantity.value;
      if (low === null || high === null) return null;
      return { low: Math.min(low, high), high: Math.max(low, high), vague: false };
    }
    case 'small_number': {
      // A figure given with "small number" bounds it; without one, only the ceiling does.
      const high = quantity.high ?? quantity.value ?? SMALL_NUMBER_CEILING;
      return { low: quantity.low ?? 1, high, vague: quantity.value === null && quantity.high === null };
    }
  }
}

export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

const bounded = (i: Interval): boolean => !i.vague && Number.isFinite(i.high);
const contains = (i: Interval, x: number): boolean => i.low <= x && x <= i.high;

/**
 * Whether two readings can describe the same value. Two bounded estimates must each be near
 * the other: one's midpoint inside the other's interval, so "about 5,000" and "about 6,000"
 * stay apart although their ±10% edges touch. Open-ended or vague ones only need to overlap.
 */
export function intervalsAgree(a: Interval, b: Interval): boolean {
  if (!intervalsOverlap(a, b)) return false;
  if (!bounded(a) || !bounded(b)) return true;
  return contains(b, (a.low + a.high) / 2) || contains(a, (b.low + b.high) / 2);
}

/**
 * Same kind of thing counted, or either side unknown (a missing unit is not a different unit):
 * "people" covers "workers", "deaths" is people killed and so differs from "injured".
 */
export function unitsCompatible(a: Quantity, b: Quantity): boolean {
  const ca = countedNoun(a.unit);
  const cb = countedNoun(b.unit);
  if (ca.state !== null && cb.state !== null && ca.state !== cb.state) return false;
  return nounsCompatible(ca.noun, cb.noun);
}

/** The numbers a quantity is stated with: its value, or a range's two ends. */
function headline(q: Quantity): number[] {
  if (q.qualifier === 'range') return [q.low ?? q.value, q.high ?? q.value].filter((v): v is number => v !== null);
  const v = point(q);
  return v === null ? [] : [v];
}

/**
 * The same figure stated both times, whatever the hedge: "about 3,200", "3,200", "at least 3,200"
 * and "more than 3,200" are one report of one number; "3,200" and "3,000 to 3,200" are not.
 */
export function sameFigure(a: Quantity, b: Quantity): boolean {
  const ha = headline(a);
  const hb = headline(b);
  return ha.length > 0 && ha.length === hb.length && ha.every((v, i) => v === hb[i]);
}

/**
 * Whether two readings state the same value closely enough to be one estimate. Bounded ones
 * use intervalsAgree; an open one ("at least 870") must contain the other's figure and be
 * contained by it in turn, so "at least 14,000" agrees with "about 15,000" but "1,146" is a new
 * value after "at least 870", not a restatement of it.
 */
export function closeAgreement(a: Quantity, b: Quantity): boolean {
  if (sameFigure(a, b)) return true;
  const ia = toInterval(a);
  const ib = toInterval(b);
  if (ia === null || ib === null || !intervalsAgree(ia, ib)) return false;
  if (bounded(ia) && bounded(ib)) return true;
  const mid = (i: Interval, q: Quantity): number => (Number.isFinite(i.high) ? (i.low + i.high) / 2 : (point(q) ?? i.low));
  return contains(ib, mid(ia, a)) && contains(ia, mid(ib, b));
}

/**
 * How well two quantities agree, in [0, 1]; 0 means they contradict (disjoint intervals or
 * different units). The same figure scores 1 whatever the hedge, close readings 0.75, merely
 * overlapping ones (an open bound and a different figure) 0.35, vague ones 0.5 (0.75 for one hedge
 * restated: "a small number" twice).
 */
export function quantityAgreement(a: Quantity, b: Quantity): number {
  if (!unitsCompatible(a, b)) return 0;
  const ia = toInterval(a);
  const ib = toInterval(b);
  if (ia === null || ib === null) return 0.5;
  if (!intervalsAgree(ia, ib)) return 0;
  // "A small number" twice is one hedge restated; against a figure it says little.
  if (ia.vague && ib.vague && a.qualifier === b.qualifier) return 0.75;
  if (ia.vague || ib.vague) return 0.5;
  if (sameFigure(a, b)) return 1;
  return closeAgreement(a, b) ? 0.75 : 0.35;
}

export { describeQuantity } from '../util/quantity-text.js';

/** The figures a quantity mentions, for blocking on a shared value. */
export function quantityFigures(quantity: Quantity): number[] {
  const figures = [quantity.value, quantity.low, quantity.high].filter((v): v is number => v !== null);
  return [...new Set(figures)].sort((a, b) => a - b);
}
