import { describe, expect, it } from 'vitest';
import type { Quantity } from '../schemas/index.js';
import {
  describeQuantity,
  intervalsAgree,
  quantityAgreement,
  quantityFigures,
  SMALL_NUMBER_CEILING,
  toInterval,
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
    expect(quantityAgreement(q({ value: 10000, qualifier: 'at_least' }), q({ low: 11000, high: 12000, qualifier: 'range' }))).toBe(0.75);
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
