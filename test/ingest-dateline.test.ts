import { describe, expect, it } from 'vitest';
import { findDateline, isoDate } from '../src/ingest/dateline.js';

describe('findDateline', () => {
  it.each([
    ['November 5, 2024, 2:31 AM', '2024-11-05'],
    ['Nov. 5, 2024', '2024-11-05'],
    ['Oct 30, 2024 - 00:00', '2024-10-30'],
    ['19 November, 2024 Tuesday', '2024-11-19'],
    ['5 Nov 2024', '2024-11-05'],
    ['2024-11-05T08:00:00Z', '2024-11-05'],
    ['Published: Tuesday, Sept. 3rd, 2019', '2019-09-03'],
    ['Updated 1st of March 2020 at noon', '2020-03-01'],
    ['03/04/2023 14:05', '2023-03-04'], // month first, as in the US
    ['25/12/2022', '2022-12-25'], // the first number cannot be a month
    ['04.03.2023 10:00', '2023-03-04'], // dots: day first
  ])('reads %s', (line, expected) => {
    expect(findDateline(`Some headline for a story\n\n${line}\n\nBody text follows here.`)).toBe(expected);
  });

  it('prefers a date on its own line over one inside a long sentence above it', () => {
    const text =
      'In this photo taken on Monday, Oct. 28, 2024, a crane lifts a beam over the river near the old mill.\n' +
      'Caption credit\n\nNovember 2, 2024\n\nBody.';
    expect(findDateline(text)).toBe('2024-11-02');
  });

  it('falls back to the first date in the window, and ignores dates past it or impossible ones', () => {
    expect(findDateline('The vote held on March 4, 2021 was close, officials said in a long statement today.')).toBe('2021-03-04');
    expect(findDateline(`${'x'.repeat(900)}\nMay 1, 2020`)).toBeNull();
    expect(findDateline('February 30, 2023\nBody')).toBeNull();
    expect(findDateline('No date at all in this text.')).toBeNull();
  });

  it('validates calendar dates', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2023, 13, 1)).toBeNull();
  });
});
