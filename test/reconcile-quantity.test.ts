import { describe, expect, it } from 'vitest';
import type { Quantity } from '../schemas/index.js';
import {
  closeAgreement,
  describeQuantity,
  intervalsAgree,
  quantityAgreement,
  quantityFigures,
  sameFigure,
  SMALL_NUMBER_CEILING,
  toInterval,
  unitsCompatible,
} from '../src/reconcile/quantity.js';

const q = (fields: Partial<Quantity>): Quantity => ({
  value: null,
  low: null,
  high: null,
  qualifier: 'exact',
  unit: 'troops',
  ...fields,
});

describe('toInterval', () => {
  it('reads each qualifier as an interval', () => {
    expect(toInterval(q({ value: 10, qualifier: 'at_least' }))).toEqual({ low: 10, high: Infinity, vague: false });
    expect(toInterval(q({ value: 10000, qualifier: 'about' }))).toEqual({ low: 9000, high: 11000, vague: false });
    expect(toInterval(q({ low: 11000, high: 12000, qualifier: 'range' }))).toEqual({ low: 11000, high: 12000, vague: false });
    expect(toInterval(q({ value: 500, qualifier: 'up_to' }))).toEqual({ low: 0, high: 500, vague: false });
    expect(toInterval(q({ value: 7, qualifier: 'exact' }))).toEqual({ low: 7, high: 7, vague: false });
  });

  it('reads "a small number" as a vague interval from 1', () => {
    expect(toInterval(q({ qualifier: 'small_number' }))).toEqual({ low: 1, high: SMALL_NUMBER_CEILING, vague: true });
    expect(toInterval(q({ value: 2000, qualifier: 'small_number' }))).toEqual({ low: 1, high: 2000, vague: false });
  });

  it('returns null when there is no figure to read', () => {
    expect(toInterval(q({ qualifier: 'about' }))).toBeNull();
  });
});

describe('quantityAgreement', () => {
  it('scores identical readings 1 and compatible ones less', () => {
    expect(quantityAgreement(q({ value: 10000, qualifier: 'about' }), q({ value: 10000, qualifier: 'about', unit: 'soldiers' }))).toBe(1);
    // An open bound and a different figure merely overlap: weak evidence of one statement.
    expect(quantityAgreement(q({ value: 10000, qualifier: 'at_least' }), q({ low: 11000, high: 12000, qualifier: 'range' }))).toBe(0.35);
    expect(quantityAgreement(q({ value: 14000, qualifier: 'at_least' }), q({ value: 15000, qualifier: 'about' }))).toBe(0.75);
  });

  it('scores the same figure 1 whatever the hedge', () => {
    const exact = q({ value: 3200, unit: 'workers' });
    expect(quantityAgreement(exact, q({ value: 3200, qualifier: 'about', unit: 'strikers' }))).toBe(1);
    expect(quantityAgreement(exact, q({ value: 3200, qualifier: 'at_least', unit: 'people' }))).toBe(1);
    expect(quantityAgreement(exact, q({ value: 3200, qualifier: 'more_than', unit: null }))).toBe(1);
    expect(sameFigure(exact, q({ low: 3000, high: 3200, qualifier: 'range' }))).toBe(false);
    expect(sameFigure(q({ low: 3000, high: 3200, qualifier: 'range' }), q({ low: 3000, high: 3200, qualifier: 'range', unit: 'people' }))).toBe(true);
  });

  it('reads units by what they count: people cover workers, deaths are not injuries', () => {
    expect(unitsCompatible(q({ value: 9, unit: 'deaths' }), q({ value: 9, unit: 'people' }))).toBe(true);
    expect(unitsCompatible(q({ value: 9, unit: 'dead' }), q({ value: 9, unit: 'fatalities' }))).toBe(true);
    expect(unitsCompatible(q({ value: 9, unit: 'deaths' }), q({ value: 9, unit: 'injured' }))).toBe(false);
    expect(unitsCompatible(q({ value: 9, unit: 'dock workers' }), q({ value: 9, unit: 'strikers' }))).toBe(true);
    expect(unitsCompatible(q({ value: 9, unit: 'nurses' }), q({ value: 9, unit: 'workers' }))).toBe(true);
    expect(unitsCompatible(q({ value: 9, unit: 'buildings' }), q({ value: 9, unit: 'people' }))).toBe(false);
    expect(unitsCompatible(q({ value: 9, unit: 'dollars' }), q({ value: 9, unit: 'percent' }))).toBe(false);
  });

  it('keeps about 10,000 and about 12,000 apart although their ±10% edges touch', () => {
    expect(quantityAgreement(q({ value: 10000, qualifier: 'about' }), q({ value: 12000, qualifier: 'about' }))).toBe(0);
    expect(quantityAgreement(q({ value: 10000, qualifier: 'about' }), q({ value: 10500, qualifier: 'about' }))).toBe(0.75);
  });

  it('rejects different units and disjoint intervals', () => {
    expect(quantityAgreement(q({ value: 50, unit: 'tanks' }), q({ value: 50, unit: 'troops' }))).toBe(0);
    expect(quantityAgreement(q({ value: 500, qualifier: 'up_to' }), q({ value: 600, qualifier: 'at_least' }))).toBe(0);
  });

  it('gives vague or figure-less readings only partial agreement', () => {
    expect(quantityAgreement(q({ qualifier: 'small_number' }), q({ value: 40 }))).toBe(0.5);
    expect(quantityAgreement(q({ qualifier: 'about' }), q({ value: 40 }))).toBe(0.5);
  });
});

describe('closeAgreement', () => {
  it('takes a later figure inside an open bound as a new value, not a restatement', () => {
    expect(closeAgreement(q({ value: 870, qualifier: 'at_least' }), q({ value: 1146 }))).toBe(false);
    expect(closeAgreement(q({ value: 14000, qualifier: 'at_least' }), q({ value: 15000, qualifier: 'about' }))).toBe(true);
    expect(closeAgreement(q({ value: 10000, qualifier: 'about' }), q({ value: 10500 }))).toBe(true);
    expect(closeAgreement(q({ value: 870, qualifier: 'at_least' }), q({ value: 870 }))).toBe(true);
  });
});

describe('intervalsAgree', () => {
  it('lets open-ended intervals agree on overlap alone', () => {
    expect(intervalsAgree({ low: 10, high: Infinity, vague: false }, { low: 100, high: 100, vague: false })).toBe(true);
  });
});

describe('describeQuantity / quantityFigures', () => {
  it('writes quantities as an analyst would read them', () => {
    expect(describeQuantity(q({ value: 10000, qualifier: 'at_least' }))).toBe('at least 10,000 troops');
    expect(describeQuantity(q({ low: 11000, high: 12000, qualifier: 'range' }))).toBe('11,000 to 12,000 troops');
    expect(describeQuantity(q({ qualifier: 'small_number' }))).toBe('a small number of troops');
  });

  it('lists the distinct figures, ascending', () => {
    expect(quantityFigures(q({ value: 12000, low: 11000, high: 12000, qualifier: 'range' }))).toEqual([11000, 12000]);
  });
});
