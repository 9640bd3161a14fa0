import { describe, expect, it } from 'vitest';
import { extractMeasure, measureSimilarity, measuresConflict } from '../src/reconcile/measure.js';

describe('extractMeasure', () => {
  it('reads who is counted and where, keeping the most specific place of a possessive chain', () => {
    const m = extractMeasure("About 4,000 Chadian troops are now in Niger's Tillaberi region, officials said.", 'troops');
    expect(m.unit).toBe('troops');
    expect(m.modifiers).toEqual(['chadian']);
    expect(m.place).toEqual(['tillaberi']);
    expect(m.phrase).toBe('Chadian troops in Tillaberi region');
  });

  it('folds country adjectives in modifiers and places', () => {
    const m = extractMeasure('At least 300 French soldiers were sent to eastern Germany.', 'soldiers');
    expect(m.modifiers).toEqual(['france']);
    expect(m.place).toEqual(['eastern', 'germany']);
  });

  it('skips prepositions that do not introduce a place', () => {
    const m = extractMeasure('About 900 people in total were moved to train in Lakeside County.', 'people');
    expect(m.place).toEqual(['lakeside']);
  });

  it('leaves place and modifiers empty when the statement gives none', () => {
    const m = extractMeasure('more than 200 people were injured', 'people');
    expect(m).toMatchObject({ unit: 'people', modifiers: [], place: [], phrase: 'people' });
  });
});

describe('measureSimilarity', () => {
  const inX = extractMeasure('About 3,000 troops are deployed in Arden.', 'troops');
  const toX = extractMeasure('3,000 soldiers have been sent to the Arden region.', 'soldiers');
  const inY = extractMeasure('About 3,000 troops are in Belmont.', 'troops');
  const bare = extractMeasure('About 3,000 troops have arrived.', 'troops');

  it('treats "sent to X" and "in X" as one variable', () => {
    expect(measureSimilarity(inX, toX)).toBe(1);
    expect(measuresConflict(inX, toX)).toBe(false);
  });

  it('separates the same unit in different places', () => {
    expect(measureSimilarity(inX, inY)).toBe(0);
    expect(measuresConflict(inX, inY)).toBe(true);
  });

  it('gives a place-less measure a partial match', () => {
    expect(measureSimilarity(inX, bare)).toBeCloseTo(0.6);
    expect(measuresConflict(inX, bare)).toBe(false);
  });

  it('separates different units and different modifiers', () => {
    const tanks = extractMeasure('About 3,000 tanks are in Arden.', 'tanks');
    expect(measureSimilarity(inX, tanks)).toBe(0);
    const a = extractMeasure('About 3,000 Polish troops are in Arden.', 'troops');
    const b = extractMeasure('About 3,000 Czech troops are in Arden.', 'troops');
    expect(measuresConflict(a, b)).toBe(true);
  });
});
