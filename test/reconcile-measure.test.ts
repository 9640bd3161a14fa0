import { describe, expect, it } from 'vitest';
import { extractMeasure, measureSimilarity, measuresConflict, nestedPlaces } from '../src/reconcile/measure.js';

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

  it('separates an amount from a headcount, and amounts of different things', () => {
    const cost = extractMeasure('The company said the strike was costing the port $9 million a day.', 'dollars', [9_000_000]);
    const costSoFar = extractMeasure('The stoppage had cost about $15 million so far.', 'dollars', [15_000_000]);
    const raise = extractMeasure('The company offered a 4% raise.', 'percent', [4]);
    const demand = extractMeasure('The union would not accept less than a 7% raise.', 'percent', [7]);
    const delayed = extractMeasure('The company said 60% of scheduled shipments had been delayed.', 'percent', [60]);
    expect(measureSimilarity(cost, costSoFar)).toBe(1);
    expect(measureSimilarity(raise, demand)).toBe(1);
    expect(measureSimilarity(raise, delayed)).toBe(0);
    expect(measureSimilarity(cost, raise)).toBe(0);
    const magnitude = extractMeasure('A magnitude 7.4 earthquake struck the north.', null, [7.4]);
    expect(measureSimilarity(magnitude, cost)).toBe(0);
    expect(measureSimilarity(magnitude, extractMeasure('Some 15,000 people were living in tents.', 'people', [15000]))).toBe(0);
  });
});

describe('extractMeasure on differently worded counts', () => {
  it('reads every wording of a death toll as people killed', () => {
    const forms: Array<[string, string | null, number]> = [
      ['Officials said at least 870 people were killed.', 'people', 870],
      ['The agency said it had recorded 1,146 deaths.', 'deaths', 1146],
      ['The death toll rose to 1,250 on Thursday.', null, 1250],
      ['Between 1,200 and 1,500 people died, the minister said.', 'people', 1200],
      ['The ministry put the number of dead at 1,684.', 'dead', 1684],
    ];
    const measures = forms.map(([statement, unit, figure]) => extractMeasure(statement, unit, [figure]));
    for (const m of measures) expect(m).toMatchObject({ unit: 'people', state: ['killed'] });
    for (const m of measures.slice(1)) expect(measureSimilarity(measures[0]!, m)).toBeGreaterThanOrEqual(0.5);
  });

  it('keeps killed, injured and displaced apart in one sentence', () => {
    const statement = 'At least 420 people died, 1,300 were injured and 15,000 were left homeless.';
    const killed = extractMeasure(statement, 'people', [420]);
    const injured = extractMeasure(statement, 'people', [1300]);
    const homeless = extractMeasure(statement, 'people', [15000]);
    expect([killed.state, injured.state, homeless.state]).toEqual([['killed'], ['wounded'], ['displaced']]);
    expect(measureSimilarity(killed, homeless)).toBe(0);
  });

  it('reads strikers, workers walking out and a stoppage count as one variable', () => {
    const a = extractMeasure('About 3,200 dock workers walked out on Monday.', 'dock workers', [3200]);
    const b = extractMeasure('The union estimated about 3,200 strikers.', 'strikers', [3200]);
    const c = extractMeasure('The company said about 1,900 employees had stopped work.', 'employees', [1900]);
    expect(a).toMatchObject({ unit: 'workers', state: ['striking'] });
    expect(measureSimilarity(a, b)).toBe(1);
    expect(measureSimilarity(a, c)).toBe(1);
    expect(a.phrase).toBe('dock workers on strike');
  });

  it('takes the unit word nearest the figure, not one inside a speaker name', () => {
    const m = extractMeasure('Harbour Workers Union said 3,500 workers were on strike.', 'workers', [3500]);
    expect(m.modifiers).toEqual([]);
  });

  it('keeps a count already somewhere apart from one on its way there, but not from a plain count', () => {
    const onWay = extractMeasure('A convoy of about 900 soldiers heading to Tamra is due on Friday.', 'soldiers', [900]);
    const already = extractMeasure('About 900 soldiers are already in Tamra.', 'soldiers', [900]);
    const plain = extractMeasure('About 900 soldiers are in Tamra.', 'soldiers', [900]);
    expect(measuresConflict(onWay, already)).toBe(true);
    expect(measureSimilarity(already, plain)).toBe(1);
    expect(already.phrase).toBe('soldiers in Tamra');
  });

  it('reads the place in the count\'s own clause before one in the next clause', () => {
    const m = extractMeasure('The column heading to Tamra has about 900 soldiers, with a few more already in Ostland.', 'soldiers', [900]);
    expect(m.place).toEqual(['tamra']);
    expect(m.state).toEqual(['moving']);
  });

  it('anchors an elided count ("8,000 of whom") at its own figure and clause', () => {
    const m = extractMeasure('About 10,000 soldiers are in Ostland, 8,000 of whom are in the Tamra region.', 'soldiers', [8000]);
    expect(m.place).toEqual(['tamra']);
    const whole = extractMeasure('About 10,000 soldiers are in Ostland, 8,000 of whom are in the Tamra region.', 'soldiers', [10000]);
    expect(whole.place).toEqual(['ostland']);
  });

  it('calls a place and a place inside it nested, not conflicting', () => {
    const country = extractMeasure('About 900 soldiers are in Ostland.', 'soldiers', [900]);
    const region = extractMeasure("About 900 soldiers are in Ostland's Tamra region.", 'soldiers', [900]);
    expect(nestedPlaces(country, region)).toBe(true);
    expect(nestedPlaces(country, country)).toBe(false);
  });
});
