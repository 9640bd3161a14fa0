import { describe, expect, it } from 'vitest';
import { countedNoun, nounsCompatible, statesNear } from '../src/reconcile/counted.js';

describe('countedNoun', () => {
  it('reads a noun that names a state as people (or workers) in that state', () => {
    expect(countedNoun('deaths')).toEqual({ noun: 'people', state: 'killed' });
    expect(countedNoun('dead')).toEqual({ noun: 'people', state: 'killed' });
    expect(countedNoun('fatalities')).toEqual({ noun: 'people', state: 'killed' });
    expect(countedNoun('injured')).toEqual({ noun: 'people', state: 'wounded' });
    expect(countedNoun('homeless')).toEqual({ noun: 'people', state: 'displaced' });
    expect(countedNoun('strikers')).toEqual({ noun: 'workers', state: 'striking' });
  });

  it('groups plain nouns and reads the head of a longer unit', () => {
    expect(countedNoun('soldiers')).toEqual({ noun: 'troops', state: null });
    expect(countedNoun('dock workers')).toEqual({ noun: 'workers', state: null });
    expect(countedNoun('Ukrainian soldiers')).toEqual({ noun: 'troops', state: null });
    expect(countedNoun('service members')).toEqual({ noun: 'troops', state: null });
    expect(countedNoun('per cent')).toEqual({ noun: 'percent', state: null });
    expect(countedNoun('tanks').noun).toBe('tank');
    expect(countedNoun(null)).toEqual({ noun: null, state: null });
  });
});

describe('nounsCompatible', () => {
  it('lets a general noun cover a specific one, never two different things', () => {
    expect(nounsCompatible('people', 'workers')).toBe(true);
    expect(nounsCompatible('workers', countedNoun('nurses').noun)).toBe(true);
    expect(nounsCompatible('people', countedNoun('teachers').noun)).toBe(true);
    expect(nounsCompatible('workers', countedNoun('machinists').noun)).toBe(true);
    expect(nounsCompatible('workers', countedNoun('flight attendants').noun)).toBe(true);
    expect(nounsCompatible('people', 'homes')).toBe(false);
    expect(nounsCompatible('workers', countedNoun('containers').noun)).toBe(false);
    expect(nounsCompatible('dollars', 'percent')).toBe(false);
    expect(nounsCompatible('troops', 'workers')).toBe(false);
    expect(nounsCompatible(null, 'dollars')).toBe(true);
  });
});

describe('statesNear', () => {
  const statement = 'At least 420 people died and more than 1,300 were injured in the provinces.';

  it('takes the state nearest the figure', () => {
    expect(statesNear(statement, statement.indexOf('420'))).toEqual(['killed']);
    expect(statesNear(statement, statement.indexOf('1,300'))).toEqual(['wounded']);
  });

  it('reads the many ways of saying one state', () => {
    for (const s of ['The death toll rose to 912.', 'The quake killed 912 people.', '912 people lost their lives.', 'There were 912 fatalities.']) {
      expect(statesNear(s, s.indexOf('912'))).toEqual(['killed']);
    }
    for (const s of [
      'About 3,200 workers walked out.',
      'About 3,200 workers are on strike.',
      'About 3,200 workers stopped work.',
      'About 3,200 employees did not report for work.',
      'About 3,200 members took part in the strike.',
    ]) {
      expect(statesNear(s, s.indexOf('3,200'))).toEqual(['striking']);
    }
    expect(statesNear('About 15,000 people were left homeless.', 6)).toEqual(['displaced']);
    expect(statesNear('About 15,000 people were living in tents.', 6)).toEqual(['displaced']);
  });

  it('does not read a missile strike as striking workers', () => {
    const strike = 'Twelve soldiers were killed in a missile strike near the 40 km line.';
    expect(statesNear(strike, strike.indexOf('Twelve'))).toEqual(['killed']);
  });

  it('without a figure position, or nothing near it, returns every state named', () => {
    expect(statesNear(statement, -1)).toEqual(['killed', 'wounded']);
    const far = 'North Korea plans to send a second batch of military personnel to Russia, one that would bring the number sent to date to as many as 10,000 people.';
    expect(statesNear(far, far.indexOf('10,000'))).toEqual(['planned']);
  });
});
