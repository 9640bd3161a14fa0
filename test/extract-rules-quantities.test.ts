import { describe, expect, it } from 'vitest';
import { parseCardinal } from '../src/extract/rules/numbers.js';
import { findQuantities } from '../src/extract/rules/quantities.js';
import { isTimeUnit, unitAfter } from '../src/extract/rules/units.js';

const only = (text: string) => {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  return found[0]!.quantity;
};

describe('parseCardinal', () => {
  it('reads digits, decimals with scale words, and number words', () => {
    expect(parseCardinal('10,000')).toBe(10_000);
    expect(parseCardinal('2.5 million')).toBe(2_500_000);
    expect(parseCardinal('twenty-five')).toBe(25);
    expect(parseCardinal('a thousand')).toBe(1_000);
    expect(parseCardinal('three hundred thousand')).toBe(300_000);
    expect(parseCardinal('one hundred and fifty')).toBe(150);
    expect(parseCardinal('many')).toBeNull();
  });
});

describe('findQuantities', () => {
  it('takes the qualifier before the number and the counted noun after it', () => {
    expect(only('Rescuers said at least 1,200 people died in the quake.')).toEqual({ value: 1200, low: null, high: null, qualifier: 'at_least', unit: 'people' });
    expect(only('Officials counted about 3,400 damaged buildings.')).toMatchObject({ value: 3400, qualifier: 'about', unit: 'buildings' });
    expect(only('The firm will cut up to 900 jobs.')).toMatchObject({ value: 900, qualifier: 'up_to', unit: 'jobs' });
    expect(only('More than 40 aftershocks followed.')).toMatchObject({ value: 40, qualifier: 'more_than', unit: 'aftershocks' });
    expect(only('Fewer than 300 voters turned out.')).toMatchObject({ value: 300, qualifier: 'at_most', unit: 'voters' });
    expect(only('roughly 2.5 million households lost power')).toMatchObject({ value: 2_500_000, qualifier: 'about', unit: 'households' });
    expect(only('as many as 75 flights were cancelled')).toMatchObject({ value: 75, qualifier: 'up_to', unit: 'flights' });
  });

  it('reads ranges, with a shared scale word', () => {
    expect(only('between 3,000 and 5,000 residents fled')).toEqual({ value: null, low: 3000, high: 5000, qualifier: 'range', unit: 'residents' });
    expect(only('closer to 11 to 12 million voters')).toMatchObject({ low: 11_000_000, high: 12_000_000, qualifier: 'range', unit: 'voters' });
    expect(only('from 40 to 60 delegates')).toMatchObject({ low: 40, high: 60, qualifier: 'range' });
    expect(only('some 300-400 miners')).toMatchObject({ low: 300, high: 400, qualifier: 'range', unit: 'miners' });
  });

  it('reads vague counts', () => {
    expect(only('a couple thousand volunteers')).toMatchObject({ value: 2000, qualifier: 'about', unit: 'volunteers' });
    expect(only('a couple of thousand more volunteers arrived')).toMatchObject({ value: 2000, qualifier: 'about', unit: 'volunteers' });
    expect(only('a ‘couple thousand’ volunteers')).toMatchObject({ value: 2000, unit: 'volunteers' });
    expect(only('several hundred protesters')).toMatchObject({ low: 300, high: 900, qualifier: 'range', unit: 'protesters' });
    expect(only('dozens of homes')).toMatchObject({ low: 24, qualifier: 'range', unit: 'homes' });
    expect(only('tens of thousands of fans')).toMatchObject({ low: 20_000, high: 99_999, unit: 'fans' });
    expect(only('a small number of inspectors')).toEqual({ value: null, low: null, high: null, qualifier: 'small_number', unit: 'inspectors' });
    expect(only('an unspecified “smaller number” of inspectors')).toMatchObject({ qualifier: 'small_number' });
    expect(only('the first thousand ballots')).toMatchObject({ value: 1000, qualifier: 'exact', unit: 'ballots' });
  });

  it('skips years, dates, times, ages, ordinals, durations and numbers inside names', () => {
    const text =
      'On March 3, 2023 at 2:30 p.m., the 45-year-old mayor of Route 66 town, aged 52, said the 3rd vote in 2021 ' +
      'took more than two months, and the F-16 and Article 5 were irrelevant.';
    expect(findQuantities(text)).toEqual([]);
  });

  it('keeps percentages and money with their unit', () => {
    expect(only('Turnout rose to 61.5 percent.')).toMatchObject({ value: 61.5, unit: 'percent' });
    expect(only('The deal is worth $4.2 billion.')).toMatchObject({ value: 4_200_000_000, unit: 'dollars' });
  });

  it('names an elided noun from context', () => {
    const [first, second] = findQuantities('around 9,000 workers are on strike, 2,000 of whom are nurses');
    expect(first!.quantity).toMatchObject({ value: 9000, qualifier: 'about', unit: 'workers' });
    expect(second!.quantity).toMatchObject({ value: 2000, qualifier: 'exact', unit: 'workers' });
    expect(only('the total number of seats could be around 200 to 220').unit).toBe('seats');
    expect(findQuantities('in addition to 500 others', { fallbackUnit: 'volunteers' })[0]!.quantity.unit).toBe('volunteers');
  });

  it('gives offsets that slice the number expression with its qualifier', () => {
    const text = 'Police said at least 1,200 people died.';
    const [m] = findQuantities(text);
    expect(text.slice(m!.start, m!.end)).toBe('at least 1,200');
    expect(text.slice(m!.start, m!.nounEnd)).toBe('at least 1,200 people');
  });
});

describe('units', () => {
  it('finds the head noun past adjectives and proper adjectives', () => {
    expect(unitAfter(' North Freedonian army soldiers advising', 0)?.word).toBe('soldiers');
    expect(unitAfter(' medical personnel', 0)?.word).toBe('medical personnel');
    expect(unitAfter(' additional personnel', 0)?.word).toBe('personnel');
    expect(unitAfter(' infantrymen are training', 0)?.word).toBe('infantrymen');
    expect(unitAfter(' to the capital', 0)).toBeNull();
    expect(isTimeUnit('weeks')).toBe(true);
    expect(isTimeUnit('voters')).toBe(false);
  });
});

describe('findQuantities on money, changes, names and references', () => {
  it('reads a money range as one range and keeps a qualifier before a currency sign', () => {
    expect(only('The stoppage cost between $9 million and $11 million a day.')).toEqual({ value: null, low: 9e6, high: 11e6, qualifier: 'range', unit: 'dollars' });
    expect(only('Losses of €9 million to €11 million were reported.')).toMatchObject({ low: 9e6, high: 11e6, qualifier: 'range', unit: 'euros' });
    expect(only('The union sought at least $15 million in back pay.')).toEqual({ value: 15e6, low: null, high: null, qualifier: 'at_least', unit: 'dollars' });
  });

  it('takes the new value of a change, not the old one', () => {
    expect(only('The company reduced its offer from 640 to 410 redundancies.')).toMatchObject({ value: 410, qualifier: 'exact', unit: 'redundancies' });
    expect(only('Turnout rose to 91 percent, up from 84 percent last year.')).toMatchObject({ value: 91, unit: 'percent' });
    expect(only('Between 300 and 450 families were evacuated.')).toMatchObject({ low: 300, high: 450, qualifier: 'range' });
  });

  it('ignores numbers in names, years, ages and references to things already counted', () => {
    expect(findQuantities('Local 58 said about 1,500 members would join.').map((m) => m.quantity.value)).toEqual([1500]);
    expect(findQuantities('Flight 370 vanished with 239 people on board.').map((m) => m.quantity.value)).toEqual([239]);
    expect(findQuantities('Since 1992 workers have walked out twice.')).toEqual([]);
    expect(findQuantities('The two sides met on Monday.')).toEqual([]);
    expect(findQuantities('Bill Hart, 58, said 40 ships were idle.').map((m) => m.quantity.value)).toEqual([40]);
    expect(only('Another 300 workers joined.')).toMatchObject({ value: 300, unit: 'workers' });
  });

  it('counts the part of a whole, one count per measured thing, and people named by an adjective', () => {
    expect(only('Rescuers reached 31 of 58 villages.')).toMatchObject({ value: 31, unit: 'villages' });
    expect(only('Rescuers reached 31 out of 58 villages.')).toMatchObject({ value: 31, unit: 'villages' });
    expect(only('There were 730 rescuers from 14 countries searching the rubble.')).toMatchObject({ value: 730, unit: 'rescuers' });
    expect(findQuantities('The toll has reached 1,684 dead and 3,200 injured.').map((m) => [m.quantity.value, m.quantity.unit])).toEqual([[1684, 'dead'], [3200, 'injured']]);
  });

  it('names a magnitude, and takes the previous noun only for an elided one', () => {
    expect(only('The magnitude of the tremor was 7.8.')).toMatchObject({ value: 7.8, unit: 'magnitude' });
    expect(findQuantities('The toll rose to 912.', { fallbackUnit: 'rescuers' })[0]!.quantity.unit).toBeNull();
    expect(findQuantities('A couple of thousand more arrived.', { fallbackUnit: 'troops' })[0]!.quantity.unit).toBe('troops');
  });

  it('reads measures written with unit symbols, glued or not, but not model names', () => {
    expect(only('River levels could rise by a further 50cm by Saturday.')).toMatchObject({ value: 50, unit: 'cm' });
    expect(only('Up to 80mm of rain could fall.')).toMatchObject({ value: 80, qualifier: 'up_to', unit: 'mm' });
    expect(only('Winds reached 120 mph.')).toMatchObject({ value: 120, unit: 'mph' });
    expect(findQuantities('The 4G network and 3D maps failed.')).toEqual([]);
  });
});

