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

  it('leaves place and modifiers empty when the statement gives none, and reads the state', () => {
    const m = extractMeasure('more than 200 people were injured', 'people');
    expect(m).toMatchObject({ unit: 'people', modifiers: [], place: [], state: ['wounded'], phrase: 'people wounded' });
  });

  it('takes the country acting on the count when no adjective names it', () => {
    const m = extractMeasure('Officials said Canada has sent about 400 troops to Latvia.', 'troops');
    expect(m.modifiers).toEqual(['canada']);
    expect(m.place).toEqual(['latvia']);
  });

  it('does not read a month as a place', () => {
    expect(extractMeasure('About 400 troops arrived in June.', 'troops').place).toEqual([]);
  });

  it('reads what a place lies in, and "near" apart from "in"', () => {
    const of = extractMeasure('About 500 troops are in the Tamra district of Ostland.', 'troops');
    expect(of).toMatchObject({ place: ['tamra'], within: ['ostland'], relation: 'in' });
    const near = extractMeasure('About 500 troops are near the Ostland border.', 'troops');
    expect(near).toMatchObject({ place: ['ostland'], relation: 'near' });
  });

  it('reads on-the-way and planned counts as their own states', () => {
    expect(extractMeasure('A unit of 900 soldiers is en route to Tamra.', 'soldiers').state).toEqual(['moving']);
    expect(extractMeasure('Ostland plans to deploy 900 soldiers to Tamra.', 'soldiers').state).toEqual(['planned']);
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

  it('does not call a place and a place inside it a conflict, but keeps them apart as variables', () => {
    const whole = extractMeasure('About 3,000 troops are in Ostland.', 'troops');
    const part = extractMeasure("About 3,000 troops are in Ostland's Tamra region.", 'troops');
    expect(measuresConflict(whole, part)).toBe(false);
    expect(measureSimilarity(whole, part)).toBeLessThan(0.5);
  });

  it('separates killed from present, and near from in', () => {
    const killed = extractMeasure('About 30 troops were killed in Arden.', 'troops');
    expect(measureSimilarity(inX, killed)).toBeLessThan(0.5);
    const near = extractMeasure('About 3,000 troops are near Arden.', 'troops');
    expect(measureSimilarity(inX, near)).toBeLessThan(0.5);
  });

  it('separates different units and different modifiers', () => {
    const tanks = extractMeasure('About 3,000 tanks are in Arden.', 'tanks');
    expect(measureSimilarity(inX, tanks)).toBe(0);
    const a = extractMeasure('About 3,000 Polish troops are in Arden.', 'troops');
    const b = extractMeasure('About 3,000 Czech troops are in Arden.', 'troops');
    expect(measuresConflict(a, b)).toBe(true);
  });
});
